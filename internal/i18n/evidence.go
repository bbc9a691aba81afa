package i18n

import "strings"

// evidenceTexts are inspection readiness's words (issue 15): the rubric,
// its indicators, evidence and documents as kinds of record, their fields
// and values, the rules they keep, and the screens, printouts and commands
// that show them.
func evidenceTexts() map[Key]Text {
	out := map[Key]Text{}
	for _, part := range []map[Key]Text{evidenceKindTexts(), evidenceSheetTexts(), evidenceRuleTexts(), evidenceAppTexts(), evidenceScreenTexts(), evidencePrintTexts(), evidenceCLITexts()} {
		for k, v := range part {
			out[k] = v
		}
	}
	return out
}

// evidenceKindTexts name the four kinds, their fields and their values.
func evidenceKindTexts() map[Key]Text {
	return map[Key]Text{
		"entity.rubric":    {"评估方案", "rubric"},
		"entity.indicator": {"评估指标", "indicator"},
		"entity.evidence":  {"佐证材料", "evidence item"},
		"entity.document":  {"制度文件", "document"},

		"tab.entity.rubric":    {"评估方案", "Rubrics"},
		"tab.entity.indicator": {"评估指标", "Indicators"},
		"tab.entity.evidence":  {"佐证材料", "Evidence"},
		"tab.entity.document":  {"制度文件", "Documents"},

		"count.rubric":    {"%d 套评估方案", "%d rubric(s)"},
		"count.indicator": {"%d 项评估指标", "%d indicator(s)"},
		"count.evidence":  {"%d 项佐证材料", "%d evidence item(s)"},
		"count.document":  {"%d 份制度文件", "%d document(s)"},

		"field.rubric.id":     {"编号", "code"},
		"field.rubric.title":  {"名称", "title"},
		"field.rubric.source": {"依据", "source"},
		"field.rubric.active": {"当前使用", "active"},
		"field.rubric.sample": {"示例", "sample"},
		"field.rubric.notes":  {"备注", "notes"},

		"field.indicator.id":         {"编号", "code"},
		"field.indicator.rubric":     {"评估方案", "rubric"},
		"field.indicator.parent":     {"上级指标", "parent indicator"},
		"field.indicator.code":       {"指标编码", "indicator code"},
		"field.indicator.title":      {"指标名称", "title"},
		"field.indicator.points":     {"分值", "points"},
		"field.indicator.criteria":   {"评分标准", "scoring criteria"},
		"field.indicator.evidence":   {"佐证材料要求", "evidence required"},
		"field.indicator.order":      {"顺序", "order"},
		"field.indicator.score":      {"自评分", "self-score"},
		"field.indicator.scored":     {"已自评", "self-scored"},
		"field.indicator.score_note": {"自评说明", "self-assessment note"},

		"field.evidence.id":         {"编号", "code"},
		"field.evidence.title":      {"说明", "description"},
		"field.evidence.record":     {"台账记录", "ledger record"},
		"field.evidence.file":       {"文件名", "file name"},
		"field.evidence.size":       {"大小", "size"},
		"field.evidence.sha256":     {"SHA-256", "SHA-256"},
		"field.evidence.date":       {"日期", "date"},
		"field.evidence.added_on":   {"添加日期", "added on"},
		"field.evidence.added_by":   {"添加人", "added by"},
		"field.evidence.indicators": {"对应指标", "indicators"},
		"field.evidence.notes":      {"备注", "notes"},

		"field.document.id":         {"编号", "code"},
		"field.document.kind":       {"类别", "kind"},
		"field.document.number":     {"文号", "document number"},
		"field.document.title":      {"标题", "title"},
		"field.document.issuer":     {"发文单位", "issued by"},
		"field.document.adopted":    {"印发日期", "adopted on"},
		"field.document.review_due": {"复审日期", "review due"},
		"field.document.status":     {"状态", "status"},
		"field.document.notes":      {"备注", "notes"},

		"enum.doc_kind.rule":        {"制度", "Rule"},
		"enum.doc_kind.contingency": {"预案", "Contingency plan"},
		"enum.doc_kind.scheme":      {"方案", "Scheme"},
		"enum.doc_kind.notice":      {"通知", "Notice"},
		"enum.doc_kind.other":       {"其他", "Other"},

		"enum.doc_status.in_force": {"现行有效", "In force"},
		"enum.doc_status.repealed": {"已废止", "Repealed"},

		"word.yes": {"是", "yes"},
		"word.no":  {"否", "no"},
	}
}

// evidenceSheetTexts are the workbook's headers of the inspection tabs
// (each column's header is its field's name, "sheet.col.<field>") and the
// messages of their cells.
func evidenceSheetTexts() map[Key]Text {
	out := map[Key]Text{
		"sheet.col.document.overdue": {"复审逾期", "Review overdue"},
		"sheet.rubric.sheet":         {"评估指标", "Indicators"},
		"sheet.rubric.notes_sheet":   {"填写说明", "How to fill in"},
		"sheet.rubric.no_sheet":      {"%[1]s 中找不到指标表：需要有这些列的表头：%[2]s", "%[1]s has no sheet of indicators: it needs a header row with %[2]s"},
		"sheet.rubric.howto":         {"每行一项指标。编码如 A1、A1.B2、A1.B2.C1，最多三级；上级编码可不填，程序按编码中最后一个“.”之前的部分确定上级。下级指标的分值合计不能超过上级。改好后运行：secretary rubric import 本文件.xlsx", "One indicator a row. Codes such as A1, A1.B2, A1.B2.C1, at most three levels; the parent code may be left empty, the part of the code before its last dot is the parent. The indicators under one may not add up to more than its points. When done, run: secretary rubric import this-file.xlsx"},
		"sheet.rubric.col.code":      {"必填，同一方案中不能重复", "required, unique in the rubric"},
		"sheet.rubric.col.parent":    {"选填，上级指标的编码", "optional, the parent indicator's code"},
		"sheet.rubric.col.title":     {"必填，指标名称", "required, the indicator's name"},
		"sheet.rubric.col.points":    {"数字，可有一位小数，如 8 或 2.5", "a number, at most one decimal, such as 8 or 2.5"},
		"sheet.rubric.col.criteria":  {"评分标准或评估要点", "how it is scored"},
		"sheet.rubric.col.evidence":  {"需要准备的佐证材料", "the evidence it asks for"},
		"sheet.yes_no":               {"请填“是”或留空", "write yes or leave it empty"},
		"sheet.not_record_code":      {"“%s”不是台账记录的编号（如 A-3、P-1）", "%q is not a ledger record's code (such as A-3, P-1)"},
	}
	for k, v := range evidenceKindTexts() {
		if rest, ok := strings.CutPrefix(string(k), "field."); ok && !strings.HasSuffix(rest, ".id") {
			out[Key("sheet.col."+rest)] = Text{Zh: v.Zh, En: strings.ToUpper(v.En[:1]) + v.En[1:]}
		}
	}
	return out
}

// evidenceRuleTexts are the messages of the kinds' own rules.
func evidenceRuleTexts() map[Key]Text {
	return map[Key]Text{
		"v.score_above_points": {"不能高于该指标的分值 %s 分", "must not be above the indicator's %s points"},
		"v.parent_elsewhere":   {"上级指标 %s 属于另一套评估方案", "the parent %s belongs to another rubric"},
		"v.parent_cycle":       {"上级指标形成了循环：%s", "the parents go round in a circle: %s"},
		"v.too_deep":           {"指标最多 %d 级", "indicators go at most %d levels deep"},
		"v.child_points":       {"分值 %[1]s 超过了上级指标 %[2]s 的 %[3]s 分", "%[1]s points is more than the parent %[2]s's %[3]s"},
		"v.code_taken":         {"同一评估方案中已有指标编码 %s", "the rubric already has an indicator %s"},
		"v.evidence_empty":     {"佐证材料须是一个文件或一条台账记录", "evidence must be a file or a ledger record"},
		"v.not_linkable":       {"%s 不能作为佐证材料", "%s cannot be evidence"},
		"v.bad_hash":           {"不是有效的 SHA-256 值", "is not a SHA-256 value"},
		"v.file_too_large":     {"文件 %[1]s，超过上限 %[2]s", "the file is %[1]s, over the limit of %[2]s"},
		"v.bad_code":           {"指标编码中不能有空格", "an indicator code has no spaces"},

		"rubric.duplicate_code": {"指标编码 %[1]s 重复（第 %[2]d 行已有）", "the code %[1]s is used twice (also on row %[2]d)"},
		"rubric.no_parent":      {"找不到上级指标 %s", "there is no parent indicator %s"},
		"rubric.cycle":          {"上级指标形成了循环：%s", "the parents go round in a circle: %s"},
		"rubric.too_deep":       {"指标最多 %d 级", "indicators go at most %d levels deep"},
		"rubric.child_points":   {"分值 %[1]s 超过了上级指标 %[2]s 的 %[3]s 分", "%[1]s points is more than the parent %[2]s's %[3]s"},
		"rubric.children_sum":   {"%[1]s 的下级指标合计 %[3]s 分，超过了它的 %[2]s 分", "the indicators under %[1]s add up to %[3]s points, more than its %[2]s"},
		"rubric.no_rows":        {"文件中没有指标", "the file holds no indicators"},
		"rubric.too_many":       {"指标过多（最多 %d 项）", "too many indicators (at most %d)"},
		"rubric.own_parent":     {"指标不能是自己的上级", "an indicator cannot be its own parent"},
		"rubric.space_in_code":  {"指标编码“%s”中有空格", "the code %q has spaces"},

		"points.garbage":   {"“%s”不是分值，请写数字，如 8 或 2.5", "%q is not points: write a number such as 8 or 2.5"},
		"points.negative":  {"分值不能为负数：%s", "points cannot be negative: %s"},
		"points.too_fine":  {"分值最多保留一位小数：%s", "points have at most one decimal: %s"},
		"points.too_large": {"分值 %[1]s 过大（上限 %[2]s）", "%[1]s points is too many (at most %[2]s)"},
	}
}

// Filled in by later parts of the feature.
func evidenceAppTexts() map[Key]Text    { return map[Key]Text{} }
func evidenceScreenTexts() map[Key]Text { return map[Key]Text{} }
func evidencePrintTexts() map[Key]Text  { return map[Key]Text{} }
func evidenceCLITexts() map[Key]Text    { return map[Key]Text{} }
