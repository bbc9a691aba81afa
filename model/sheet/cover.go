package sheet

import (
	"fmt"

	"secretary/model"
)

// Texts of the cover sheet: workbook content, so they live with the
// layout, in both languages. Read-only.
var (
	coverTitle     = lbl("title", "心理健康教育工作台账", "Mental health education work ledger")
	coverTemplate  = lbl("template", "心理健康教育工作台账（导入模板）", "Mental health education work ledger (import template)")
	coverSchool    = lbl("school", "学校", "School")
	coverSecretary = lbl("secretary", "秘书", "Secretary")
	coverExported  = lbl("exported", "导出时间", "Exported")
	coverAsOf      = lbl("as_of", "逾期统计日期", "Overdue as of")
	coverSheet     = lbl("sheet", "工作表", "Sheet")
	coverRecords   = lbl("records", "记录数", "Records")
	coverOverdue   = lbl("overdue", "其中逾期", "Of these overdue")
	coverProgram   = lbl("program", "程序", "Program")
	coverHowTitle  = lbl("how", "说明", "How to use")
	coverHowExport = []model.Label{
		lbl("1", "每个工作表是台账的一类记录；“编号”（如 T-41）是记录在台账中的代号。", "Each sheet holds one kind of record; the Code (such as T-41) is the record's number in the ledger."),
		lbl("2", "修改后可以用 secretary sheet import 导入：有编号的行更新对应记录，编号为空的行作为新记录添加。", "After editing, import with secretary sheet import: rows with a code update that record, rows without one are added."),
		lbl("3", "表头为灰色斜体的列（完成率、逾期等）由程序计算，导入时忽略。", "Columns with grey italic headers (done %, overdue …) are computed by the program and ignored on import."),
		lbl("4", "评估表每个考核指标占一行，同一评估的各行编号相同。", "On the assessments sheet each indicator takes a row; the rows of one assessment share its code."),
	}
	coverHowTemplate = []model.Label{
		lbl("1", "在各工作表中每行填写一条记录，编号留空，导入时由程序编号。", "Fill in one record per row on each sheet; leave the Code empty and the program numbers the records."),
		lbl("2", "日期写成 2026-12-01 或 2026/12/1；状态、类型、工作范围和责任人可从下拉列表中选择。", "Write dates as 2026-12-01 or 2026/12/1; pick statuses, kinds, work areas and owners from the drop-down lists."),
		lbl("3", "责任人按姓名填写；台账里还没有的人，先在“责任人”表中添加，或导入时加 --create-owners。", "Name owners by name; add people the ledger does not have yet on the Owners sheet, or import with --create-owners."),
		lbl("4", "评估表每个考核指标占一行：同一评估的后续行只填指标列即可。", "On the assessments sheet each indicator takes a row: further rows of the same assessment need only the indicator columns."),
		lbl("5", "填好后运行：secretary sheet import 文件名.xlsx（加 --dry-run 只检查不导入）。", "Then run: secretary sheet import FILE.xlsx (add --dry-run to check without importing)."),
	}
)

// writeCover fills the first sheet: whose ledger, when it was exported,
// how many records each sheet holds, and how to use the workbook.
func (b *book) writeCover(name string) error {
	f, lang, l := b.f, b.lang, b.x.l
	row := 1
	var err error
	set := func(col string, v any, style int) {
		if err != nil {
			return
		}
		cell := fmt.Sprintf("%s%d", col, row)
		if err = f.SetCellValue(name, cell, v); err == nil && style != 0 {
			err = f.SetCellStyle(name, cell, cell, style)
		}
	}
	title := coverTitle
	if b.template {
		title = coverTemplate
	}
	set("A", title.In(lang), b.st.title)
	row++
	if l.Settings.GroupName != "" {
		set("A", l.Settings.GroupName, b.st.subtitle)
		row++
	}
	row++
	pair := func(k model.Label, v string) {
		if v == "" {
			return
		}
		set("A", k.In(lang), b.st.label)
		set("B", v, 0)
		row++
	}
	pair(coverSchool, l.Settings.School)
	pair(coverSecretary, l.Settings.Secretary)
	if !b.template {
		pair(coverExported, b.opts.Now.Format("2006-01-02 15:04"))
		pair(coverAsOf, b.opts.today().String())
		row++
		set("A", coverSheet.In(lang), b.st.header)
		set("B", coverRecords.In(lang), b.st.header)
		set("C", coverOverdue.In(lang), b.st.header)
		row++
		counts := l.Counts()
		overdue := b.overdueCounts()
		for _, e := range Tabs() {
			set("A", tabLabels[e].In(lang), b.st.label)
			set("B", counts.Of(e), b.st.body[KindInt])
			if n, ok := overdue[e]; ok {
				set("C", n, b.st.body[KindInt])
			}
			row++
		}
	}
	row++
	set("A", coverHowTitle.In(lang), b.st.label)
	how := coverHowExport
	if b.template {
		how = coverHowTemplate
	}
	for _, h := range how {
		set("B", h.In(lang), 0)
		row++
	}
	if b.opts.Version != "" {
		row++
		pair(coverProgram, "secretary "+b.opts.Version)
	}
	if err == nil {
		err = f.SetColWidth(name, "A", "A", 18)
	}
	if err == nil {
		err = f.SetColWidth(name, "B", "C", 16)
	}
	if err != nil {
		return fmt.Errorf("cover sheet: %w", err)
	}
	return nil
}

func (b *book) overdueCounts() map[model.Entity]int {
	l, today := b.x.l, b.x.today
	out := map[model.Entity]int{model.EntityTask: 0, model.EntityRectification: 0}
	for i := range l.Tasks {
		if l.Tasks[i].Overdue(today) {
			out[model.EntityTask]++
		}
	}
	for i := range l.Rectifications {
		if l.Rectifications[i].Overdue(today) {
			out[model.EntityRectification]++
		}
	}
	return out
}
