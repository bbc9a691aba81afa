package search

import "testing"

func TestPinyinAndTextMatching(t *testing.T) {
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
	}
	for _, c := range cases {
		if got := Match(k.Key(c.text), Query(c.query)); got != c.want {
			t.Errorf("Match(%q, %q) = %v, want %v (key %q)", c.text, c.query, got, c.want, k.Key(c.text))
		}
	}
}

func TestMatchDoesNotStraddleParts(t *testing.T) {
	k := NewKeyer()
	// The initials of 张三 are "zs", its text ends in 三: "三z" must not
	// match across the boundary between text and initials.
	if Match(k.Key("张三"), Query("三z")) {
		t.Fatal("query matched across key parts")
	}
}
