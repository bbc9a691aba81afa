package sheet

import (
	"strings"

	"secretary/model"
)

// tabLabels name the workbook's sheets; the entity says which records a
// sheet holds. Read-only.
var tabLabels = map[model.Entity]model.Label{
	model.EntityPlan:          {Code: "plans", Zh: "计划", En: "Plans"},
	model.EntityTask:          {Code: "tasks", Zh: "任务", En: "Tasks"},
	model.EntityOwner:         {Code: "owners", Zh: "责任人", En: "Owners"},
	model.EntityActivity:      {Code: "activities", Zh: "活动", En: "Activities"},
	model.EntityAssessment:    {Code: "assessments", Zh: "评估", En: "Assessments"},
	model.EntityRectification: {Code: "rectifications", Zh: "整改", En: "Rectifications"},
}

// Sheets that are part of the workbook but hold no records.
var (
	coverLabel = model.Label{Code: "cover", Zh: "封面", En: "Cover"}
	listsLabel = model.Label{Code: "lists", Zh: "选项", En: "Lists"}
)

// Tabs lists the record sheets in workbook order: plans, then the
// responsibility list (tasks) and its people, then activities,
// assessments and rectifications.
func Tabs() []model.Entity {
	return []model.Entity{model.EntityPlan, model.EntityTask, model.EntityOwner,
		model.EntityActivity, model.EntityAssessment, model.EntityRectification}
}

// importOrder is the order rows are read in: what others point at first
// (owners before the tasks they own, assessments before their
// rectifications).
func importOrder() []model.Entity {
	return []model.Entity{model.EntityOwner, model.EntityPlan, model.EntityTask,
		model.EntityActivity, model.EntityAssessment, model.EntityRectification}
}

// TabLabel is a tab's sheet name in both languages.
func TabLabel(e model.Entity) model.Label { return tabLabels[e] }

// ParseTab reads a tab's name as a user writes it on the command line or
// as a sheet is named: 任务, tasks, Tasks, task, T.
func ParseTab(s string) (model.Entity, bool) {
	k := normHeader(s)
	if k == "" {
		return 0, false
	}
	for _, e := range Tabs() {
		l := tabLabels[e]
		el := e.Label()
		for _, name := range []string{l.Code, l.Zh, l.En, el.Code, el.Zh, el.En, e.Prefix()} {
			if normHeader(name) == k {
				return e, true
			}
		}
	}
	return 0, false
}

// TabNames lists the names --tab accepts, for a usage message.
func TabNames(lang model.Lang) string {
	parts := make([]string, 0, len(tabLabels))
	for _, e := range Tabs() {
		parts = append(parts, tabLabels[e].In(lang)+" ("+tabLabels[e].Code+")")
	}
	return strings.Join(parts, ", ")
}

func isLabel(l model.Label, name string) bool {
	k := normHeader(name)
	return k != "" && (k == normHeader(l.Code) || k == normHeader(l.Zh) || k == normHeader(l.En))
}
