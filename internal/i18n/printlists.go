package i18n

// printListTexts are the words of the wall lists added after issue 11:
// meetings, decisions, required work and documents (secretary print …,
// P on their lists).
func printListTexts() map[Key]Text {
	return map[Key]Text{
		"print.list.meetings":         {"会议清单", "Meetings"},
		"print.list.decisions":        {"决定事项落实清单", "Decisions and how they are carried out"},
		"print.list.obligations":      {"规定动作清单", "Required work"},
		"print.list.documents":        {"制度文件清单", "Rules and documents"},
		"print.list.file.meetings":    {"会议清单", "meetings"},
		"print.list.file.decisions":   {"决定事项清单", "decisions"},
		"print.list.file.obligations": {"规定动作清单", "obligations"},
		"print.list.file.documents":   {"制度文件清单", "documents"},

		"print.list.legend.meetings":    {"⚠ 有逾期的决定事项，或日期已过仍为计划　⏳ 7 天内召开　内部：研判会等，纪要不随清单打印", "⚠ a decision overdue, or the day passed and still planned   ⏳ within 7 days   internal: case reviews, whose notes are never on a list"},
		"print.list.legend.decisions":   {"✓ 已落实　⚠ 逾期　⏳ 7 天内到期　落实情况由分解的任务得出", "✓ done   ⚠ overdue   ⏳ due within 7 days   the status follows from the tasks that carry it out"},
		"print.list.legend.obligations": {"本学年各期：✔ 已完成　⏳ 待完成　⚠ 未完成，其余未到期", "This school year's periods: ✔ met   ⏳ due   ⚠ missed; the rest are not yet due"},
		"print.list.legend.documents":   {"复审日期：⚠ 已过　⏳ 30 天内到期", "Review due: ⚠ passed   ⏳ within 30 days"},

		"print.list.no_owner": {"%s不能按人筛选：请去掉 --owner", "%s cannot be filtered by person: leave out --owner"},
		"print.list.no_plan":  {"%s不能按计划筛选：请去掉 --plan", "%s cannot be filtered by plan: leave out --plan"},

		"print.list.col.meeting":        {"会议", "Meeting"},
		"print.list.col.chair":          {"主持人", "Chair"},
		"print.list.col.attendance":     {"出席（实到/应到）", "Present (came/expected)"},
		"print.list.col.decisions_done": {"决定事项（已落实/总数）", "Decisions (done/all)"},
		"print.list.col.from_meeting":   {"会议", "Meeting"},
		"print.list.col.decision":       {"决定事项", "Decision"},
		"print.list.col.carried_out":    {"落实情况", "Status"},
		"print.list.col.tasks":          {"分解任务", "Tasks"},
		"print.list.col.meets":          {"计入的记录", "Met by"},
		"print.list.col.coverage":       {"%s完成情况", "%s"},
		"print.list.col.active":         {"启用", "Active"},
		"print.list.col.doc_number":     {"文号", "Number"},
		"print.list.col.doc_title":      {"名称", "Title"},
		"print.list.col.adopted":        {"印发日期", "Adopted"},
		"print.list.col.review_due":     {"复审日期", "Review due"},

		"print.list.internal":    {"〔内部〕", "[internal]"},
		"print.list.tags_only":   {"只计标记了它的任务", "tasks tagged with it"},
		"print.list.not_counted": {"未启用，不统计", "inactive, not counted"},
		"print.list.coverage":    {"✔ %[1]d　⏳ %[2]d　⚠ %[3]d（共 %[4]d %[5]s）", "✔ %[1]d  ⏳ %[2]d  ⚠ %[3]d (of %[4]d %[5]s)"},
	}
}
