package summary_test

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"secretary/model"
	"secretary/model/demo"
	"secretary/model/summary"
	"secretary/store/storetest"
)

// demoSelfCheck is the demo's self-assessment with one evidence file
// missing, as the evidence folder would report it.
func demoSelfCheck(t *testing.T) (*model.Ledger, *summary.SelfCheck) {
	t.Helper()
	l := demo.Build(storetest.Today(), demo.BaseSize)
	files := model.FileStates{}
	for i, f := range demo.EvidenceFiles() {
		files[f.SHA256()] = model.FileOK
		if i == 1 {
			files[f.SHA256()] = model.FileMissing
		}
	}
	sc, err := summary.BuildSelfCheck(l, 0, files, storetest.Today())
	if err != nil {
		t.Fatal(err)
	}
	return l, sc
}

// TestGoldenSelfCheckAndCatalogue pins the self-assessment report and the
// binder catalogue as text at 80 and 120 columns and as Markdown, in
// both languages.
func TestGoldenSelfCheckAndCatalogue(t *testing.T) {
	_, sc := demoSelfCheck(t)
	for _, lang := range []model.Lang{model.LangZh, model.LangEn} {
		for name, doc := range map[string]summary.Document{"selfcheck": sc, "catalogue": sc.BinderCatalogue()} {
			for _, w := range []int{80, 120} {
				var b bytes.Buffer
				if err := doc.Write(&b, summary.FormatText, summary.Options{Lang: lang, Width: w}); err != nil {
					t.Fatal(err)
				}
				golden(t, name+"_"+string(lang)+"_"+strconv.Itoa(w)+".txt.golden", b.Bytes())
			}
			var b bytes.Buffer
			if err := doc.Write(&b, summary.FormatMarkdown, summary.Options{Lang: lang}); err != nil {
				t.Fatal(err)
			}
			golden(t, name+"_"+string(lang)+".md.golden", b.Bytes())
		}
	}
}

// TestSelfCheckSaysWhatIsMissing: the totals add up to the rubric's 100,
// an indicator with nothing filed and one whose file is missing are
// marked, the sample is said to be a sample, and there is a line to sign.
func TestSelfCheckSaysWhatIsMissing(t *testing.T) {
	l, sc := demoSelfCheck(t)
	var b bytes.Buffer
	if err := sc.Write(&b, summary.FormatText, summary.Options{Lang: model.LangZh, Width: 120}); err != nil {
		t.Fatal(err)
	}
	txt := b.String()
	cov := sc.Coverage
	if cov.Max != model.PointsOf(100) {
		t.Fatalf("maximum %s", cov.Max)
	}
	var sum model.Points
	for _, in := range l.Indicators {
		if in.Scored {
			sum += in.Score
		}
	}
	if cov.Score != sum {
		t.Errorf("total %s, the scores add up to %s", cov.Score, sum)
	}
	for _, want := range []string{
		"自评报告", "阳光实验中学", "周敏", "合计          100", "自评总分", cov.Score.String(),
		"!     A3.B2.C2 团体活动室", "暂无材料", "本评估指标为程序自带示例", "负责人（签字）",
		"A1.B1-02 领导小组成立文件（扫描件）（文件 领导小组成立文件.pdf，关于 W-4）",
	} {
		if !strings.Contains(txt, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	// The missing photo marks its indicator.
	if !strings.Contains(txt, "!     A3.B2.C1 个体辅导室") {
		t.Error("the indicator whose file is missing is not marked")
	}
	b.Reset()
	if err := sc.BinderCatalogue().Write(&b, summary.FormatText, summary.Options{Lang: model.LangZh, Width: 120}); err != nil {
		t.Fatal(err)
	}
	cat := b.String()
	for _, want := range []string{"档案盒目录", "A1.B1-02", "A3.B2.C1-01", "同 A2.B1-01", "A3.B2.C2 团体活动室", "! 暂无材料"} {
		if !strings.Contains(cat, want) {
			t.Errorf("the catalogue lacks %q", want)
		}
	}
	// With no rubric there is nothing to report, and the error says how
	// to get one.
	if _, err := summary.BuildSelfCheck(&model.Ledger{}, 0, nil, storetest.Today()); err == nil {
		t.Error("a ledger without a rubric made a report")
	}
}

// TestRecordSheetPrintsAnyKind: a record filed as evidence prints its
// fields through the registry.
func TestRecordSheetPrintsAnyKind(t *testing.T) {
	l := demo.Build(storetest.Today(), demo.BaseSize)
	for _, r := range []model.Record{l.Activity(1), l.Document(2), l.Rectification(2), l.Plan(2)} {
		rs := &summary.RecordSheet{Today: storetest.Today(), Ledger: l, Record: r, Numbers: []string{"A1.B1-01"}}
		var b bytes.Buffer
		if err := rs.Write(&b, summary.FormatHTML, summary.Options{Lang: model.LangZh}); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), model.CodeOf(r)) || !strings.Contains(b.String(), "A1.B1-01") {
			t.Errorf("%s: the printout lacks its code or number", model.CodeOf(r))
		}
	}
}
