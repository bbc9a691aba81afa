package i18n

// kindTexts are each kind of record's words (model/kind_*.go): its name
// in a sentence ("entity.<code>"), the set as a heading and a sheet's name
// ("tab.entity.<code>"), and a count of records ("count.<code>"). A new
// kind adds its three here; model's registry test says which are missing.
func kindTexts() map[Key]Text {
	return map[Key]Text{
		"entity.plan":          {"计划", "plan"},
		"entity.owner":         {"责任人", "owner"},
		"entity.task":          {"任务", "task"},
		"entity.activity":      {"活动", "activity"},
		"entity.assessment":    {"评估", "assessment"},
		"entity.rectification": {"整改", "rectification"},

		"tab.entity.plan":          {"计划", "Plans"},
		"tab.entity.owner":         {"责任人", "Owners"},
		"tab.entity.task":          {"任务", "Tasks"},
		"tab.entity.activity":      {"活动", "Activities"},
		"tab.entity.assessment":    {"评估", "Assessments"},
		"tab.entity.rectification": {"整改", "Rectifications"},

		"count.plan":          {"%d 个计划", "%d plan(s)"},
		"count.owner":         {"%d 位责任人", "%d owner(s)"},
		"count.task":          {"%d 项任务", "%d task(s)"},
		"count.activity":      {"%d 个活动", "%d activity(ies)"},
		"count.assessment":    {"%d 次评估", "%d assessment(s)"},
		"count.rectification": {"%d 项整改", "%d rectification(s)"},
	}
}
