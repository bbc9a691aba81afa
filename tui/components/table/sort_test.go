package table

import (
	"slices"
	"testing"

	"secretary/model"
	"secretary/tui/search"
)

// names is the order a Chinese list of people is read in: by pinyin,
// surnames read as surnames (曾 zeng, 单 shan, 解 xie), then by code
// point. Today's code-point order was 刘洋, 张淑芬, 赵敏, 陈晓.
func TestSortingAColumnOrdersByPinyin(t *testing.T) {
	t.Parallel()
	people := []string{"刘洋", "张淑芬", "赵敏", "陈晓", "曾晓云", "单丽", "解敏", "王芳"}
	titles := []string{"心理健康讲座", "长期规划", "德育处例会", "宣传栏", "银行对账"}
	var rows []Row
	for i, p := range people {
		rows = append(rows, Row{ID: model.ID(i + 1), Cells: []string{"x", titles[i%len(titles)], p}})
	}
	cols := []Column{
		{Title: "编号", Sortable: true},
		{Title: "标题", Sortable: true},
		{Title: "责任人", Sortable: true, Name: true},
	}
	m := New(testStyles(), search.NewKeyer(), cols)
	m.SetRows(rows)
	m.SetSize(80, 20)
	m.CycleSort() // 编号
	m.CycleSort() // 标题
	m.CycleSort() // 责任人
	if got, want := column(m, 2), []string{"陈晓", "刘洋", "单丽", "王芳", "解敏", "曾晓云", "张淑芬", "赵敏"}; !slices.Equal(got, want) {
		t.Errorf("people sorted\n got %v\nwant %v", got, want)
	}
	m.ReverseSort()
	if got := column(m, 2); got[0] != "赵敏" || got[len(got)-1] != "陈晓" {
		t.Errorf("reversed: %v", got)
	}
	// A row saved while sorted goes to its place by pinyin.
	m.ReverseSort()
	m.Upsert(Row{ID: 99, Cells: []string{"x", "新任务", "区志强"}})
	if got, want := column(m, 2), []string{"陈晓", "刘洋", "区志强", "单丽", "王芳", "解敏", "曾晓云", "张淑芬", "赵敏"}; !slices.Equal(got, want) {
		t.Errorf("after upsert\n got %v\nwant %v", got, want)
	}
	m.Remove(99)
	m.CycleSort() // back to the rows' own order
	m.CycleSort() // 编号
	m.CycleSort() // 标题: ties (same title) by ID
	got := column(m, 1)
	if want := []string{"长期规划", "长期规划", "德育处例会", "德育处例会", "心理健康讲座", "心理健康讲座", "宣传栏", "银行对账"}; !slices.Equal(got, want) {
		t.Errorf("titles sorted\n got %v\nwant %v", got, want)
	}
}

// column lists a column's cells in the order shown.
func column(m *Model, c int) []string {
	var out []string
	for _, i := range m.view {
		out = append(out, m.all[i].Cells[c])
	}
	return out
}
