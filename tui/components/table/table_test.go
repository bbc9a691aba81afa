package table

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"secretary/internal/width"
	"secretary/model"
	"secretary/tui/search"
	"secretary/tui/theme"
)

func testStyles() *theme.Styles {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.Ascii)
	return theme.DefaultStyles(r)
}

func cols() []Column {
	return []Column{
		{Title: "编号", Min: 4, Sortable: true},
		{Title: "任务", Min: 8, Flex: 3, Sortable: true},
		{Title: "责任人", Min: 6, Drop: 1, Sortable: true},
		{Title: "部门", Min: 6, Drop: 2},
	}
}

func rows() []Row {
	return []Row{
		{ID: 1, Cells: []string{"T-1", "组织心理健康讲座", "张三·李四", "心理中心"}},
		{ID: 2, Cells: []string{"T-2", "Peer supporters 心理委员培训 📘", "欧阳晓雪", "德育处"}, Mark: MarkOverdue},
		{ID: 3, Cells: []string{"T-3", "宣传栏", "Amy Wu", "团委"}},
	}
}

func TestEveryLineFitsAndCellsShowInFull(t *testing.T) {
	m := New(testStyles(), search.NewKeyer(), cols())
	m.SetRows(rows())
	for _, w := range []int{60, 80, 120} {
		m.SetSize(w, 6)
		out := m.View()
		lines := strings.Split(out, "\n")
		if len(lines) != 6 {
			t.Fatalf("width %d: %d lines, want 6:\n%s", w, len(lines), out)
		}
		for _, l := range lines {
			if width.Cells(l) > w {
				t.Errorf("width %d: line %q is %d cells", w, l, width.Cells(l))
			}
		}
		if w >= 80 && (!strings.Contains(out, "张三·李四") || !strings.Contains(out, "Peer supporters 心理委员培训 📘")) {
			t.Errorf("width %d: cells cut early:\n%s", w, out)
		}
	}
}

func TestCursorFollowsIDAcrossSortFilterAndReload(t *testing.T) {
	m := New(testStyles(), search.NewKeyer(), cols())
	m.SetRows(rows())
	m.SetSize(80, 6)
	m.Select(2)
	m.CycleSort() // by code
	m.CycleSort() // by title
	if m.SelectedID() != 2 {
		t.Fatalf("after sort: %d", m.SelectedID())
	}
	m.SetFilter("oyxx")
	if m.Len() != 1 || m.SelectedID() != 2 {
		t.Fatalf("pinyin filter: len %d sel %d", m.Len(), m.SelectedID())
	}
	m.SetFilter("")
	r := rows()
	r = append(r, Row{ID: 4, Cells: []string{"T-4", "新任务", "甲", "乙"}})
	m.SetRows(r)
	if m.SelectedID() != 2 {
		t.Fatalf("after reload: %d", m.SelectedID())
	}
}

func TestScrollingKeepsCursorVisible(t *testing.T) {
	m := New(testStyles(), search.NewKeyer(), cols())
	var rs []Row
	for i := 1; i <= 100; i++ {
		rs = append(rs, Row{ID: model.ID(i), Cells: []string{fmt.Sprintf("T-%d", i), "任务", "张三", "心理中心"}})
	}
	m.SetRows(rs)
	m.SetSize(80, 11) // header + 10 rows
	m.PageDown()
	m.PageDown()
	m.MoveDown(3)
	if m.SelectedID() != 24 {
		t.Fatalf("cursor on %d", m.SelectedID())
	}
	if out := m.View(); !hasLine(out, "›", "T-24 ") {
		t.Fatalf("cursor row not on screen:\n%s", out)
	}
	m.Bottom()
	if out := m.View(); !strings.Contains(out, "T-100") || strings.Contains(out, "T-90 ") {
		t.Fatalf("bottom:\n%s", out)
	}
}

func hasLine(out string, parts ...string) bool {
	for _, l := range strings.Split(out, "\n") {
		all := true
		for _, p := range parts {
			all = all && strings.Contains(l, p)
		}
		if all {
			return true
		}
	}
	return false
}

// TestBufferSearchFindsWhatContainsFinds checks the one-pass search over
// the key buffer against testing each row's key on its own.
func TestBufferSearchFindsWhatContainsFinds(t *testing.T) {
	k := search.NewKeyer()
	names := []string{"张三", "李四", "欧阳晓雪", "Amy Wu", "王建国", "心理健康讲座", "zs", "宣传栏 📘"}
	var rs []Row
	for i := 1; i <= 300; i++ {
		rs = append(rs, Row{ID: model.ID(i), Cells: []string{fmt.Sprintf("T-%d", i), names[i%len(names)] + names[(i*7)%len(names)], names[(i*3)%len(names)]}})
	}
	m := New(testStyles(), k, cols()[:3])
	m.SetRows(rs)
	m.SetSize(80, 10)
	for _, q := range []string{"z", "zs", "zhang", "t-1", "t-29", "xljk", "📘", "amy", "三李", "nothing", "s", "\x01"} {
		m.SetFilter(q)
		var want []model.ID
		for _, r := range rs {
			if search.Match(k.Key(strings.Join(r.Cells, "\x01")), search.Query(q)) {
				want = append(want, r.ID)
			}
		}
		var got []model.ID
		for _, vi := range m.view {
			got = append(got, m.all[vi].ID)
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("query %q: got %v, want %v", q, got, want)
		}
	}
}

// TestUpsertKeepsOrderCursorAndFilter: a saved record's row is put in its
// place in the sorted, filtered table without rebuilding it, and the
// cursor stays on the record it was on.
func TestUpsertKeepsOrderCursorAndFilter(t *testing.T) {
	t.Parallel()
	m := New(testStyles(), search.NewKeyer(), cols())
	m.SetSize(80, 10)
	m.SetRows(rows())
	m.CycleSort() // by code
	m.CycleSort() // by title
	m.Select(3)
	order := func() []model.ID {
		var out []model.ID
		for _, i := range m.view {
			out = append(out, m.all[i].ID)
		}
		return out
	}
	// A new task whose title sorts first.
	m.Upsert(Row{ID: 4, Cells: []string{"T-4", "A 班团体辅导", "王老师", "心理中心"}})
	if got := order(); fmt.Sprint(got) != "[4 2 3 1]" || m.SelectedID() != 3 {
		t.Fatalf("after adding T-4: order %v, cursor on %d; want [4 2 3 1] on 3", got, m.SelectedID())
	}
	// T-1 renamed: it moves, and its cached line is redrawn.
	m.Upsert(Row{ID: 1, Cells: []string{"T-1", "B 心理讲座（改）", "张三·李四", "心理中心"}})
	if got := order(); fmt.Sprint(got) != "[4 1 2 3]" {
		t.Fatalf("after renaming T-1: %v", got)
	}
	if !strings.Contains(m.View(), "B 心理讲座（改）") {
		t.Fatalf("renamed row not redrawn:\n%s", m.View())
	}
	// A filter holds for rows that arrive after it was set.
	m.SetFilter("王老师")
	m.Upsert(Row{ID: 5, Cells: []string{"T-5", "家访", "王老师", "德育处"}})
	if got := order(); fmt.Sprint(got) != "[4 5]" {
		t.Fatalf("filtered after T-5: %v", got)
	}
	m.Remove(4)
	if got := order(); fmt.Sprint(got) != "[5]" || m.Total() != 4 {
		t.Fatalf("after removing T-4: %v of %d", got, m.Total())
	}
}

// TestTextIsSearchedAsTextNotShown: a row's Text (a meeting's guests) is
// found by the filter though no cell shows it, and read as text: 区 in
// 区教研员 is qu. Read as a name (four characters, like a person's) it
// would lead with the surname ou, and qu would be matched only in a
// window of two syllables, too short for qujiaoyanyuan.
func TestTextIsSearchedAsTextNotShown(t *testing.T) {
	t.Parallel()
	guests := "区教研员 王老师"
	m := New(testStyles(), search.NewKeyer(), cols())
	m.SetSize(120, 10)
	rs := rows()
	rs[0].Text = []string{guests}
	rs[1].People = []string{guests} // the same words read as a name
	m.SetRows(rs)
	if strings.Contains(m.View(), "教研员") {
		t.Fatalf("the text is shown:\n%s", m.View())
	}
	shown := func() []model.ID {
		var out []model.ID
		for _, i := range m.view {
			out = append(out, m.all[i].ID)
		}
		return out
	}
	for q, want := range map[string]string{
		"王老师":           "[1 2]",
		"qujiaoyanyuan": "[1]", // as text; as a name 区 leads with ou
		"qjyy":          "[1 2]",
		"oujiaoyanyuan": "[2]",
	} {
		m.SetFilter(q)
		if got := fmt.Sprint(shown()); got != want {
			t.Errorf("/%s finds %s, want %s", q, got, want)
		}
	}
}
