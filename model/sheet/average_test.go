package sheet_test

import (
	"bytes"
	"encoding/csv"
	"slices"
	"testing"

	"secretary/model"
)

// An assessment's average reads with one decimal in the workbook and the
// CSV, as on screen and in the printouts: 74 is "74.0", never "74" beside
// a "90.7".
func TestAverageScoreHasOneDecimalInEveryExport(t *testing.T) {
	t.Parallel()
	l := &model.Ledger{Assessments: []model.Assessment{
		{ID: 1, Kind: model.Values[model.AssessmentKind]()[0], Date: model.NewDate(2026, 11, 2), Assessor: "德育处",
			Indicators: []model.Indicator{{Name: "组织", Score: 70, Scored: true}, {Name: "制度", Score: 78, Scored: true}}},
		{ID: 2, Kind: model.Values[model.AssessmentKind]()[0], Date: model.NewDate(2026, 11, 3), Assessor: "教务处 📘",
			Indicators: []model.Indicator{{Name: "课程", Score: 90, Scored: true}, {Name: "活动", Score: 91.4, Scored: true}}},
	}}
	l.Reindex()
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(exportCSV(t, l, model.EntityAssessment, model.LangZh), []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := -1
	for j, h := range rows[0] {
		if h == "平均分" {
			col = j
		}
	}
	if col < 0 {
		t.Fatalf("no average column in %v", rows[0])
	}
	// One row per indicator; the average stands on its assessment's rows.
	got := map[string]string{}
	for _, r := range rows[1:] {
		if r[col] != "" {
			got[r[0]] = r[col]
		}
	}
	if got["E-1"] != "74.0" || got["E-2"] != "90.7" {
		t.Errorf("CSV averages %v; want E-1 74.0, E-2 90.7", got)
	}

	f := openBook(t, exportXLSX(t, l, model.LangZh))
	cols, err := f.GetCols("评估")
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, c := range cols {
		if len(c) > 2 && c[0] == "平均分" {
			found = true
			if !slices.Contains(c, "74.0") || !slices.Contains(c, "90.7") || slices.Contains(c, "74") {
				t.Errorf("workbook averages %q; want 74.0 and 90.7", c[1:])
			}
		}
	}
	if !found {
		t.Error("no average column in the workbook")
	}
}
