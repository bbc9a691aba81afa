package sheet

import (
	"archive/zip"
	"compress/flate"
	"fmt"
	"io"
	"slices"

	"github.com/xuri/excelize/v2"

	"secretary/internal/pinyin"
	"secretary/internal/width"
	"secretary/model"
)

// WriteXLSX writes the whole ledger as a workbook Excel, WPS and
// LibreOffice open as a normal Chinese ledger: a cover sheet, then one
// sheet per tab with real dates and numbers, a frozen header row, filters,
// widths that fit Chinese text, overdue rows marked in a column (and
// tinted), and drop-down lists for the columns with fixed choices.
func WriteXLSX(w io.Writer, l *model.Ledger, opts ExportOptions) error {
	return writeBook(w, l, opts, false)
}

// WriteTemplate writes the same workbook without records: headers, drop-
// down lists (statuses, kinds, work areas and the ledger's people) and a
// cover that explains how to fill it in.
func WriteTemplate(w io.Writer, l *model.Ledger, opts ExportOptions) error {
	return writeBook(w, l, opts, true)
}

// Messages a spreadsheet shows when a typed value is not on a list.
var (
	listChoose       = model.Label{Code: "choose", Key: "sheet.list.choose"}
	listOwnerWarning = model.Label{Code: "new_owner", Key: "sheet.list.new_owner"}
)

// templateRows is how many rows of an empty template get drop-down lists.
const templateRows = 1000

// widthSample is how many rows column widths are measured on: enough to
// see every kind of value, few enough to keep a large export fast.
const widthSample = 2000

type book struct {
	f        *excelize.File
	x        *exporter
	lang     model.Lang
	opts     ExportOptions
	template bool
	st       styles
	lists    map[listKind]string // list → its range on the lists sheet
}

func writeBook(w io.Writer, l *model.Ledger, opts ExportOptions, template bool) (err error) {
	b := &book{f: excelize.NewFile(), lang: opts.lang(), opts: opts, template: template}
	b.f.ZipWriter = fastZip
	defer func() {
		if cerr := b.f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("close workbook: %w", cerr)
		}
	}()
	b.x = newExporter(l, b.lang, opts.today()).withDerived()
	b.x.includeInternal = opts.IncludeInternal
	if b.st, err = newStyles(b.f); err != nil {
		return fmt.Errorf("workbook styles: %w", err)
	}
	cover := coverLabel.In(b.lang)
	if err := b.f.SetSheetName(b.f.GetSheetName(0), cover); err != nil {
		return fmt.Errorf("cover sheet: %w", err)
	}
	for _, e := range Tabs() {
		if _, err := b.f.NewSheet(TabLabel(e).In(b.lang)); err != nil {
			return fmt.Errorf("sheet %s: %w", TabLabel(e).Code, err)
		}
	}
	// The cover opens first. Set before the streamed sheets exist: later,
	// excelize would parse every streamed sheet back to set it.
	b.f.SetActiveSheet(0)
	if err := b.writeLists(); err != nil {
		return err
	}
	if err := b.writeCover(cover); err != nil {
		return err
	}
	for _, e := range Tabs() {
		if err := b.writeTab(e); err != nil {
			return err
		}
	}
	if _, err := b.f.WriteTo(w); err != nil {
		return fmt.Errorf("write workbook: %w", err)
	}
	return nil
}

// fastZip compresses with flate's best speed: a third of the export's time
// went into compressing at the default level, for a few percent of size.
func fastZip(w io.Writer) excelize.ZipWriter {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(out, flate.BestSpeed)
	})
	return zw
}

// writeTab streams one tab's rows: the stream writer keeps a 10,000-row
// export fast and small in memory.
func (b *book) writeTab(e model.Entity) error {
	name := TabLabel(e).In(b.lang)
	cols := columnsOf(e)
	var rows [][]Cell
	var overdue []bool
	if !b.template {
		exportRows(b.x, e, func(cells []Cell, od bool) {
			rows = append(rows, cells)
			overdue = append(overdue, od)
		})
	}
	// Printed, a tab fits the width of a landscape A4 page and repeats its
	// header row on every page. The fit flag is written when the stream
	// starts, the rest at its end.
	fit := true
	if err := b.f.SetSheetProps(name, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return fmt.Errorf("sheet %s: %w", name, err)
	}
	sw, err := b.f.NewStreamWriter(name)
	if err != nil {
		return fmt.Errorf("sheet %s: %w", name, err)
	}
	if err := b.printSetup(name); err != nil {
		return err
	}
	heads := headers(e, b.lang)
	// excelize puts each width before the ones already set, and Excel
	// wants the columns in ascending order: so set them right to left.
	for j := len(cols) - 1; j >= 0; j-- {
		c := cols[j]
		widest := 0
		for _, row := range rows[:min(len(rows), widthSample)] {
			if c.kind == KindText {
				widest = max(widest, width.Lines(row[j].Text))
			} else {
				widest = max(widest, len(row[j].String()))
			}
		}
		if err := sw.SetColWidth(j+1, j+1, colWidth(c, heads[j], widest)); err != nil {
			return fmt.Errorf("sheet %s: %w", name, err)
		}
	}
	// Freeze the header row and the code column.
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, XSplit: 1, YSplit: 1, TopLeftCell: "B2", ActivePane: "bottomRight"}); err != nil {
		return fmt.Errorf("sheet %s: %w", name, err)
	}
	head := make([]any, len(cols))
	for j, c := range cols {
		style := b.st.header
		if c.derived {
			style = b.st.derivedHeader
		}
		head[j] = excelize.Cell{StyleID: style, Value: heads[j]}
	}
	if err := sw.SetRow("A1", head, excelize.RowOpts{Height: 30}); err != nil {
		return fmt.Errorf("sheet %s: %w", name, err)
	}
	vals := make([]any, len(cols))
	for i, row := range rows {
		for j, c := range row {
			vals[j] = b.cellValue(cols[j], c, overdue[i])
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := sw.SetRow(cell, vals); err != nil {
			return fmt.Errorf("sheet %s: %w", name, err)
		}
	}
	last, _ := excelize.CoordinatesToCellName(len(cols), max(len(rows)+1, 2))
	// The stream writer writes its sheet's filter and lists at Flush, so
	// they are set first.
	if err := b.f.AutoFilter(name, "A1:"+last, nil); err != nil {
		return fmt.Errorf("sheet %s: %w", name, err)
	}
	if err := b.addLists(name, cols, len(rows)); err != nil {
		return err
	}
	if err := sw.Flush(); err != nil {
		return fmt.Errorf("sheet %s: %w", name, err)
	}
	return nil
}

func (b *book) printSetup(name string) error {
	a4, landscape, wide, tall := 9, "landscape", 1, 0
	if err := b.f.SetPageLayout(name, &excelize.PageLayoutOptions{Size: &a4, Orientation: &landscape, FitToWidth: &wide, FitToHeight: &tall}); err != nil {
		return fmt.Errorf("sheet %s: %w", name, err)
	}
	if err := b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: "'" + name + "'!$1:$1", Scope: name}); err != nil {
		return fmt.Errorf("sheet %s: %w", name, err)
	}
	return nil
}

// cellValue is a cell as excelize writes it: text as a string, numbers as
// numbers, dates as serial numbers with a date format.
func (b *book) cellValue(c colInfo, v Cell, overdue bool) any {
	st := b.st.body[c.kind]
	if c.wrap {
		st = b.st.wrap
	}
	if overdue {
		st = b.st.overdue[c.kind]
		if c.wrap {
			st = b.st.overdueWrap
		}
	}
	if v.Empty {
		return excelize.Cell{StyleID: st}
	}
	switch v.Kind {
	case KindInt, KindMoney, KindFloat, KindAverage:
		return excelize.Cell{StyleID: st, Value: v.Num}
	case KindDate:
		return excelize.Cell{StyleID: st, Value: excelSerialOf(v.Date)}
	}
	return excelize.Cell{StyleID: st, Value: v.Text}
}

// excelSerialOf is the date as Excel counts days (from 1899-12-30).
func excelSerialOf(d model.Date) int {
	return int(d - model.NewDate(1899, 12, 30))
}

// addLists gives the columns with fixed choices a drop-down list. Status
// and kinds refuse other values; owner columns only warn, since an import
// can add people (--create-owners).
func (b *book) addLists(sheet string, cols []colInfo, rows int) error {
	last := max(rows+1, templateRows)
	if !b.template {
		last = rows + 1 + 200 // room for rows the user adds
	}
	for j, c := range cols {
		ref, ok := b.lists[c.list]
		if !ok {
			continue
		}
		from, _ := excelize.CoordinatesToCellName(j+1, 2)
		to, _ := excelize.CoordinatesToCellName(j+1, last)
		dv := excelize.NewDataValidation(true)
		dv.Sqref = from + ":" + to
		dv.SetSqrefDropList(ref)
		if c.list == listOwner {
			dv.SetError(excelize.DataValidationErrorStyleWarning, "", listOwnerWarning.In(b.lang))
		} else {
			dv.SetError(excelize.DataValidationErrorStyleStop, "", listChoose.In(b.lang))
		}
		if err := b.f.AddDataValidation(sheet, dv); err != nil {
			return fmt.Errorf("sheet %s: %w", sheet, err)
		}
	}
	return nil
}

// writeLists fills the hidden lists sheet the drop-downs read from. A
// list on a sheet has no length limit, unlike one written into the
// validation itself (255 characters: too few for a staff list).
func (b *book) writeLists() error {
	name := listsLabel.In(b.lang)
	if _, err := b.f.NewSheet(name); err != nil {
		return fmt.Errorf("lists sheet: %w", err)
	}
	b.lists = map[listKind]string{}
	var owners []string
	for _, id := range sortedIDs(b.x.owners) {
		owners = append(owners, b.x.owners[id])
	}
	slices.SortStableFunc(owners, pinyin.CompareNames)
	lists := []struct {
		kind  listKind
		head  model.Label
		items []string
	}{
		{listPlanKind, model.Label{Code: "plan_kind", Key: "sheet.list.plan_kind"}, labelsIn[model.PlanKind](b.lang)},
		{listPlanStatus, model.Label{Code: "plan_status", Key: "sheet.list.plan_status"}, labelsIn[model.PlanStatus](b.lang)},
		{listArea, model.Label{Code: "area", Key: "sheet.list.area"}, labelsIn[model.WorkArea](b.lang)},
		{listTaskStatus, model.Label{Code: "task_status", Key: "sheet.list.task_status"}, labelsIn[model.TaskStatus](b.lang)},
		{listActivityKind, model.Label{Code: "activity_kind", Key: "sheet.list.activity_kind"}, labelsIn[model.ActivityKind](b.lang)},
		{listActivityStatus, model.Label{Code: "activity_status", Key: "sheet.list.activity_status"}, labelsIn[model.ActivityStatus](b.lang)},
		{listAssessmentKind, model.Label{Code: "assessment_kind", Key: "sheet.list.assessment_kind"}, labelsIn[model.AssessmentKind](b.lang)},
		{listRating, model.Label{Code: "rating", Key: "sheet.list.rating"}, labelsIn[model.Rating](b.lang)},
		{listRectStatus, model.Label{Code: "rect_status", Key: "sheet.list.rect_status"}, labelsIn[model.RectStatus](b.lang)},
		{listOwner, model.Label{Code: "owners", Key: "sheet.list.owners"}, owners},
		{listMeetingKind, model.Label{Code: "meeting_kind", Key: "sheet.list.meeting_kind"}, labelsIn[model.MeetingKind](b.lang)},
		{listMeetingStatus, model.Label{Code: "meeting_status", Key: "sheet.list.meeting_status"}, labelsIn[model.MeetingStatus](b.lang)},
		{listGroupRole, model.Label{Code: "group_role", Key: "sheet.list.group_role"}, labelsIn[model.GroupRole](b.lang)},
	}
	for j, list := range lists {
		col, _ := excelize.ColumnNumberToName(j + 1)
		if err := b.f.SetCellValue(name, col+"1", list.head.In(b.lang)); err != nil {
			return fmt.Errorf("lists sheet: %w", err)
		}
		for i, item := range list.items {
			if err := b.f.SetCellValue(name, fmt.Sprintf("%s%d", col, i+2), item); err != nil {
				return fmt.Errorf("lists sheet: %w", err)
			}
		}
		if len(list.items) > 0 {
			b.lists[list.kind] = fmt.Sprintf("'%s'!$%s$2:$%s$%d", name, col, col, len(list.items)+1)
		}
	}
	if err := b.f.SetSheetVisible(name, false); err != nil {
		return fmt.Errorf("lists sheet: %w", err)
	}
	return nil
}

func labelsIn[E model.Enum](lang model.Lang) []string {
	vals := model.Values[E]()
	out := make([]string, len(vals))
	for i, v := range vals {
		out[i] = model.LabelOf(v).In(lang)
	}
	return out
}
