package sheet_test

import (
	"strings"
	"testing"

	"secretary/model"
	"secretary/model/demo"
	"secretary/model/sheet"
	"secretary/store/storetest"
)

// TestObligationsComeInFromASheet: a group's own list of required work,
// kept in a spreadsheet, comes in with its frequencies and rules in
// either language; a task names the obligation it meets.
func TestObligationsComeInFromASheet(t *testing.T) {
	t.Parallel()
	s, l := storetest.Demo(t, demo.BaseSize)
	next := model.ID(len(l.Obligations))
	imp, _ := prepare(t, s, "规定动作.csv", csvLines(
		"规定动作,频次,最低要求,累计数量,计入的记录,文件依据,启用",
		"心理委员培训,每学期,1,,活动：教师培训、团体辅导,区教育局通知,是",
		"Teacher supervision,Yearly 03-01 to 03-31,2,,activity: any,,no",
		"心理课课时（高中）,semester,8,课时,心理课,,",
	), sheet.Options{})
	if !imp.OK() {
		t.Fatalf("problems:\n%s", problemLines(imp.Problems, model.LangZh))
	}
	news := imp.Tab(model.EntityObligation).New
	if len(news) != 3 {
		t.Fatalf("%d new obligations", len(news))
	}
	o := news[0].(*model.Obligation)
	if o.ID != next+1 || o.Freq.Kind != model.FreqSemester || o.Min != 1 || len(o.Meets) != 2 || o.Meets[1].Kind != uint8(model.ActGroupCounselling) || !o.Active() {
		t.Errorf("first: %+v", o)
	}
	o = news[1].(*model.Obligation)
	if o.Freq != (model.Frequency{Kind: model.FreqRange, From: 301, To: 331}) || o.Min != 2 || o.Active() || o.Meets[0] != (model.MeetRule{Entity: model.EntityActivity}) {
		t.Errorf("second: %+v", o)
	}
	if o := news[2].(*model.Obligation); o.Sum != model.MeasureHours || o.Min != 8 {
		t.Errorf("third: %+v", o)
	}
	commit(t, s, imp)
}

// TestBadObligationRowsAreRefusedNamingTheField: a minimum of 0, a range
// that ends before it starts, a frequency that is none and a rule that
// names no kind are each reported at their cell.
func TestBadObligationRowsAreRefusedNamingTheField(t *testing.T) {
	t.Parallel()
	s, _ := storetest.Demo(t, demo.BaseSize)
	imp, _ := prepare(t, s, "规定动作.csv", csvLines(
		"规定动作,频次,最低要求,计入的记录",
		"最低为零,每月,0,活动：任意",
		"倒着的时段,05-31..05-01,1,活动：任意",
		"看不懂的频次,有空就做,1,活动：任意",
		"没有的类型,每学期,1,活动：跳舞",
	), sheet.Options{})
	if imp.OK() {
		t.Fatal("bad rows were accepted")
	}
	got := strings.Join(problems(imp.Problems, model.LangZh), "\n")
	for _, want := range []string{"第 2 行", "最低要求", "不能小于 1", "第 3 行", "结束日 05-01 早于开始日 05-31", "第 4 行", "无法识别频次“有空就做”", "第 5 行", "无法识别“跳舞”"} {
		if !strings.Contains(got, want) {
			t.Errorf("problems lack %q:\n%s", want, got)
		}
	}
}
