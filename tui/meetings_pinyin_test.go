package tui_test

import (
	"slices"
	"strings"
	"testing"

	"secretary/app"
	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/components/table"
	"secretary/tui/tuitest"
	"secretary/tui/views/meetings"
)

// demoChenLi is 陈立 in the demo (model/demo/base.go): 教务主任, a member
// of the group who chairs none of its meetings.
const demoChenLi = model.ID(5)

// addPerson saves a person to the ledger and returns their ID.
func addPerson(t *testing.T, a *app.Service, name string, role model.GroupRole) model.ID {
	t.Helper()
	o := &model.Owner{Name: name, Department: "年级组", Role: role}
	if _, err := a.Save(model.ActCreate, o); err != nil {
		t.Fatal(err)
	}
	return o.ID
}

// editMeeting saves the meeting with the ID as change leaves it.
func editMeeting(t *testing.T, a *app.Service, id model.ID, change func(*model.Meeting)) {
	t.Helper()
	l, err := a.Load()
	if err != nil {
		t.Fatal(err)
	}
	m := *l.Meeting(id)
	change(&m)
	if _, err := a.Save(model.ActUpdate, &m); err != nil {
		t.Fatal(err)
	}
}

// shownCodes are the codes of the rows a meetings-tab table shows, in
// order.
func shownCodes(tbl *table.Model, kind model.Entity) []string {
	var out []string
	for i := range tbl.Len() {
		out = append(out, model.Code(kind, tbl.IDAt(i)))
	}
	return out
}

// shownNames are the names name gives the rows a table shows, in order.
func shownNames(d *tuitest.Driver, tbl *table.Model, name func(*model.Ledger, model.ID) string) []string {
	l := d.Ledger()
	var out []string
	for i := range tbl.Len() {
		out = append(out, name(l, tbl.IDAt(i)))
	}
	return out
}

func meetingsTab(d *tuitest.Driver) *meetings.View {
	return d.Model.Tab(common.TabMeetings).(*meetings.View)
}

// TestMeetingsFilterFindsWhoWasThere: / on 会议 finds a meeting by anyone
// it names, not only its chair: 陈立 chairs none of the demo's meetings,
// attended M-1, M-3 and M-4 and sent apologies to M-2 and M-5 (the
// absentees are searched too: a secretary checking his attendance wants
// both); M-6 and M-7 do not name him. The guests' free text is searched
// as text.
func TestMeetingsFilterFindsWhoWasThere(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ query string }{{"chenli"}, {"cl"}, {"陈立"}} {
		t.Run(c.query, func(t *testing.T) {
			t.Parallel()
			d := tuitest.Demo(t, model.LangZh, 120, 40)
			d.Keys("5", "/")
			d.Type(c.query)
			got := shownCodes(meetingsTab(d).Meetings().Table(), model.EntityMeeting)
			if want := []string{"M-1", "M-2", "M-3", "M-4", "M-5"}; !slices.Equal(got, want) {
				t.Errorf("/%s on 会议 shows %v, want %v\n%s", c.query, got, want, d.View())
			}
		})
	}
	t.Run("guests", func(t *testing.T) {
		t.Parallel()
		d := tuitest.Demo(t, model.LangZh, 120, 40)
		d.Keys("5", "/")
		d.Type("qxljkjy") // M-1's guests: 区心理健康教育指导中心 王老师, shown in no cell
		if got := shownCodes(meetingsTab(d).Meetings().Table(), model.EntityMeeting); !slices.Equal(got, []string{"M-1"}) {
			t.Errorf("/qxljkjy shows %v, want [M-1]", got)
		}
	})
}

// TestMeetingsFilterReadsAnAttendeesSurname: 曾晓云, an attendee of M-3
// only, is found by her surname's reading, zeng, on 会议 and nowhere else.
// (/cxy finds her too, as on every list: package search matches a
// surname's dictionary reading as well, see TestNamesReadTheirSurname.)
func TestMeetingsFilterReadsAnAttendeesSurname(t *testing.T) {
	t.Parallel()
	a := tuitest.Open(t, tuitest.DemoFile(t))
	zeng := addPerson(t, a, "曾晓云", 0)
	editMeeting(t, a, 3, func(m *model.Meeting) { m.Attendees = append(m.Attendees, zeng) })
	for _, q := range []string{"zxy", "zengxiaoyun", "曾晓云"} {
		d := tuitest.New(t, a, model.LangZh, 120, 40)
		d.Keys("5", "/")
		d.Type(q)
		if got := shownCodes(meetingsTab(d).Meetings().Table(), model.EntityMeeting); !slices.Equal(got, []string{"M-3"}) {
			t.Errorf("/%s on 会议 shows %v, want [M-3]\n%s", q, got, d.View())
		}
	}
}

// TestMeetingsSortTheChairByPinyin: s on 主持 orders the chairs as a
// Chinese list of people is ordered, 曾 read zeng and 单 shan (by code
// point or by the dictionary's ceng and dan, 曾晓云 and 单丽 would come
// first). Ties go by code.
func TestMeetingsSortTheChairByPinyin(t *testing.T) {
	t.Parallel()
	a := tuitest.Open(t, tuitest.DemoFile(t))
	zeng, shan := addPerson(t, a, "曾晓云", model.RoleMember), addPerson(t, a, "单丽", model.RoleMember)
	editMeeting(t, a, 7, func(m *model.Meeting) { m.ChairID = zeng })
	editMeeting(t, a, 2, func(m *model.Meeting) { m.ChairID = shan })
	editMeeting(t, a, 6, func(m *model.Meeting) { m.ChairID = demoChenLi })
	d := tuitest.New(t, a, model.LangZh, 120, 40)
	d.Keys("5", "s", "s", "s", "s", "s") // 编号, 日期, 类型, 会议, 主持
	if !d.Contains("按“主持”升序排序") {
		t.Fatalf("not sorted by 主持:\n%s", d.View())
	}
	tbl := meetingsTab(d).Meetings().Table()
	chair := func(l *model.Ledger, id model.ID) string { return l.OwnerName(l.Meeting(id).ChairID) }
	want := []string{"陈立", "李红梅", "李红梅", "单丽", "王建国", "王建国", "曾晓云"}
	if got := shownNames(d, tbl, chair); !slices.Equal(got, want) {
		t.Errorf("meetings by chair\n got %v\nwant %v", got, want)
	}
	if got, want := shownCodes(tbl, model.EntityMeeting), []string{"M-6", "M-3", "M-5", "M-2", "M-1", "M-4", "M-7"}; !slices.Equal(got, want) {
		t.Errorf("meetings by chair\n got %v\nwant %v", got, want)
	}
}

// TestDecisionsSortTheOwnerByPinyin: s on the decisions' 责任人 orders
// them by pinyin, 曾 read zeng and 单 shan.
func TestDecisionsSortTheOwnerByPinyin(t *testing.T) {
	t.Parallel()
	a := tuitest.Open(t, tuitest.DemoFile(t))
	for i, name := range []string{"曾晓云", "单丽"} {
		owner := addPerson(t, a, name, model.RoleMember)
		dec := &model.Decision{MeetingID: 7, No: i + 1, Text: "各年级排查心理委员缺位情况", OwnerID: owner, Due: tuitest.Today().AddDays(30)}
		if _, err := a.Save(model.ActCreate, dec); err != nil {
			t.Fatal(err)
		}
	}
	d := tuitest.New(t, a, model.LangZh, 120, 40)
	d.Keys("5", "o", "s", "s", "s", "s") // 编号, 会议, 决定事项, 责任人
	if !d.Contains("按“责任人”升序排序") {
		t.Fatalf("not sorted by 责任人:\n%s", d.View())
	}
	owner := func(l *model.Ledger, id model.ID) string { return l.OwnerName(l.Decision(id).OwnerID) }
	want := []string{"陈立", "冯涛", "李红梅", "刘芳", "欧阳晓雪", "单丽", "王建国", "曾晓云", "张三", "张三", "张三", "郑凯"}
	if got := shownNames(d, meetingsTab(d).Decisions().Table(), owner); !slices.Equal(got, want) {
		t.Errorf("decisions by owner\n got %v\nwant %v", got, want)
	}
}

// TestDecisionsFilterFindsTheChair: / on 决定事项 finds a decision by its
// owner and by the chair of its meeting: 李红梅 owns D-2 and chaired
// M-2, M-3, M-5 and M-6, whose decisions are D-3, D-4, D-7 to D-10.
func TestDecisionsFilterFindsTheChair(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 120, 40)
	d.Keys("5", "o", "/")
	d.Type("lhm")
	got := shownCodes(meetingsTab(d).Decisions().Table(), model.EntityDecision)
	if want := []string{"D-2", "D-3", "D-4", "D-7", "D-8", "D-9", "D-10"}; !slices.Equal(got, want) {
		t.Errorf("/lhm on 决定事项 shows %v, want %v", got, want)
	}
}

// TestAttendeePickerOrdersEachRoleByPinyin: the meeting form's 出席
// lists the group's roster first, by role (组长, 副组长, 成员, 秘书,
// 列席), then people outside the group; within each, by pinyin with
// surnames read as surnames. 钱进 and 冯涛, who have left, are not
// offered.
func TestAttendeePickerOrdersEachRoleByPinyin(t *testing.T) {
	t.Parallel()
	a := tuitest.Open(t, tuitest.DemoFile(t))
	addPerson(t, a, "曾晓云", model.RoleMember)
	addPerson(t, a, "单丽", model.RoleMember)
	addPerson(t, a, "解敏", 0)
	addPerson(t, a, "安然", 0)
	d := tuitest.New(t, a, model.LangZh, 120, 50)
	d.Keys("5", "n")
	for range 9 { // kind, number, title, date, time, venue, status, chair, recorder
		d.Keys("tab")
	}
	if !d.Contains("┃ 出席") {
		t.Fatalf("not on 出席:\n%s", d.View())
	}
	want := []string{
		"王建国 · 组长", "李红梅 · 副组长",
		"陈立 · 成员", "刘芳 · 成员", "单丽 · 成员", "孙丽 · 成员", "曾晓云 · 成员", "张三 · 成员", "赵磊 · 成员", "郑凯 · 成员", "周强 · 成员",
		"欧阳晓雪 · 秘书/联络员", "吴敏 Amy Wu · 列席",
		"安然", "解敏",
	}
	var got []string
	for range want {
		got = append(got, pickerCursor(d.View()))
		d.Keys("down")
	}
	if !slices.Equal(got, want) {
		t.Errorf("出席 offers\n got %q\nwant %q", got, want)
	}
}

// pickerCursor is the option under a multi-select's cursor: "> [ ] 陈立 ·
// 成员  cl chenli" gives "陈立 · 成员".
func pickerCursor(view string) string {
	for _, line := range strings.Split(view, "\n") {
		_, after, ok := strings.Cut(line, "> [")
		if !ok {
			continue
		}
		option := strings.TrimSpace(after[strings.Index(after, "]")+1:])
		name, _, _ := strings.Cut(option, "  ") // the faint pinyin hint
		return name
	}
	return ""
}
