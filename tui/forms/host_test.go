package forms_test

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/forms"
	"secretary/tui/tuitest"
)

// drive feeds messages to the host and runs what comes back: results
// meant for the root (close, saved, status) are returned; everything else
// (the host's own save answer, huh's messages) goes back to the host, as
// the root would route it.
func drive(h common.Overlay, msgs ...tea.Msg) (common.Overlay, []tea.Msg) {
	var out []tea.Msg
	queue := append([]tea.Msg(nil), msgs...)
	for len(queue) > 0 {
		var cmd tea.Cmd
		h, cmd = h.Update(queue[0])
		queue = queue[1:]
		for _, m := range tuitest.Messages(cmd) {
			if isResult(m) && !common.For(m, h.ID()) {
				out = append(out, m)
			} else {
				queue = append(queue, m)
			}
		}
	}
	return h, out
}

func isResult(m tea.Msg) bool {
	switch m.(type) {
	case common.CloseMsg, forms.SavedMsg, common.WroteMsg, common.StatusMsg:
		return true
	}
	return false
}

func typeText(s string) tea.Msg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s), Paste: true} }

func TestHostSavesAndTellsTheOwner(t *testing.T) {
	t.Parallel()
	a := tuitest.Open(t, tuitest.DemoFile(t))
	ctx := tuitest.Context(t, a, model.LangZh, 100, 30)
	const owner = common.ID(4242)
	h := common.Overlay(forms.NewHost(ctx, owner, &forms.OwnerDraft{}, model.ActCreate))
	h.SetSize(100, 26)
	h, _ = drive(h, tuitest.Messages(h.Init())...)
	h, out := drive(h, typeText("解敏 Xie Min"), tuitest.Key("ctrl+s"))
	var saved *forms.SavedMsg
	closed := false
	for _, m := range out {
		switch m := m.(type) {
		case forms.SavedMsg:
			saved = &m
		case common.CloseMsg:
			closed = m.ID == h.ID()
		}
	}
	if saved == nil || saved.Recipient() != owner || !closed {
		t.Fatalf("ctrl+s should save, close the form and tell its owner: %#v", out)
	}
	l, _ := a.Load()
	if o := l.Owner(saved.Record.GetID()); o == nil || o.Name != "解敏 Xie Min" {
		t.Fatalf("saved %+v", saved.Record)
	}
}

func TestHostKeepsEverythingTypedWhenTheSaveIsRefused(t *testing.T) {
	t.Parallel()
	a := tuitest.Open(t, tuitest.DemoFile(t))
	ctx := tuitest.Context(t, a, model.LangEn, 100, 30)
	h := common.Overlay(forms.NewHost(ctx, 1, forms.NewTaskDraft(0), model.ActCreate))
	h.SetSize(100, 26)
	h, _ = drive(h, tuitest.Messages(h.Init())...)
	// A title but no owner and no due date: refused, all problems at
	// once, the title still there.
	h, out := drive(h, typeText("心理讲座 lecture"), tuitest.Key("ctrl+s"))
	for _, m := range out {
		if _, ok := m.(common.CloseMsg); ok {
			t.Fatal("a refused save closed the form")
		}
	}
	v := h.View()
	if !strings.Contains(v, "Not saved") || !strings.Contains(v, "心理讲座 lecture") {
		t.Fatalf("the form should say why and keep the title:\n%s", v)
	}
	// esc with changes asks first; n goes back; y discards.
	h, out = drive(h, tuitest.Key("esc"))
	if len(out) != 0 || !strings.Contains(h.View(), "Discard") {
		t.Fatalf("esc should ask before discarding: %v\n%s", out, h.View())
	}
	h, _ = drive(h, tuitest.Key("n"))
	if strings.Contains(h.View(), "Discard") {
		t.Fatal("n should return to the form")
	}
	h, _ = drive(h, tuitest.Key("esc"))
	_, out = drive(h, tuitest.Key("y"))
	closed := false
	for _, m := range out {
		if c, ok := m.(common.CloseMsg); ok && c.ID == h.ID() {
			closed = true
		}
	}
	if !closed {
		t.Fatalf("y should discard the form: %v", out)
	}
}
