package browse_test

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"secretary/app"
	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/components/browse"
	"secretary/tui/components/confirm"
	"secretary/tui/components/table"
	"secretary/tui/forms"
	"secretary/tui/tuitest"
)

// people is a minimal source over the ledger's people, enough to drive
// the browser on its own.
type people struct{}

func (people) Entity() model.Entity                 { return model.EntityOwner }
func (people) Depends() []model.Entity              { return []model.Entity{model.EntityTask} }
func (people) NewDraft(*common.Context) forms.Draft { return nil }
func (people) Columns(*common.Context) []table.Column {
	return []table.Column{{Title: "编号", Min: 4}, {Title: "姓名", Min: 6, Flex: 1}, {Title: "部门", Min: 6}}
}
func (people) Rows(ctx *common.Context) []table.Row {
	return browse.RowsOf(ctx.Ledger.Owners, func(o *model.Owner) table.Row { return row(o) })
}
func (people) Row(ctx *common.Context, id model.ID) (table.Row, bool) {
	return browse.RowOf(ctx.Ledger.Owner, id, row)
}
func row(o *model.Owner) table.Row {
	return table.Row{ID: o.ID, Cells: []string{model.Code(model.EntityOwner, o.ID), o.Name, o.Department}}
}
func (people) Detail(ctx *common.Context, id model.ID, _ int) string {
	return "详情 " + ctx.Ledger.OwnerName(id)
}
func (people) Quick(ctx *common.Context, _ model.ID) []browse.Quick {
	return []browse.Quick{{Name: "全部"}, {Name: "德育处", Keep: browse.Keep(ctx.Ledger.Owner, func(o *model.Owner) bool { return o.Department == "德育处" })}}
}
func (people) EditDraft(ctx *common.Context, id model.ID) forms.Draft {
	if o := ctx.Ledger.Owner(id); o != nil {
		return forms.EditOwnerDraft(*o)
	}
	return nil
}

func newBrowser(t *testing.T) (*browse.Browser, *common.Context, *app.Service) {
	t.Helper()
	a := tuitest.Open(t, tuitest.DemoFile(t))
	ctx := tuitest.Context(t, a, model.LangZh, 100, 20)
	b := browse.New(ctx, people{})
	b.SetSize(100, 20)
	b, _ = b.Update(common.ShownMsg{})
	return b, ctx, a
}

func send(b *browse.Browser, msgs ...tea.Msg) (*browse.Browser, []tea.Msg) {
	var out []tea.Msg
	for _, m := range msgs {
		var cmd tea.Cmd
		b, cmd = b.Update(m)
		out = append(out, tuitest.Messages(cmd)...)
	}
	return b, out
}

func TestBrowserFiltersByPinyinAndQuickFilter(t *testing.T) {
	t.Parallel()
	b, ctx, _ := newBrowser(t)
	total := b.Table().Total()
	b, _ = send(b, tuitest.Key("/"), tuitest.Key("o"), tuitest.Key("y"))
	if !b.InputMode() || b.Table().Len() == 0 || b.Table().Len() == total {
		t.Fatalf("typing /oy should narrow %d people to 欧阳…, got %d", total, b.Table().Len())
	}
	if !strings.Contains(b.View(), "欧阳") {
		t.Fatalf("view:\n%s", b.View())
	}
	b, _ = send(b, tuitest.Key("esc"))
	if b.InputMode() || b.Table().Len() != total {
		t.Fatal("esc should clear the filter")
	}
	b, msgs := send(b, tuitest.Key("f"))
	if len(msgs) != 1 || !strings.Contains(msgs[0].(common.StatusMsg).Text, "德育处") {
		t.Fatalf("f should announce the quick filter: %v", msgs)
	}
	for i := 0; i < b.Table().Len(); i++ {
		b, _ = send(b, tuitest.Key("j"))
		if o := ctx.Ledger.Owner(b.Selected()); o.Department != "德育处" {
			t.Fatalf("quick filter let %s of %s through", o.Name, o.Department)
		}
	}
}

func TestBrowserAsksBeforeDeletingAndAnswersItsOwnResult(t *testing.T) {
	t.Parallel()
	b, ctx, a := newBrowser(t)
	// A person with no tasks, so the delete is allowed.
	o := &model.Owner{Name: "临时 Temp"}
	res, err := a.Save(model.ActCreate, o)
	if err != nil {
		t.Fatal(err)
	}
	res.Apply(ctx.Ledger)
	b, _ = send(b, common.LedgerChangedMsg{Result: &res})
	b.Select(o.ID)
	b, msgs := send(b, tuitest.Key("d"))
	if len(msgs) != 1 {
		t.Fatalf("d should open one question, got %v", msgs)
	}
	q, ok := msgs[0].(common.OpenMsg).Overlay.(*confirm.Question)
	if !ok || !strings.Contains(q.View(), "临时 Temp") {
		t.Fatalf("the question should name the person: %#v", msgs[0])
	}
	// n drops it; y deletes and the answer is addressed to the browser.
	_, cmd := q.Update(tuitest.Key("n"))
	if got := tuitest.Messages(cmd); len(got) != 1 || got[0] != (common.CloseMsg{ID: q.ID()}) {
		t.Fatalf("n should only close the question: %v", got)
	}
	if ctx.Ledger.Owner(o.ID) == nil {
		t.Fatal("n deleted the person")
	}
	_, cmd = q.Update(tuitest.Key("y"))
	var wrote *common.WroteMsg
	for _, m := range tuitest.Messages(cmd) {
		if w, ok := m.(common.WroteMsg); ok {
			wrote = &w
		}
	}
	if wrote == nil || wrote.Recipient() != b.ID() || wrote.Err != nil {
		t.Fatalf("y should delete and answer the browser: %+v", wrote)
	}
	wrote.Result.Apply(ctx.Ledger)
	b, _ = send(b, common.LedgerChangedMsg{Result: &wrote.Result})
	if strings.Contains(b.View(), "临时 Temp") {
		t.Fatal("the deleted person is still listed")
	}
}

func TestBrowserRebuildsStaleRowsOnlyWhenShown(t *testing.T) {
	t.Parallel()
	b, ctx, a := newBrowser(t)
	o := *ctx.Ledger.Owner(ctx.Ledger.Owners[0].ID)
	o.Name = "改名 Renamed"
	res, err := a.Save(model.ActUpdate, &o)
	if err != nil {
		t.Fatal(err)
	}
	res.Apply(ctx.Ledger)
	b, _ = send(b, common.LedgerChangedMsg{Result: &res})
	if !strings.Contains(b.View(), "改名 Renamed") {
		t.Fatal("a change to the browser's own kind should patch its row at once")
	}
	// A whole new ledger: the rows wait until the browser is shown.
	l := *ctx.Ledger
	l.Owners = append([]model.Owner(nil), l.Owners[:2]...)
	l.Reindex()
	ctx.Ledger = &l
	b, _ = send(b, common.LedgerChangedMsg{})
	if b.Table().Total() == 2 {
		t.Fatal("rows rebuilt before the browser was shown")
	}
	b, _ = send(b, common.ShownMsg{})
	if b.Table().Total() != 2 {
		t.Fatalf("shown: %d rows, want 2", b.Table().Total())
	}
}
