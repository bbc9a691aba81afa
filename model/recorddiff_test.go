package model_test

import (
	"reflect"
	"testing"

	"secretary/model"
	"secretary/model/demo"
)

// fill sets v to a non-zero value of its type, recursively.
func fill(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString("变更 x")
	case reflect.Int, reflect.Int32, reflect.Int64:
		v.SetInt(3)
	case reflect.Uint8, reflect.Uint16, reflect.Uint64:
		v.SetUint(1)
	case reflect.Float64:
		v.SetFloat(88)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 1, 1)
		fill(s.Index(0))
		v.Set(s)
	case reflect.Array:
		fill(v.Index(0))
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			fill(v.Field(i))
		}
	default:
		panic("fill: unhandled kind " + v.Kind().String())
	}
}

// TestEveryFieldOfEveryRecordIsCompared sets each field of each record in
// turn and checks DiffRecords reports it: a field added to a record later
// cannot silently drop out of the handover preview or the history view.
func TestEveryFieldOfEveryRecordIsCompared(t *testing.T) {
	for _, e := range model.Entities() {
		zero := model.NewRecord(e)
		typ := reflect.TypeOf(zero).Elem()
		for i := 0; i < typ.NumField(); i++ {
			f := typ.Field(i)
			if f.Name == "ID" {
				continue
			}
			changed := reflect.New(typ)
			fill(changed.Elem().Field(i))
			got := model.DiffRecords(zero, changed.Interface().(model.Record), model.DiffContext{Lang: model.LangZh})
			if len(got) == 0 {
				t.Errorf("%s.%s: a change is not reported", typ.Name(), f.Name)
			}
		}
		if got := model.DiffRecords(zero, zero, model.DiffContext{}); len(got) != 0 {
			t.Errorf("%s: equal records differ: %v", typ.Name(), got)
		}
	}
}

func TestFieldChangesReadAsPeopleWriteThem(t *testing.T) {
	l := &model.Ledger{Owners: []model.Owner{{ID: 1, Name: "张三"}, {ID: 2, Name: "李四 Li"}}, Plans: []model.Plan{{ID: 1, Title: "2026年度计划"}}}
	before := &model.Task{ID: 7, Title: "组织心理健康讲座 🎤", OwnerID: 1, Due: model.NewDate(2026, 12, 1), Status: model.TaskInProgress, Progress: 40}
	after := *before
	after.OwnerID, after.Due, after.Status, after.Progress, after.PlanID = 2, model.NewDate(2026, 12, 8), model.TaskDone, 100, 1

	got := model.DiffRecords(before, &after, model.DiffContext{Lang: model.LangZh, Before: l, After: l})
	want := []model.FieldChange{
		{Field: "task.plan", Before: "", After: "P-1 2026年度计划"},
		{Field: "task.owner", Before: "张三", After: "李四 Li"},
		{Field: "task.due", Before: "2026-12-01", After: "2026-12-08"},
		{Field: "task.status", Before: "进行中", After: "已完成"},
		{Field: "task.progress", Before: "40%", After: "100%"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("zh diff\n got %v\nwant %v", got, want)
	}
	en := model.DiffRecords(before, &after, model.DiffContext{Lang: model.LangEn, Before: l, After: l})
	if en[3] != (model.FieldChange{Field: "task.status", Before: "In progress", After: "Done"}) {
		t.Fatalf("en status %v", en[3])
	}
}

func TestSameNamedOwnersAreToldApartByCode(t *testing.T) {
	l := &model.Ledger{Owners: []model.Owner{{ID: 3, Name: "王芳"}, {ID: 5, Name: "王芳"}}}
	a := &model.Rectification{ID: 1, OwnerID: 3}
	b := &model.Rectification{ID: 1, OwnerID: 5}
	got := model.DiffRecords(a, b, model.DiffContext{Before: l, After: l})
	if len(got) != 1 || got[0].Before != "王芳 (O-3)" || got[0].After != "王芳 (O-5)" {
		t.Fatalf("got %v", got)
	}
	// Without a ledger, references read as codes.
	got = model.DiffRecords(a, b, model.DiffContext{})
	if got[0].Before != "O-3" || got[0].After != "O-5" {
		t.Fatalf("no ledger: %v", got)
	}
}

func TestListsAndAssessmentsReadWhole(t *testing.T) {
	before := &model.Assessment{ID: 2, Kind: model.AssessRoutine, Target: model.Target{Kind: model.TargetArea, Area: model.AreaCrisis},
		Findings: []model.Finding{{No: 1, Text: "记录不完整"}}}
	after := *before
	after.Findings = append([]model.Finding{}, before.Findings...)
	after.Findings = append(after.Findings, model.Finding{No: 2, Text: "宣传形式单一"})
	after.Indicators = []model.Indicator{{Name: "开课率", Target: "100%", Result: "98%", Score: 95, Scored: true}}
	after.Target = model.Target{Kind: model.TargetArea, Area: model.AreaTraining}
	got := model.DiffRecords(before, &after, model.DiffContext{Lang: model.LangEn})
	want := []model.FieldChange{
		{Field: "assessment.target", Before: "Crisis intervention", After: "Staff training"},
		{Field: "assessment.indicators", Before: "", After: "开课率 [100% | 98% | 95]"},
		{Field: "assessment.findings", Before: "#1 记录不完整", After: "#1 记录不完整; #2 宣传形式单一"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v\nwant %v", got, want)
	}
	act := &model.Activity{ID: 1, Audience: []model.AudienceGroup{model.AudStudents}}
	act2 := &model.Activity{ID: 1, Audience: []model.AudienceGroup{model.AudStudents, model.AudParents}, StageOwners: [4]model.ID{0, 0, 9, 0}}
	got = model.DiffRecords(act, act2, model.DiffContext{Lang: model.LangZh})
	if len(got) != 2 || got[0] != (model.FieldChange{Field: "activity.stage.on_site", Before: "", After: "O-9"}) ||
		got[1] != (model.FieldChange{Field: "activity.audience", Before: "学生", After: "学生、家长"}) {
		t.Fatalf("activity %v", got)
	}
}

func TestDiffLedgersListsAddedChangedRemovedPerTab(t *testing.T) {
	today := model.NewDate(2026, 11, 20)
	old := demo.Build(today, 0)
	cur := demo.Build(today, 0)
	// Changed: a task's due date; removed: the last activity; added: an owner.
	task := &cur.Tasks[2]
	task.Due = task.Due.AddDays(7)
	removed := cur.Activities[len(cur.Activities)-1]
	cur.Activities = cur.Activities[:len(cur.Activities)-1]
	cur.Owners = append(cur.Owners, model.Owner{ID: 999, Name: "新秘书 New", Department: "心理中心"})
	cur.Settings.Secretary = "李老师"
	cur.Reindex()

	d := model.DiffLedgers(old, cur, model.LangZh)
	if d.Empty() {
		t.Fatal("diff is empty")
	}
	if got := d.Tally(model.EntityTask); got != (model.Tally{Changed: 1}) {
		t.Errorf("tasks %+v", got)
	}
	if got := d.Tally(model.EntityActivity); got != (model.Tally{Removed: 1}) {
		t.Errorf("activities %+v", got)
	}
	if got := d.Tally(model.EntityOwner); got != (model.Tally{Added: 1}) {
		t.Errorf("owners %+v", got)
	}
	if len(d.Records) != 3 {
		t.Fatalf("records %+v", d.Records)
	}
	ch := d.Of(model.EntityTask)[0]
	if ch.Code() != model.Code(model.EntityTask, task.ID) || ch.Title != task.Title || len(ch.Fields) != 1 || ch.Fields[0].Field != "task.due" {
		t.Errorf("changed task %+v", ch)
	}
	rm := d.Of(model.EntityActivity)[0]
	if rm.ID != removed.ID || rm.Title != removed.Title || rm.Kind != model.Removed {
		t.Errorf("removed %+v", rm)
	}
	if len(d.Settings) != 1 || d.Settings[0] != (model.FieldChange{Field: "settings.secretary", Before: "周敏", After: "李老师"}) {
		t.Errorf("settings %+v", d.Settings)
	}
	if !model.DiffLedgers(old, demo.Build(today, 0), model.LangZh).Empty() {
		t.Error("two equal ledgers differ")
	}
}
