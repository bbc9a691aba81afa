package i18n

// coreTexts are the model's messages: dates, amounts, validation, the
// journal's descriptions and counts.
func coreTexts() map[Key]Text {
	return map[Key]Text{
		"list.sep":         {"、", ", "},
		"error.field":      {"%[1]s：%[2]s", "%[1]s: %[2]s"},
		"error.unexpected": {"出错了：%s", "Something went wrong: %s"},

		"date.forms":     {"2026-12-01、2026/12/1、12-01、今天、明天、+7（天）、+2w（周）", "2026-12-01, 2026/12/1, 12-01, today, tomorrow, +7 (days), +2w (weeks)"},
		"date.required":  {"必须填写日期", "a date is required"},
		"date.garbage":   {"无法识别日期“%s”；可以写 2026-12-01、2026/12/1、12-01、今天、明天、+7 或 +2w", "cannot read “%s” as a date; write 2026-12-01, 2026/12/1, 12-01, today, tomorrow, +7 or +2w"},
		"date.no_day":    {"没有 %[1]s 这一天：%[2]d年%[3]d月只有%[4]d天", "%[1]s does not exist: month %[3]d of %[2]d has only %[4]d days"},
		"date.bad_month": {"“%[1]s”中的月份 %[2]d 无效，月份应为 1–12", "month %[2]d in “%[1]s” is not between 1 and 12"},
		"date.range":     {"“%[1]s”的年份 %[2]d 超出范围（%[3]d–%[4]d），是否输错了？", "the year %[2]d in “%[1]s” is out of range (%[3]d–%[4]d); a typo?"},

		"money.garbage":  {"无法识别金额“%s”；可以写 12000、12,000.50 或 1.2万", "cannot read “%s” as an amount; write 12000, 12,000.50 or 1.2万"},
		"money.negative": {"金额不能为负数：“%s”", "an amount cannot be negative: “%s”"},

		"v.required":     {"必须填写", "is required"},
		"v.too_long":     {"过长，最多 %d 个字", "is too long (at most %d characters)"},
		"v.range":        {"应在 %[1]v 到 %[2]v 之间", "must be between %[1]v and %[2]v"},
		"v.negative":     {"不能为负数", "must not be negative"},
		"v.date_order":   {"不能早于%s", "must not be before the %s"},
		"v.bad_choice":   {"不是可选的值", "is not one of the choices"},
		"v.no_evidence":  {"销号必须填写整改佐证", "closing needs an evidence note"},
		"v.cancel_why":   {"取消活动须说明原因", "a cancelled activity needs a reason"},
		"v.duplicate":    {"有重复：%v", "is repeated: %v"},
		"v.empty_item":   {"第 %d 项是空的", "item %d is empty"},
		"v.not_found":    {"%s 不存在", "%s does not exist"},
		"v.closed_early": {"销号日期不能早于挂号日期 %s", "cannot be closed before it was opened (%s)"},

		"journal.record":   {"%[1]s%[2]s %[3]s「%[4]s」", "%[1]s %[2]s %[3]s “%[4]s”"},
		"journal.settings": {"修改台账设置", "Change the ledger settings"},
		"journal.bulk":     {"%[1]s %[2]d 条记录", "%[1]s %[2]d records"},
		"journal.undo":     {"已撤销：%s", "Undone: %s"},
		"journal.redo":     {"已重做：%s", "Redone: %s"},
	}
}
