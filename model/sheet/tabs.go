package sheet

import (
	"strings"

	"secretary/model"
)

// tabDef is one tab of the workbook: which kind of record it holds, its
// columns, and how its rows are written and read. Each kind declares its
// tab in its own tab_*.go file; tabList puts them in workbook order.
type tabDef struct {
	entity  model.Entity
	columns func() []colInfo                                              // in sheet order
	rows    func(x *exporter, emit func(cells []Cell, overdue bool))      // the ledger's records as rows
	read    func(p *importer, s *sheetIn)                                 // a sheet's rows into pending records
	changed func(x *exporter, before, after model.MutableRecord) []string // keys of the columns an update changes
	overdue func(r model.Record, today model.Date) bool                   // nil: the tab marks no row overdue
	// fieldColumn maps a validation field to the column that holds it,
	// where the two keys differ.
	fieldColumn map[string]string
	// match, if set, is the key two records of the tab share when they
	// are the same (a task: title, owner and due date): a row without a
	// code matching a record the ledger has is a likely duplicate.
	match func(r model.Record) string
}

// recordTab declares a tab whose rows are one record each, with the
// kind's columns; overdue (nil for none) says which rows are marked.
func recordTab[T any, P interface {
	*T
	model.MutableRecord
}](e model.Entity, cols func() []column[T], overdue func(*T, model.Date) bool) *tabDef {
	t := &tabDef{
		entity:  e,
		columns: func() []colInfo { return infos(cols()) },
		rows: func(x *exporter, emit func([]Cell, bool)) {
			rowsOf[T, P](x, e, cols(), overdue, emit)
		},
		read: func(p *importer, s *sheetIn) { readRows(p, s, cols()) },
		changed: func(x *exporter, before, after model.MutableRecord) []string {
			return diff(x, cols(), any(before).(*T), any(after).(*T))
		},
	}
	if overdue != nil {
		t.overdue = func(r model.Record, today model.Date) bool { return overdue(any(r).(*T), today) }
	}
	return t
}

// tabList is the record sheets in workbook order: plans, then the
// responsibility list (tasks) and its people, then activities,
// assessments and rectifications, then meetings and their decisions, the
// required work, and the inspection kinds. Read-only.
var tabList = []*tabDef{planTab, taskTab, ownerTab, activityTab, assessmentTab, rectificationTab, meetingTab, decisionTab, obligationTab,
	rubricTab, indicatorTab, evidenceTab, documentTab}

// tabOf is the tab that holds the entity's records, or nil.
func tabOf(e model.Entity) *tabDef {
	for _, t := range tabList {
		if t.entity == e {
			return t
		}
	}
	return nil
}

// Sheets that are part of the workbook but hold no records.
var (
	coverLabel = model.Label{Code: "cover", Key: "sheet.name.cover"}
	listsLabel = model.Label{Code: "lists", Key: "sheet.name.lists"}
)

// Tabs lists the record sheets in workbook order.
func Tabs() []model.Entity {
	out := make([]model.Entity, len(tabList))
	for i, t := range tabList {
		out[i] = t.entity
	}
	return out
}

// importOrder is the order rows are read and written in: what others
// point at first (owners before the tasks they own, assessments before
// their rectifications), as the model's registry derives it.
func importOrder() []model.Entity { return model.ReferenceOrder() }

// TabLabel is a tab's sheet name in both languages: the kind's plural.
func TabLabel(e model.Entity) model.Label {
	if k := model.KindOf(e); k != nil {
		return k.PluralLabel()
	}
	return model.Label{}
}

// ParseTab reads a tab's name as a user writes it on the command line or
// as a sheet is named: 任务, tasks, Tasks, task, T.
func ParseTab(s string) (model.Entity, bool) {
	k := normHeader(s)
	if k == "" {
		return 0, false
	}
	for _, e := range Tabs() {
		if isLabel(TabLabel(e), s) || isLabel(e.Label(), s) || normHeader(e.Prefix()) == k {
			return e, true
		}
	}
	return 0, false
}

// TabNames lists the names --tab accepts, for a usage message.
func TabNames(lang model.Lang) string {
	parts := make([]string, 0, len(tabList))
	for _, e := range Tabs() {
		parts = append(parts, TabLabel(e).In(lang)+" ("+TabLabel(e).Code+")")
	}
	return strings.Join(parts, ", ")
}

// isLabel reports whether a name, folded as headers are, is the label's
// code or its text in either language.
func isLabel(l model.Label, name string) bool {
	k := normHeader(name)
	return k != "" && (k == normHeader(l.Code) || k == normHeader(l.In(model.LangZh)) || k == normHeader(l.In(model.LangEn)))
}
