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
		"sheet.not_record_code":      {"“%s”不是台账记录的编号（如 A-3、P-1）", "“%s” is not a ledger record's code (such as A-3, P-1)"},
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
		"v.children_sum":       {"%[1]s 的下级指标合计 %[3]s 分，超过了它的 %[2]s 分", "the indicators under %[1]s would add up to %[3]s points, more than its %[2]s"},
		"v.evidence_empty":     {"佐证材料须是一个文件或一条台账记录", "evidence must be a file or a ledger record"},
		"v.not_linkable":       {"%s 不能作为佐证材料", "%s cannot be evidence"},
		"v.bad_hash":           {"不是有效的 SHA-256 值", "is not a SHA-256 value"},
		"v.file_too_large":     {"文件 %[1]s，超过上限 %[2]s", "the file is %[1]s, over the limit of %[2]s"},
		"v.bad_code":           {"指标编码中不能有空格，也不能有 / \\ : * ? \" < > | 这些字符，不能以 . 开头（编码会用作材料包里的文件名）", "an indicator code has no spaces, none of / \\ : * ? \" < > |, and does not start with . (it names the files in the pack)"},

		"rubric.duplicate_code": {"指标编码 %[1]s 重复（第 %[2]d 行已有）", "the code %[1]s is used twice (also on row %[2]d)"},
		"rubric.no_parent":      {"找不到上级指标 %s", "there is no parent indicator %s"},
		"rubric.cycle":          {"上级指标形成了循环：%s", "the parents go round in a circle: %s"},
		"rubric.too_deep":       {"指标最多 %d 级", "indicators go at most %d levels deep"},
		"rubric.child_points":   {"分值 %[1]s 超过了上级指标 %[2]s 的 %[3]s 分", "%[1]s points is more than the parent %[2]s's %[3]s"},
		"rubric.children_sum":   {"%[1]s 的下级指标合计 %[3]s 分，超过了它的 %[2]s 分", "the indicators under %[1]s add up to %[3]s points, more than its %[2]s"},
		"rubric.no_rows":        {"文件中没有指标", "the file holds no indicators"},
		"rubric.too_many":       {"指标过多（最多 %d 项）", "too many indicators (at most %d)"},
		"rubric.own_parent":     {"指标不能是自己的上级", "an indicator cannot be its own parent"},
		"rubric.space_in_code":  {"指标编码“%s”中有空格", "the code “%s” has spaces"},

		"points.garbage":   {"“%s”不是分值，请写数字，如 8 或 2.5", "“%s” is not points: write a number such as 8 or 2.5"},
		"points.negative":  {"分值不能为负数：%s", "points cannot be negative: %s"},
		"points.too_fine":  {"分值最多保留一位小数：%s", "points have at most one decimal: %s"},
		"points.too_large": {"分值 %[1]s 过大（上限 %[2]s）", "%[1]s points is too many (at most %[2]s)"},
	}
}

// Filled in by later parts of the feature.
// evidenceAppTexts are the use cases' messages: attaching, linking,
// scoring, importing a rubric, the pack and the handover of files.
func evidenceAppTexts() map[Key]Text {
	return map[Key]Text{
		"evidence.no_file":         {"找不到文件 %s，没有添加。请检查路径。", "There is no file %s; nothing was added. Check the path."},
		"evidence.folder":          {"%s 是文件夹，不能作为佐证材料。请逐个添加其中的文件。", "%s is a folder and cannot be evidence. Add the files in it one by one."},
		"evidence.special":         {"%s 不是普通文件，没有添加。", "%s is not a plain file; nothing was added."},
		"evidence.too_big":         {"%[1]s 有 %[2]s，超过佐证材料的上限 %[3]s，没有添加。视频等大文件请另行保存，在台账里写明存放位置。", "%[1]s is %[2]s, over the evidence limit of %[3]s; nothing was added. Keep videos and other large files elsewhere and note where in the ledger."},
		"evidence.read":            {"无法读取 %[1]s：%[2]s。没有添加。", "Cannot read %[1]s: %[2]s. Nothing was added."},
		"evidence.store":           {"无法把文件存入佐证材料文件夹 %[1]s：%[2]s。台账没有改动。", "Cannot keep the file in the evidence folder %[1]s: %[2]s. The ledger is unchanged."},
		"evidence.disk_full":       {"佐证材料文件夹 %s 所在的磁盘已满：文件没有添加，台账没有改动。请腾出空间后再试。", "The disk holding the evidence folder %s is full: the file was not added and the ledger is unchanged. Free some space and try again."},
		"evidence.inside":          {"%s 已在佐证材料文件夹里。请添加原始文件。", "%s is already inside the evidence folder. Add the original file instead."},
		"evidence.empty":           {"%s 是空文件，没有添加。", "%s is empty; nothing was added."},
		"evidence.grew":            {"%s 在复制过程中发生了变化（变大），没有添加。请等文件写完再试。", "%s changed (grew) while it was copied; nothing was added. Try again once it is complete."},
		"app.file_in_evidence":     {"%[1]s 在佐证材料文件夹 %[2]s 里；那里的文件从不改动，也不写入别的文件。请换一个位置。", "%[1]s is inside the evidence folder %[2]s, whose files are never changed or added to. Choose another place."},
		"evidence.no_rubric":       {"台账中还没有评估指标：请先导入（secretary rubric import 文件，或 --sample）。", "The ledger has no rubric yet: import one first (secretary rubric import FILE, or --sample)."},
		"evidence.rubric_problems": {"%[1]s 有 %[2]d 处问题，没有导入任何指标。请改正后再导入。", "%[1]s has %[2]d problem(s); no indicator was imported. Correct them and import again."},
		"evidence.not_linkable":    {"%s 不能作为佐证材料。", "%s cannot be evidence."},
		"evidence.no_indicator":    {"评估指标“%[2]s”中没有 %[1]s。", "The rubric “%[2]s” has no indicator %[1]s."},
		"evidence.score_parent":    {"%s 有下级指标，它的自评分是下级指标自评分之和；请给下级指标打分。", "%s has indicators under it; its score is theirs added up. Score those instead."},
		"evidence.pack_verify":     {"材料包写完后校验失败（%[1]s：%[2]s），已删除。请重试。", "The pack failed its check after writing (%[1]s: %[2]s) and was removed. Try again."},
		"snapshot.bundle_damaged":  {"快照中的佐证文件 %[1]s… 已损坏：%[2]s", "the evidence file %[1]s… in the snapshot is damaged: %[2]s"},
		"snapshot.bundle_restore":  {"台账已替换，但佐证材料文件没有全部放回 %[1]s：%[2]s。运行 secretary check 查看缺少哪些。", "The ledger was replaced, but not every evidence file could be put back into %[1]s: %[2]s. Run secretary check to see which are missing."},
	}
}

// evidenceScreenTexts are the evidence view's, the documents list's and
// the evidence flows' words.
func evidenceScreenTexts() map[Key]Text {
	return map[Key]Text{
		"assessments.evidence": {"评估准备", "Evidence"},

		"transfer.export_snapshot_evidence": {"交接快照（含佐证材料文件）：台账连同 evidence 文件夹中的文件", "Handover snapshot with the evidence files: the ledger and its evidence folder"},
		"transfer.evidence_left":            {"注意：%d 个佐证材料文件没有放进快照；要一起交接，请选“连同佐证材料文件”。", "Note: %d evidence file(s) stay behind; choose the snapshot with the evidence files to hand them over too."},
		"assessments.documents":             {"制度文件", "Documents"},

		"col.ind.code":        {"编码", "Code"},
		"col.ind.title":       {"指标", "Indicator"},
		"col.ind.points":      {"分值", "Pts"},
		"col.ind.score":       {"自评", "Score"},
		"col.ind.items":       {"材料", "Items"},
		"col.item.title":      {"说明", "Description"},
		"col.item.where":      {"文件或记录", "File or record"},
		"col.item.indicators": {"对应指标", "Indicators"},
		"col.doc.title":       {"标题", "Title"},
		"col.doc.number":      {"文号", "Number"},
		"col.doc.adopted":     {"印发日期", "Adopted"},
		"col.doc.review":      {"复审日期", "Review due"},

		"quick.ind_missing":   {"缺材料", "Missing evidence"},
		"quick.ind_unscored":  {"未自评", "Not scored"},
		"quick.ind_files":     {"文件有问题", "File problems"},
		"quick.item_files":    {"文件", "Files"},
		"quick.item_records":  {"台账记录", "Ledger records"},
		"quick.item_unlinked": {"未对应指标", "Linked to nothing"},
		"quick.doc_review":    {"需复审", "Review due"},
		"quick.doc_in_force":  {"现行有效", "In force"},

		"scope.indicator":        {"只看 %s 的佐证材料", "Only the evidence of %s"},
		"status.indicator_items": {"%s 的佐证材料（m 看全部材料，esc 返回指标）", "Evidence of %s (m shows every item, esc goes back to the indicators)"},
		"status.all_items":       {"全部佐证材料（esc 返回指标）", "Every evidence item (esc goes back to the indicators)"},
		"status.items_new":       {"在指标或任何台账记录上按 a 添加佐证材料。", "Press a on an indicator or on any ledger record to add evidence."},

		"detail.evidence":           {"佐证材料（%d）", "Evidence (%d)"},
		"detail.evidence_below":     {"材料在下级指标中；%d 项下级指标还没有材料。", "Filed under the indicators below; %d of them have nothing yet."},
		"detail.evidence_below_all": {"材料在下级指标中，每项都有。", "Filed under the indicators below, each of which has some."},
		"detail.evidence_none":      {"还没有佐证材料：按 a 添加文件或台账记录，或在记录上按 l 关联。", "No evidence yet: press a to add a file or a ledger record, or l on a record to link it."},
		"detail.file_ok":            {"完好", "sound"},
		"detail.file_missing":       {"文件缺失", "file missing"},
		"detail.file_changed":       {"文件已被改动", "file changed"},
		"detail.file_unknown":       {"正在检查…", "being checked…"},
		"detail.file_state":         {"文件状态", "File"},
		"detail.indicators_linked":  {"对应指标（%d）", "Indicators (%d)"},
		"detail.filed_under":        {"作为佐证材料（%d）", "Filed as evidence for (%d)"},
		"detail.link_hint":          {"按 l 选择它所佐证的指标。", "Press l to pick the indicators it supports."},
		"detail.review_overdue":     {"%[1]s，已过期 %[2]d 天", "%[1]s, %[2]d day(s) overdue"},
		"detail.review_soon":        {"%[1]s，还有 %[2]d 天", "%[1]s, in %[2]d day(s)"},

		"confirm.delete_evidence":          {"它是以下指标的佐证材料：%s。删除后这些指标将失去这份材料（关于它的文件会保留）。", "It is evidence for %s. Deleting it takes it from those indicators (files about it are kept)."},
		"confirm.delete_indicator_links":   {"有 %d 项佐证材料对应这项指标；删除后它们不再对应它（材料本身保留）。", "%d evidence item(s) support this indicator; they lose the link (the items stay)."},
		"confirm.delete_rubric_indicators": {"它的 %d 项指标会一起删除，佐证材料与它们的对应关系也会解除（材料本身保留）。", "Its %d indicator(s) go with it, and evidence loses its links to them (the items stay)."},

		"evidence.no_rubric_yet":     {"还没有评估指标：按 R 导入示例或文件（或运行 secretary rubric import --sample）。", "No rubric yet: press R to load the sample or a file (or run secretary rubric import --sample)."},
		"evidence.head_figures":      {"自评 %[1]s/%[2]s 分 · 有佐证 %[3]d/%[4]d（%[5]d%%）", "score %[1]s/%[2]s · evidenced %[3]d/%[4]d (%[5]d%%)"},
		"evidence.head_review":       {"⏳ %d 份制度文件需复审", "⏳ %d document(s) due for review"},
		"evidence.attach_title":      {"添加佐证材料", "Add evidence"},
		"evidence.about_record":      {"关于：%s", "About: %s"},
		"evidence.for_indicator":     {"指标：%s", "Indicator: %s"},
		"evidence.path_label":        {"文件：", "File:"},
		"evidence.path_hint":         {"扫描件、照片、Word/PDF、表格；最大 200 MB。文件会复制到台账旁的 evidence 文件夹，原文件不动。", "A scan, photo, Word/PDF document or spreadsheet, at most 200 MB. It is copied into the evidence folder beside the ledger; the original stays where it is."},
		"evidence.path_or_code_hint": {"文件路径，或台账记录的编号（如 A-3、W-2）。文件会复制到台账旁的 evidence 文件夹，最大 200 MB。", "A file's path, or a ledger record's code (such as A-3, W-2). Files are copied into the evidence folder beside the ledger, at most 200 MB."},
		"evidence.title_label":       {"说明：", "Description:"},
		"evidence.title_hint":        {"留空则用文件名。", "Leave empty to use the file's name."},
		"evidence.pick_indicators":   {"它佐证哪些指标？（已选 %d 项；空格选择，回车保存）", "Which indicators does it support? (%d ticked; space ticks, enter saves)"},
		"evidence.saving":            {"正在保存…", "Saving…"},
		"evidence.writing":           {"正在写出…", "Writing…"},
		"evidence.attached":          {"已添加佐证材料 %[1]s「%[2]s」（u 撤销）", "Evidence %[1]s “%[2]s” added (u undoes)"},
		"evidence.linked":            {"已把 %s 作为佐证材料（u 撤销）", "%s is evidence now (u undoes)"},
		"evidence.link_title":        {"对应评估指标", "Link to indicators"},
		"evidence.link_subject":      {"%[1]s 佐证的指标（已选 %[2]d 项）", "The indicators %[1]s supports (%[2]d ticked)"},
		"evidence.links_saved":       {"%[1]s 现在对应 %[2]d 项指标（u 撤销）", "%[1]s now supports %[2]d indicator(s) (u undoes)"},
		"evidence.print_hint":        {"tab 切换 · w 写出 · P 打印 · z 材料包", "tab switches · w writes · P prints · z pack"},
		"evidence.rubrics_title":     {"评估指标", "Rubrics"},
		"evidence.rubric_line":       {"%[1]d 项指标，%[2]s 分", "%[1]d indicator(s), %[2]s points"},
		"evidence.rubrics_hint":      {"回车：设为当前使用 · s：导入示例 · i：从 xlsx/CSV 导入（模板：secretary sheet template 指标.xlsx rubric）· n 新建 · e 修改 · d 删除", "enter: make active · s: load the sample · i: import xlsx/CSV (template: secretary sheet template rubric.xlsx rubric) · n new · e edit · d delete"},
		"evidence.rubric_file":       {"指标表文件：", "Rubric file:"},
		"evidence.rubrics_saved":     {"已保存（u 撤销）", "Saved (u undoes)"},
		"evidence.delete_rubric":     {"删除评估指标 %[1]s「%[2]s」及其 %[3]d 项指标？", "Delete the rubric %[1]s “%[2]s” and its %[3]d indicator(s)?"},

		"form.new.indicator":       {"新建评估指标", "New indicator"},
		"form.new.document":        {"新建制度文件", "New document"},
		"form.new.rubric":          {"新建评估指标体系", "New rubric"},
		"form.self_score":          {"自评：%[1]s（%[2]s 分）", "Self-assessment: %[1]s (%[2]s points)"},
		"form.score_hint":          {"不超过 %s 分，可有一位小数；留空表示未自评。", "At most %s points, one decimal allowed; empty means not scored."},
		"form.points_hint":         {"如 8 或 2.5", "such as 8 or 2.5"},
		"form.indicator_top":       {"（一级指标）", "(first level)"},
		"form.indicator_code_hint": {"如 A1、A1.B2；同一套指标中不能重复。", "Such as A1, A1.B2; unique in the rubric."},
		"form.review_hint":         {"到期前 30 天起提醒复审。", "A reminder starts 30 days before."},
		"form.evidence_file":       {"文件：%[1]s（%[2]s），不会改动", "File: %[1]s (%[2]s), never changed"},

		"key.a": {"a", "a"}, "key.l": {"l", "l"}, "key.v": {"v", "v"}, "key.m": {"m", "m"},
		"key.R": {"R", "R"}, "key.z": {"z", "z"}, "key.space": {"空格", "space"},
		"help.evidence.attach":    {"添加佐证", "add evidence"},
		"help.evidence.link":      {"对应指标", "link to indicators"},
		"help.evidence.score":     {"自评打分", "self-score"},
		"help.evidence.printouts": {"自评报告/目录", "printouts"},
		"help.evidence.items":     {"材料列表", "items"},
		"help.evidence.rubrics":   {"评估指标", "rubrics"},
		"help.evidence.sample":    {"导入示例", "load the sample"},
		"help.evidence.toggle":    {"选择", "tick"},
		"help.evidence.other":     {"切换", "switch"},
		"help.evidence.pack":      {"材料包", "pack"},
	}
}
func evidencePrintTexts() map[Key]Text {
	return map[Key]Text{
		"evidence.print.no_rubric":        {"台账中还没有评估指标：请先导入（secretary rubric import 文件，或 --sample 导入示例）。", "The ledger has no rubric yet: import one first (secretary rubric import FILE, or --sample for the sample)."},
		"evidence.print.file.selfcheck":   {"自评报告", "self-assessment"},
		"evidence.print.file.catalogue":   {"档案盒目录", "binder-catalogue"},
		"evidence.print.selfcheck.title":  {"自评报告", "Self-assessment report"},
		"evidence.print.catalogue.title":  {"档案盒目录", "Binder catalogue"},
		"evidence.print.rubric":           {"评估指标", "Rubric"},
		"evidence.print.selfcheck.legend": {"! 表示该项尚无佐证材料，或材料文件缺失、被改动。分值、自评分单位为分。", "! marks an indicator with no evidence yet, or whose file is missing or changed. Points and scores are in points."},
		"evidence.print.sample_note":      {"本评估指标为程序自带示例，请替换为本地标准。", "This rubric is the program's sample: replace it with your local standard."},
		"evidence.print.catalogue.legend": {"共 %d 份材料。编号为“指标编码-序号”；同一份材料对应多项指标时只放一份，其余写“同 …”。", "%d item(s). Numbers are the indicator's code and a running number; an item filed for several indicators is kept once, the others say “same as …”."},
		"evidence.print.points":           {"分值", "Points"},
		"evidence.print.score":            {"自评分", "Self-score"},
		"evidence.print.items":            {"佐证材料", "Evidence items"},
		"evidence.print.missing":          {"缺材料指标", "Without evidence"},
		"evidence.print.col.indicator":    {"指标", "Indicator"},
		"evidence.print.col.points":       {"分值", "Points"},
		"evidence.print.col.score":        {"自评分", "Score"},
		"evidence.print.col.note":         {"自评说明", "Note"},
		"evidence.print.col.evidence":     {"佐证材料", "Evidence"},
		"evidence.print.col.area":         {"一级指标", "Area"},
		"evidence.print.col.evidenced":    {"有佐证", "Evidenced"},
		"evidence.print.col.no":           {"编号", "No."},
		"evidence.print.col.title":        {"材料名称", "Item"},
		"evidence.print.col.date":         {"日期", "Date"},
		"evidence.print.col.where":        {"存放位置", "Where it is"},
		"evidence.print.col.field":        {"项目", "Field"},
		"evidence.print.col.value":        {"内容", "Value"},
		"evidence.print.total.title":      {"总分", "Totals"},
		"evidence.print.total.max":        {"满分", "Maximum"},
		"evidence.print.total.score":      {"自评总分", "Self-assessed total"},
		"evidence.print.total.scored":     {"已自评指标", "Indicators scored"},
		"evidence.print.total.evidenced":  {"有佐证指标", "Indicators evidenced"},
		"evidence.print.total.row":        {"合计", "Total"},
		"evidence.print.selfcheck.sign":   {"自评单位（盖章）：＿＿＿＿＿＿＿＿　　负责人（签字）：＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日", "School (seal): ________________    Head (signature): ____________    Date: ____________"},
		"evidence.print.none":             {"暂无材料", "nothing filed yet"},
		"evidence.print.where.file":       {"文件 %s", "file %s"},
		"evidence.print.where.file_about": {"文件 %[1]s，关于 %[2]s", "file %[1]s, about %[2]s"},
		"evidence.print.where.record":     {"台账记录 %s", "ledger record %s"},
		"evidence.print.where.same":       {"同 %s", "same as %s"},
		"evidence.print.record.kind":      {"类别", "Kind"},
		"evidence.print.record.legend":    {"台账记录打印件，供档案盒备查。", "A printout of a ledger record, for the binder."},
		"evidence.print.record.fields":    {"记录内容", "The record"},
		"evidence.print.record.filed":     {"档案盒编号", "Filed as"},
	}
}
