package pinyin

import (
	"slices"
	"strings"
	"testing"
)

func TestReadingsListEveryReadingCommonFirst(t *testing.T) {
	t.Parallel()
	cases := []struct {
		r    rune
		want []string // must be among the readings; the first is the first
	}{
		{'行', []string{"xing", "hang"}},
		{'长', []string{"chang", "zhang"}},
		{'重', []string{"zhong", "chong"}},
		{'乐', []string{"le", "yue"}},
		{'曾', []string{"ceng", "zeng"}},
		{'单', []string{"dan", "shan", "chan"}},
		{'会', []string{"hui", "kuai"}},
		{'吕', []string{"lv"}},
		{'张', []string{"zhang"}},
	}
	for _, c := range cases {
		got := Readings(c.r)
		if len(got) == 0 || got[0] != c.want[0] {
			t.Errorf("Readings(%c) = %v, want %q first", c.r, got, c.want[0])
		}
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("Readings(%c) = %v, lacks %q", c.r, got, w)
			}
		}
	}
	for _, r := range "aZ1 ·（" {
		if got := Readings(r); got != nil {
			t.Errorf("Readings(%q) = %v, want nil", r, got)
		}
	}
}

func TestSurnameReadings(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		want []string
	}{
		{"曾晓云", []string{"zeng"}},
		{"单丽", []string{"shan"}},
		{"解敏", []string{"xie"}},
		{"仇建国", []string{"qiu"}},
		{"区志强", []string{"ou"}},
		{"查良镛", []string{"zha"}},
		{"朴智敏", []string{"piao"}},
		{"覃海燕", []string{"qin"}},
		{"盖丽丽", []string{"ge"}},
		{"缪文", []string{"miao"}},
		{"乐嘉", []string{"yue"}},
		{"翟天临", []string{"zhai"}},
		{"尉小明", []string{"yu"}},
		{"繁星", []string{"po"}},
		{"员静", []string{"yun"}},
		{"尉迟恭", []string{"yu", "chi"}},
		{"万俟卨", []string{"mo", "qi"}},
		{"长孙无忌", []string{"zhang", "sun"}},
		{"令狐冲", []string{"ling", "hu"}},
		{"单于然", []string{"chan", "yu"}},
		// Two characters: 单 is the surname and 于 the given name.
		{"单于", []string{"shan"}},
		// Not polyphonic, not a person, not Chinese: no surname reading.
		{"张淑芬", nil},
		{"区教育局", nil},
		{"德育处", nil},
		{"心理健康教育中心", nil},
		{"曾", nil},
		{"Zeng Li", nil},
		{"单丽（外聘）", []string{"shan"}},
		{"曾 Li", nil},
	}
	for _, c := range cases {
		if got := Surname(c.name); !slices.Equal(got, c.want) {
			t.Errorf("Surname(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestSortByPinyin is the order every list uses: by pinyin with surname
// readings for names, then by code point.
func TestSortByPinyin(t *testing.T) {
	t.Parallel()
	names := []string{"赵敏", "刘洋", "张淑芬", "陈晓", "曾晓云", "单丽", "解敏", "区志强", "王芳", "李强", "欧阳晓雪", "翟天临", "查良镛", "长孙无忌"}
	slices.SortFunc(names, CompareNames)
	want := []string{"陈晓", "李强", "刘洋", "欧阳晓雪", "区志强", "单丽", "王芳", "解敏", "曾晓云", "查良镛", "翟天临", "张淑芬", "长孙无忌", "赵敏"}
	if !slices.Equal(names, want) {
		t.Errorf("names sorted\n got %v\nwant %v", names, want)
	}

	texts := []string{"先进个人", "西安研学", "心理健康讲座", "长期规划", "银行对账", "德育处", "Excel 模板", "2026 年计划", "阿里", "A 组"}
	slices.SortFunc(texts, Compare)
	want = []string{"2026 年计划", "阿里", "A 组", "长期规划", "德育处", "Excel 模板", "西安研学", "先进个人", "心理健康讲座", "银行对账"}
	if !slices.Equal(texts, want) {
		t.Errorf("texts sorted\n got %v\nwant %v", texts, want)
	}
}

// TestSortTiesByCodePoint: texts that read alike keep a fixed order, by
// code point, so a list never shuffles between runs.
func TestSortTiesByCodePoint(t *testing.T) {
	t.Parallel()
	// 张 and 章 are both zhang; 张 (U+5F20) is before 章 (U+7AE0).
	a, b := "章伟", "张伟"
	if Compare(a, b) <= 0 || Compare(b, a) >= 0 {
		t.Errorf("Compare(%s, %s) = %d: want %s first by code point", a, b, Compare(a, b), b)
	}
	if Compare("张伟", "张伟") != 0 {
		t.Error("a text must equal itself")
	}
	if !strings.HasPrefix(SortKey("张伟"), "zhang\x01wei\x01") {
		t.Errorf("SortKey(张伟) = %q", SortKey("张伟"))
	}
}
