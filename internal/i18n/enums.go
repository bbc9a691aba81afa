package i18n

// enumTexts are the names of every enumeration's values (model/enum.go,
// the activity stages and the journal's actions): "enum.<type>.<code>".
func enumTexts() map[Key]Text {
	return map[Key]Text{
		"enum.plan_kind.strategic": {"战略规划", "Strategic plan"},
		"enum.plan_kind.annual":    {"年度计划", "Annual plan"},
		"enum.plan_kind.semester":  {"学期计划", "Semester plan"},

		"enum.plan_status.draft":    {"草稿", "Draft"},
		"enum.plan_status.active":   {"执行中", "Active"},
		"enum.plan_status.done":     {"已完成", "Done"},
		"enum.plan_status.archived": {"已归档", "Archived"},

		"enum.work_area.publicity": {"宣传推广", "Publicity"},
		"enum.work_area.service":   {"服务体系建设", "Service system"},
		"enum.work_area.training":  {"人员培训", "Staff training"},
		"enum.work_area.crisis":    {"危机干预", "Crisis intervention"},
		"enum.work_area.research":  {"科研支持", "Research"},
		"enum.work_area.rules":     {"制度规范", "Rules and standards"},

		"enum.task_status.not_started": {"未开始", "Not started"},
		"enum.task_status.in_progress": {"进行中", "In progress"},
		"enum.task_status.done":        {"已完成", "Done"},
		"enum.task_status.blocked":     {"受阻", "Blocked"},

		"enum.activity_kind.lecture":            {"专题讲座", "Lecture"},
		"enum.activity_kind.training":           {"教师培训", "Teacher training"},
		"enum.activity_kind.theme_month":        {"宣传教育月", "Publicity month"},
		"enum.activity_kind.group_counselling":  {"团体辅导", "Group counselling"},
		"enum.activity_kind.publicity":          {"宣传", "Publicity"},
		"enum.activity_kind.volunteer_training": {"志愿者培训", "Volunteer training"},
		"enum.activity_kind.crisis_drill":       {"危机干预演练", "Crisis drill"},
		"enum.activity_kind.other":              {"其他", "Other"},

		"enum.activity_status.planned":   {"计划中", "Planned"},
		"enum.activity_status.held":      {"已举办", "Held"},
		"enum.activity_status.cancelled": {"已取消", "Cancelled"},

		"enum.audience_group.students": {"学生", "Students"},
		"enum.audience_group.parents":  {"家长", "Parents"},
		"enum.audience_group.teachers": {"教师", "Teachers"},

		"enum.assessment_kind.routine": {"定期检查", "Routine inspection"},
		"enum.assessment_kind.special": {"专项督导", "Special inspection"},
		"enum.assessment_kind.annual":  {"年度考核", "Annual evaluation"},

		"enum.target_kind.plan":     {"计划", "Plan"},
		"enum.target_kind.task":     {"任务", "Task"},
		"enum.target_kind.activity": {"活动", "Activity"},
		"enum.target_kind.area":     {"工作范围", "Work area"},

		"enum.rating.excellent": {"优秀", "Excellent"},
		"enum.rating.good":      {"良好", "Good"},
		"enum.rating.pass":      {"合格", "Pass"},
		"enum.rating.fail":      {"不合格", "Fail"},

		"enum.rect_status.open":   {"整改中", "Open"},
		"enum.rect_status.closed": {"已销号", "Closed"},

		"enum.stage.planning":   {"策划", "Planning"},
		"enum.stage.organising": {"组织", "Organising"},
		"enum.stage.on_site":    {"现场", "On site"},
		"enum.stage.summary":    {"总结", "Summary"},

		"enum.action.create":   {"新建", "Add"},
		"enum.action.update":   {"修改", "Edit"},
		"enum.action.delete":   {"删除", "Delete"},
		"enum.action.close":    {"销号", "Close"},
		"enum.action.reopen":   {"重新打开", "Reopen"},
		"enum.action.held":     {"登记举办", "Mark held"},
		"enum.action.cancel":   {"取消", "Cancel"},
		"enum.action.settings": {"修改设置", "Change settings"},
		"enum.action.import":   {"导入", "Import"},
		"enum.action.migrate":  {"升级", "Upgrade"},
	}
}
