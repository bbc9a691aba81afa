package search

import "testing"

func TestPinyinAndTextMatching(t *testing.T) {
	t.Parallel()
	k := NewKeyer()
	cases := []struct {
		text, query string
		want        bool
	}{
		{"张三", "zs", true},
		{"张三", "zhang", true},
		{"张三", "zhangsan", true},
		{"组织心理健康讲座", "xljk", true},
		{"组织心理健康讲座", "心理", true},
		{"组织心理健康讲座", "jiangzuo", true},
		{"Peer Supporters 心理委员", "peer", true},
		{"Peer Supporters 心理委员", "PEER", true},
		{"Peer Supporters 心理委员", "xlwy", true},
		{"欧阳晓雪", "oyxx", true},
		{"张三", "ls", false},
		{"李四", "zs", false},
		{"心理健康教育案例汇编 📘", "📘", true},
		{"T-41", "t-41", true},
		// A polyphonic character matches every reading, wherever it is.
		{"去银行办理经费报销", "yinhang", true},
		{"去银行办理经费报销", "yhbl", true},
		{"行动计划", "xingdong", true},
		{"行动计划", "xdjh", true},
		{"长期规划", "changqi", true},
		{"长期规划", "cqgh", true},
		{"校长办公会", "xiaozhang", true},
		{"校长办公会", "xzbgh", true},
		{"重新修订制度", "chongxin", true},
		{"重点人群排查", "zhongdian", true},
		{"财务会计培训", "kuaiji", true},
		{"财务会计培训", "cwkjpx", true},
		{"财务会计培训", "cwhjpx", true},
		// A plain reading that belongs to no character still misses.
		{"去银行办理经费报销", "yinxiang", false},
		{"行动计划", "hangdongji", true}, // a window: two characters each side
	}
	for _, c := range cases {
		if got := Match(k.Key(c.text), Query(c.query)); got != c.want {
			t.Errorf("Match(%q, %q) = %v, want %v (key %q)", c.text, c.query, got, c.want, k.Key(c.text))
		}
	}
}

// TestNamesReadTheirSurname: the names, and the other polyphonic
// surnames, found by what a secretary types.
func TestNamesReadTheirSurname(t *testing.T) {
	t.Parallel()
	k := NewKeyer()
	cases := []struct {
		name, query string
		want        bool
	}{
		{"曾晓云", "zxy", true},
		{"曾晓云", "zengxiaoyun", true},
		{"单丽", "shanli", true},
		{"单丽", "sl", true},
		{"解敏", "xm", true},
		{"解敏", "xiemin", true},
		{"仇建国", "qjg", true},
		{"区志强", "ouzhiqiang", true},
		{"查良镛", "zly", true},
		{"朴智敏", "piaozhimin", true},
		{"覃海燕", "qhy", true},
		{"盖丽丽", "gell", false}, // initials are g l l
		{"盖丽丽", "gll", true},
		{"缪文", "miaowen", true},
		{"乐嘉", "yuejia", true},
		{"翟天临", "zhaitianlin", true},
		{"尉小明", "yxm", true},
		{"繁星", "poxing", true},
		{"员静", "yunjing", true},
		{"尉迟恭", "yuchigong", true},
		{"尉迟恭", "ycg", true},
		{"万俟卨", "moqi", true},
		{"长孙无忌", "zhangsunwuji", true},
		{"长孙无忌", "zswj", true},
		{"令狐冲", "linghuchong", true},
		{"单于然", "chanyuran", true},
		// A given name's polyphonic character matches every reading.
		{"张乐", "zhangle", true},
		{"张乐", "zhangyue", true},
		// The dictionary's reading of the surname still matches.
		{"曾晓云", "cengxiaoyun", true},
	}
	for _, c := range cases {
		if got := Match(k.NameKey(c.name), Query(c.query)); got != c.want {
			t.Errorf("name %q, query %q: %v, want %v (key %q)", c.name, c.query, got, c.want, k.NameKey(c.name))
		}
	}
}

// TestRowKeySearchesPeopleNotShown: a row's people (supervisor,
// verifier, attendees) are found as names, and a name cell reads its
// surname.
func TestRowKeySearchesPeopleNotShown(t *testing.T) {
	t.Parallel()
	k := NewKeyer()
	key := k.RowKey([]string{"T-3", "组织心理委员培训", "曾晓云"}, []bool{false, false, true}, []string{"张淑芬", "单丽"})
	for _, q := range []string{"zs", "zsf", "zhangshufen", "shanli", "zxy", "xlwy", "t-3"} {
		if !Match(key, Query(q)) {
			t.Errorf("row misses %q (key %q)", q, key)
		}
	}
	// The title is not a name: 组 is not read as a surname anyway, but 单
	// in a title keeps its common reading too.
	if !Match(k.Key("单元测验"), "dyc") {
		t.Error("单 in a title must read dan")
	}
}

func TestMatchDoesNotStraddleParts(t *testing.T) {
	t.Parallel()
	k := NewKeyer()
	// The initials of 张三 are "zs", its text ends in 三: "三z" must not
	// match across the boundary between text and initials.
	if Match(k.Key("张三"), Query("三z")) {
		t.Fatal("query matched across key parts")
	}
}

func TestHintReadsTheSurname(t *testing.T) {
	t.Parallel()
	k := NewKeyer()
	for name, want := range map[string]string{
		"张三":      "zs zhangsan",
		"曾晓云":     "zxy zengxiaoyun",
		"单丽（外聘）":  "slwp shanliwaipin",
		"Li Ming": "",
	} {
		if got := k.Hint(name); got != want {
			t.Errorf("Hint(%q) = %q, want %q", name, got, want)
		}
	}
}
