package summary_test

import (
	"slices"
	"testing"

	"secretary/model"
	"secretary/model/summary"
	"secretary/store/storetest"
)

// TestEqualLoadsListInPinyinOrder: people (and departments) with the
// same load are printed as a staff list is read, by pinyin with surnames
// read as surnames, not in the order they were entered.
func TestEqualLoadsListInPinyinOrder(t *testing.T) {
	t.Parallel()
	today := storetest.Today()
	l := &model.Ledger{}
	names := []string{"赵敏", "刘洋", "张淑芬", "陈晓", "曾晓云", "单丽", "解敏", "王芳"}
	depts := []string{"总务处", "德育处", "校医室", "教务处", "年级组", "心理中心", "团委", "家委会"}
	for i, name := range names {
		id := model.ID(i + 1)
		l.Owners = append(l.Owners, model.Owner{ID: id, Name: name, Department: depts[i]})
		l.Tasks = append(l.Tasks, model.Task{ID: id, Title: "任务", OwnerID: id, Area: model.AreaService,
			Status: model.TaskInProgress, Due: today.AddDays(20)})
	}
	s := summary.Build(l, summary.Semester(today), today)
	var got []string
	for _, o := range s.Owners {
		got = append(got, o.Name)
	}
	if want := []string{"陈晓", "刘洋", "单丽", "王芳", "解敏", "曾晓云", "张淑芬", "赵敏"}; !slices.Equal(got, want) {
		t.Errorf("owners\n got %v\nwant %v", got, want)
	}
	got = got[:0]
	for _, d := range s.Departments {
		got = append(got, d.Name)
	}
	if want := []string{"德育处", "家委会", "教务处", "年级组", "团委", "校医室", "心理中心", "总务处"}; !slices.Equal(got, want) {
		t.Errorf("departments\n got %v\nwant %v", got, want)
	}
}
