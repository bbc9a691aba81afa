package sheet_test

import (
	"strings"
	"testing"

	"secretary/model"
	"secretary/model/demo"
	"secretary/model/sheet"
	"secretary/store/storetest"
)

// The rows of an assessment are its indicators: a row without a code
// continues the assessment above when its own columns are empty or the
// same (a block copied down), and starts a new one otherwise.
func TestAssessmentRowsAreGroupedIntoAssessments(t *testing.T) {
	t.Parallel()
	s, l := storetest.Demo(t, demo.BaseSize)
	data := csvLines(
		"编号,评估类型,评估对象,日期,评估人,总体评定,发现的问题,指标序号,考核指标,指标要求,得分",
		`,定期检查,P-2,2026-11-10,督查组,良好,"1. 宣传栏更新不及时`+"\n"+`2、个别班级未开班会",2,指标乙,要求乙,`,
		",,,,,,,1,指标甲,要求甲,90",
		`,定期检查,P-2,2026-11-10,督查组,良好,"1. 宣传栏更新不及时`+"\n"+`2、个别班级未开班会",3,指标丙,,80.5`,
		",专项督导,危机干预,2026-11-12,区督导组,,缺少转介协议,,指标一,,70",
	)
	imp, _ := prepare(t, s, "assessments.csv", data, sheet.Options{})
	if !imp.OK() {
		t.Fatalf("problems:\n%s", problemLines(imp.Problems, model.LangZh))
	}
	added := imp.Tab(model.EntityAssessment).New
	if len(added) != 2 {
		t.Fatalf("%d assessments, want 2", len(added))
	}
	a := added[0].(*model.Assessment)
	var names []string
	for _, in := range a.Indicators {
		names = append(names, in.Name)
	}
	if strings.Join(names, ",") != "指标甲,指标乙,指标丙" || a.Indicators[1].Scored || a.Indicators[2].Score != 80.5 {
		t.Errorf("indicators %+v", a.Indicators)
	}
	if a.Target != (model.Target{Kind: model.TargetPlan, ID: 2}) || len(a.Findings) != 2 || a.Findings[1] != (model.Finding{No: 2, Text: "个别班级未开班会"}) {
		t.Errorf("assessment %+v", a)
	}
	b := added[1].(*model.Assessment)
	if b.Target != (model.Target{Kind: model.TargetArea, Area: model.AreaCrisis}) || b.Findings[0] != (model.Finding{No: 1, Text: "缺少转介协议"}) || b.GetID() != model.ID(len(l.Assessments)+2) {
		t.Errorf("second assessment %+v", b)
	}
}

func TestAssessmentRowsMustAgree(t *testing.T) {
	t.Parallel()
	s, _ := storetest.Demo(t, demo.BaseSize)
	data := csvLines(
		"编号,评估类型,评估对象,日期,评估人,考核指标,得分",
		"E-1,定期检查,P-2,2026-10-11,领导小组督查组,工作计划制定,95",
		"E-1,定期检查,P-2,2026-10-11,李红梅,心理筛查,101",
	)
	imp, _ := prepare(t, s, "assessments.csv", data, sheet.Options{})
	want := []string{
		"「assessments.csv」第 3 行，评估人“李红梅”：与同一评估第 2 行的“领导小组督查组”不一致",
		"「assessments.csv」第 3 行，得分“101”：应在 0 到 100 之间",
	}
	if got := problems(imp.Problems, model.LangZh); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s", strings.Join(got, "\n"))
	}
}

// Rectifications point at an assessment's findings by number: a missing
// number is refused, and so is dropping a finding still being rectified.
func TestFindingsAndTheirRectifications(t *testing.T) {
	t.Parallel()
	s, l := storetest.Demo(t, demo.BaseSize)
	e1 := l.Assessment(1)
	data := csvLines(
		"编号,所属评估,问题序号,整改措施,整改责任人,整改期限,状态",
		"R-1,E-1,9,各班补选心理委员并完成培训,郑凯,2026-11-12,整改中",
	)
	imp, _ := prepare(t, s, "rect.csv", data, sheet.Options{})
	if got := problems(imp.Problems, model.LangEn); len(got) != 1 || got[0] != "“rect.csv” row 2, 问题序号 “9”: E-1 has no finding 9" {
		t.Errorf("problems %q", got)
	}
	data = csvLines(
		"编号,评估类型,评估对象,日期,评估人,发现的问题,考核指标",
		"E-1,定期检查,P-2,"+e1.Date.String()+",领导小组督查组,1. 部分班级心理委员未到位,工作计划制定",
	)
	imp, _ = prepare(t, s, "assess.csv", data, sheet.Options{})
	got := problems(imp.Problems, model.LangEn)
	if len(got) != 1 || !strings.HasPrefix(got[0], "“assess.csv” row 2, 发现的问题 “1. 部分班级心理委员未到位”: drops finding 2, which R-2 still address") {
		t.Errorf("problems %q", got)
	}
}
