package i18n

// trustTexts are issue 11's words: the rules a save must pass (real
// dates, 销号 by someone else), the plausibility warnings asked before a
// save, the spreadsheet import's duplicates and title changes, and the
// wall printouts (secretary print).
func trustTexts() map[Key]Text {
	return map[Key]Text{
		"v.done_future":       {"完成日期 %[1]s 晚于今天（%[2]s）：请填写实际完成的日期", "the completion date %[1]s is after today (%[2]s): enter the day it was really done"},
		"v.held_future":       {"活动日期 %s 还没到，不能登记为已举办：请先把活动日期改为实际举办的日期", "the activity's date %s is still to come, so it cannot be recorded as held: change the date to the day it was held first"},
		"v.verifier_is_owner": {"验收人不能是整改责任人本人：销号须由他人验收", "the verifier cannot be the person responsible: someone else must verify the rectification"},

		"key.ctrl_u":       {"ctrl+u", "ctrl+u"},
		"help.clear_field": {"清空", "clear"},

		"form.warn_head":    {"保存前请核对这些数字：", "Please check these figures before saving:"},
		"form.warn_confirm": {"确认无误并保存？ y 保存 · n 返回修改", "Save them as they are? y save · n go back and correct"},

		"form.done_on_hint":   {"已完成的任务：实际完成的日期，可早于今天；留空为今天", "for a done task: the day it was really done, may be earlier than today; empty means today"},
		"form.opened_on_hint": {"发现问题的日期，默认为评估日期", "the day the problem was found; the assessment's date unless changed"},

		"sheet.likely_dup":      {"与台账中的 %[1]s「%[2]s」相同，可能是重复导入，已跳过（确需导入请加 --allow-duplicates）", "matches %[1]s “%[2]s” in the ledger, likely imported before: skipped (import it anyway with --allow-duplicates)"},
		"sheet.renamed":         {"%[1]s 的名称将由「%[2]s」改为「%[3]s」：请确认编号没有填错", "%[1]s is renamed from “%[2]s” to “%[3]s”: check the code is the right one"},
		"sheet.cover.how_blank": {"有编号的行中，留空的单元格保留台账中的原值；要清空某一项，请填写“（清空）”或“(clear)”。", "In a row with a code, a blank cell keeps the ledger's value; to empty a field, write “（清空）” or “(clear)”."},
		"sheet.cover.how_dup":   {"编号为空的行若与台账中已有的记录相同（任务：名称、责任人和截止日期；活动：名称和日期；责任人：姓名），视为重复而跳过；确需导入请加 --allow-duplicates。", "A row without a code that matches a record the ledger has (a task by title, owner and due date; an activity by title and date; a person by name) is skipped as a duplicate; import it anyway with --allow-duplicates."},

		"cli.sheet.flag.allow_duplicates": {"编号为空、但与台账中已有记录相同的行也导入（默认视为重复而跳过）", "import rows without a code even when they match a record the ledger has (by default they are skipped as duplicates)"},
		"cli.sheet.duplicates":            {"跳过 %d 行可能重复的记录（台账中已有；确需导入请加 --allow-duplicates）：", "Skipped %d row(s) the ledger already has (import them anyway with --allow-duplicates):"},
		"cli.sheet.duplicates_allowed":    {"以下 %d 行与台账中已有的记录相同，按 --allow-duplicates 仍然导入：", "These %d row(s) match records the ledger has and are imported anyway (--allow-duplicates):"},
		"cli.sheet.renamed":               {"名称改变（%d 条），请确认编号没有填错：", "Titles that change (%d), check the codes are right:"},
		"cli.sheet.warnings":              {"请核对这些数字（%d 处）：", "Figures to check (%d):"},
		"cli.sheet.needs_yes":             {"有 %d 处需要核对（见上），没有导入：确认无误后加 --yes 再运行", "%d item(s) above need checking, nothing was imported: run again with --yes once they are right"},

		"transfer.duplicates": {"跳过 %d 行可能重复的记录（台账中已有）：", "Skipped %d row(s) the ledger already has:"},

		"print.findings_head":        {"发现的问题与整改情况", "Findings and their rectification"},
		"print.col_finding":          {"发现的问题", "Finding"},
		"print.col_verifier":         {"验收人", "Verified by"},
		"print.col_evidence":         {"整改佐证", "Evidence"},
		"print.col_goals":            {"目标", "Goals"},
		"print.finding_no":           {"问题%d", "#%d"},
		"print.no_measure_yet":       {"（尚未制定整改措施）", "(no rectification yet)"},
		"print.closed_on":            {"%s 销号", "closed %s"},
		"print.plan_goals":           {"各计划的目标", "Each plan's goals"},
		"print.chart_plans_key":      {"条后数字：已完成任务数/任务总数 完成率", "Figures after each bar: tasks done/all tasks, share done"},
		"print.chart_owners_key":     {"条后数字：逾期/未完成（未逾期）/本期完成 的任务数", "Figures after each bar: tasks overdue / open on time / done in the period"},
		"print.prob_unrecorded_todo": {"活动日期已过，但仍为“计划中”：请登记举办情况，或取消并说明原因。", "Their day has passed but they are still “planned”: record how they went, or cancel them with a reason."},

		"warn.actual":      {"实到 %[1]d 人，是预计 %[2]d 人的 3 倍以上", "%[1]d took part, more than 3 times the %[2]d expected"},
		"warn.spend":       {"实际支出 %[1]s 元，超过预算 %[2]s 元的 2 倍", "spend of %[1]s yuan is more than twice the budget of %[2]s yuan"},
		"warn.plan_budget": {"实际支出 %[1]s 元，超过计划 %[2]s 剩余的经费 %[3]s 元", "spend of %[1]s yuan is more than the %[3]s yuan plan %[2]s has left"},
		"warn.progress":    {"状态为已完成，但进度是 %d%%", "marked done, but its progress is %d%%"},
		"warn.date_far":    {"%[1]s 距今天 %[2]d 天，超过一年", "%[1]s is %[2]d days from today, more than a year"},
	}
}
