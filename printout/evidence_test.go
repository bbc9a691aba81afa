package printout_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"secretary/internal/testenv"
	"secretary/model"
	"secretary/model/demo"
	"secretary/model/summary"
	"secretary/printout"
	"secretary/store/storetest"
)

// TestInspectionPrintoutsInChromium prints the self-assessment report and
// the binder catalogue with the real browser (one in each language: the
// goldens hold both in both), and
// reads them back with poppler: A4, the headings, the numbered entries,
// the totals and the signature line are there.
func TestInspectionPrintoutsInChromium(t *testing.T) {
	t.Parallel()
	e := chromiumEnv(t, t.TempDir())
	for _, tool := range []string{"pdftotext", "pdfinfo", "pdftoppm"} {
		testenv.RequireTool(t, "reading the PDF back", tool)
	}
	l := demo.Build(storetest.Today(), demo.BaseSize)
	sc, err := summary.BuildSelfCheck(l, 0, nil, storetest.Today())
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, c := range []struct {
		lang model.Lang
		doc  summary.Document
		want []string
	}{
		{model.LangZh, sc, []string{"自评报告", "阳光实验中学心理健康教育工作领导小组", "一、A1 组织管理", "A1.B1-02", "领导小组成立文件",
			"十、总分", "合计", "100", "39", "负责人（签字）", "暂无材料"}},
		{model.LangEn, sc.BinderCatalogue(), []string{"Binder catalogue", "31 item(s)", "Where it is", "ledger record W-4", "same as A2.B1-01"}},
	} {
		pdf := filepath.Join(dir, c.doc.FileName(summary.FormatPDF, c.lang))
		pdf = strings.TrimSuffix(pdf, ".pdf") + "_" + string(c.lang) + ".pdf"
		if err := printout.WriteFile(context.Background(), e, pdf, c.doc, summary.FormatPDF, summary.Options{Lang: c.lang}); err != nil {
			t.Fatal(err)
		}
		if info := run(t, "pdfinfo", pdf); !strings.Contains(info, "(A4)") {
			t.Errorf("%s is not A4:\n%s", filepath.Base(pdf), info)
		}
		txt := run(t, "pdftotext", "-layout", pdf, "-")
		flat := strings.Join(strings.Fields(txt), " ")
		for _, w := range c.want {
			if !strings.Contains(txt, w) && !strings.Contains(flat, w) {
				t.Errorf("%s lacks %q", filepath.Base(pdf), w)
			}
		}
		screenshot(t, pdf, dir)
	}
}
