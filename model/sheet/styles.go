package sheet

import "github.com/xuri/excelize/v2"

// styles are the workbook's cell styles.
type styles struct {
	header, derivedHeader  int
	title, subtitle, label int
	body                   map[Kind]int
	wrap                   int
	overdue                map[Kind]int
	overdueWrap            int
}

const (
	dateFormat  = "yyyy-mm-dd"
	moneyFormat = "#,##0.00"
	intFormat   = "0"
	floatFormat = "0.##"
	// averageFormat shows an average with model.ScoreDecimals decimals.
	averageFormat = "0.0"
	overdueFill   = "FCE4E4"
)

func newStyles(f *excelize.File) (styles, error) {
	st := styles{body: map[Kind]int{}, overdue: map[Kind]int{}}
	border := []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}}
	var err error
	add := func(s *excelize.Style) int {
		if err != nil {
			return 0
		}
		var id int
		id, err = f.NewStyle(s)
		return id
	}
	top := &excelize.Alignment{Vertical: "top"}
	wrapTop := &excelize.Alignment{Vertical: "top", WrapText: true}
	st.header = add(&excelize.Style{Font: &excelize.Font{Bold: true}, Border: border,
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
		Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}})
	// Computed columns (progress, overdue) look different: the import
	// ignores them.
	st.derivedHeader = add(&excelize.Style{Font: &excelize.Font{Bold: true, Italic: true, Color: "595959"}, Border: border,
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"EDEDED"}},
		Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}})
	st.title = add(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 16}})
	st.subtitle = add(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 12}})
	st.label = add(&excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: top})
	// In a fixed order: ranging over a map numbered the styles
	// differently on each export, so two exports of one ledger differed.
	formats := []struct {
		kind   Kind
		format string
	}{{KindText, ""}, {KindInt, intFormat}, {KindMoney, moneyFormat}, {KindFloat, floatFormat}, {KindDate, dateFormat}, {KindAverage, averageFormat}}
	for _, f := range formats {
		k, nf := f.kind, f.format
		var custom *string
		if nf != "" {
			custom = &nf
		}
		st.body[k] = add(&excelize.Style{CustomNumFmt: custom, Alignment: top})
		st.overdue[k] = add(&excelize.Style{CustomNumFmt: custom, Alignment: top,
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{overdueFill}}})
	}
	st.wrap = add(&excelize.Style{Alignment: wrapTop})
	st.overdueWrap = add(&excelize.Style{Alignment: wrapTop,
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{overdueFill}}})
	return st, err
}
