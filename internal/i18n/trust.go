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

		"warn.actual":      {"实到 %[1]d 人，是预计 %[2]d 人的 3 倍以上", "%[1]d took part, more than 3 times the %[2]d expected"},
		"warn.spend":       {"实际支出 %[1]s 元，超过预算 %[2]s 元的 2 倍", "spend of %[1]s yuan is more than twice the budget of %[2]s yuan"},
		"warn.plan_budget": {"实际支出 %[1]s 元，超过计划 %[2]s 剩余的经费 %[3]s 元", "spend of %[1]s yuan is more than the %[3]s yuan plan %[2]s has left"},
		"warn.progress":    {"状态为已完成，但进度是 %d%%", "marked done, but its progress is %d%%"},
		"warn.date_far":    {"%[1]s 距今天 %[2]d 天，超过一年", "%[1]s is %[2]d days from today, more than a year"},
	}
}
