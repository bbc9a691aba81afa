// Package assessments is the Assessments tab (评估): inspections and
// evaluations with their indicators and findings, and the rectification
// loop (整改闭环) — opened with an owner and a due date, closed only with
// a date, a verifier and evidence, reopened only with a reason — and
// inspection readiness (评估准备): the rubric's indicators with their
// evidence and self-scores, and the group's documents. o cycles the
// lists.
package assessments

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"secretary/internal/width"
	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/components/browse"
	"secretary/tui/forms"
)

// list is which list the tab shows.
type list int

const (
	listAssessments list = iota
	listRects
	listEvidence // the indicator tree, and (items) the evidence items
	listDocuments
	listCount
)

// View is the Assessments tab.
type View struct {
	ctx   *common.Context
	id    common.ID
	list  *browse.Browser
	rects *browse.Browser
	tree  *browse.Browser // the active rubric's indicators
	items *browse.Browser // evidence items: all, or one indicator's
	docs  *browse.Browser
	shown list
	// showItems: the evidence view shows items rather than the tree;
	// itemsOf is the indicator they are scoped to (0: all).
	showItems bool
	itemsOf   model.ID

	ev   *evidenceState
	head string // the evidence view's line: rubric, score, coverage
	w, h int
}

var _ common.Tab = (*View)(nil)

// New makes the tab, showing assessments first.
func New(ctx *common.Context) *View {
	st := &evidenceState{}
	return &View{ctx: ctx, id: ctx.NewID(), ev: st,
		list: browse.New(ctx, source{}), rects: browse.New(ctx, rectSource{}),
		tree: browse.New(ctx, indicatorSource{st: st}), items: browse.New(ctx, itemSource{st: st}),
		docs: browse.New(ctx, docSource{}),
	}
}

func (v *View) active() *browse.Browser {
	switch v.shown {
	case listRects:
		return v.rects
	case listEvidence:
		if v.showItems {
			return v.items
		}
		return v.tree
	case listDocuments:
		return v.docs
	}
	return v.list
}

// ShowingRects reports which list is on screen.
func (v *View) ShowingRects() bool { return v.shown == listRects }

// List is the assessments browser, for tests.
func (v *View) List() *browse.Browser { return v.list }

// Rects is the rectifications browser.
func (v *View) Rects() *browse.Browser { return v.rects }

// Indicators is the evidence view's indicator tree, for tests.
func (v *View) Indicators() *browse.Browser { return v.tree }

// Items is the evidence items browser, for tests.
func (v *View) Items() *browse.Browser { return v.items }

// Documents is the documents browser (制度文件), for tests.
func (v *View) Documents() *browse.Browser { return v.docs }

// Init does nothing.
func (v *View) Init() tea.Cmd { return nil }

// InputMode reports whether typed keys belong to an input.
func (v *View) InputMode() bool { return v.active().InputMode() }

// SetSize sets the tab's area: one line for the list switch, and on the
// evidence view one more for the rubric's figures.
func (v *View) SetSize(w, h int) {
	v.w, v.h = w, h
	v.list.SetSize(w, h-1)
	v.rects.SetSize(w, h-1)
	v.docs.SetSize(w, h-1)
	v.tree.SetSize(w, h-2)
	v.items.SetSize(w, h-2)
}

// Update handles o (switch lists), r (add a rectification under a
// finding of the selected assessment), x (close or reopen the selected
// rectification) and the evidence view's keys; keys go to the list on
// screen, everything else to every list.
func (v *View) Update(msg tea.Msg) (common.Tab, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		if v.active().Busy() {
			return v, v.forward(msg)
		}
		return v, v.key(msg)
	case common.ShownMsg:
		return v, tea.Batch(v.forward(msg), v.shownEvidence())
	case common.ShowRecordMsg:
		v.showRecord(msg.Entity)
		v.forward(common.ShownMsg{})
		return v, tea.Batch(v.forward(msg), v.shownEvidence())
	case filesScannedMsg:
		if msg.Recipient() == v.id {
			v.ev.files = msg.files
			v.refreshEvidence()
		}
		return v, nil
	case common.LedgerChangedMsg:
		cmd := v.broadcast(msg)
		return v, tea.Batch(cmd, v.evidenceChanged(msg))
	case common.LanguageMsg:
		cmd := v.broadcast(msg)
		v.head = v.evidenceHead()
		return v, cmd
	}
	return v, v.broadcast(msg)
}

// broadcast gives a message to every list.
func (v *View) broadcast(msg tea.Msg) tea.Cmd {
	var cmds [5]tea.Cmd
	v.list, cmds[0] = v.list.Update(msg)
	v.rects, cmds[1] = v.rects.Update(msg)
	v.tree, cmds[2] = v.tree.Update(msg)
	v.items, cmds[3] = v.items.Update(msg)
	v.docs, cmds[4] = v.docs.Update(msg)
	return tea.Batch(cmds[:]...)
}

// forward gives a message to the list on screen.
func (v *View) forward(msg tea.Msg) tea.Cmd {
	b := v.active()
	_, cmd := b.Update(msg)
	return cmd
}

// showRecord shows the list that holds the entity's records.
func (v *View) showRecord(e model.Entity) {
	switch e {
	case model.EntityAssessment:
		v.shown = listAssessments
	case model.EntityRectification:
		v.shown = listRects
	case model.EntityIndicator:
		v.shown, v.showItems = listEvidence, false
	case model.EntityEvidence:
		v.shown, v.showItems = listEvidence, true
		v.scopeItems(0)
	case model.EntityDocument:
		v.shown = listDocuments
	}
}

func (v *View) key(km tea.KeyMsg) tea.Cmd {
	k := v.ctx.Keys
	switch {
	case key.Matches(km, k.Assessments.Toggle):
		v.shown = (v.shown + 1) % listCount
		if v.showItems {
			v.showItems = false
			v.scopeItems(0)
		}
		return tea.Batch(v.forward(common.ShownMsg{}), v.shownEvidence())
	}
	switch v.shown {
	case listAssessments:
		if key.Matches(km, k.Assessments.AddRect) {
			return v.openRect()
		}
	case listRects:
		switch {
		case key.Matches(km, k.Browse.New):
			return common.Status(v.ctx.T("status.rect_from_assessment"), false)
		case key.Matches(km, k.Assessments.CloseRect):
			r := v.ctx.Ledger.Rectification(v.rects.Selected())
			if r == nil {
				return nil
			}
			if r.Open() {
				return v.rects.OpenForm(forms.NewCloseDraft(*r, v.ctx.Today()), model.ActCloseRect)
			}
			return v.rects.OpenForm(forms.NewReopenDraft(*r), model.ActReopenRect)
		}
	case listEvidence:
		if cmd, ok := v.evidenceKey(km); ok {
			return cmd
		}
	}
	return v.forward(km)
}

// openRect opens the rectification form under the selected assessment.
func (v *View) openRect() tea.Cmd {
	e := v.ctx.Ledger.Assessment(v.list.Selected())
	if e == nil {
		return nil
	}
	if len(e.Findings) == 0 {
		return common.Status(v.ctx.T("status.no_findings", model.Code(model.EntityAssessment, e.ID)), true)
	}
	return v.list.OpenForm(forms.NewRectDraft(e.ID, e.Findings[0].No), model.ActCreate)
}

// names are the lists' names on the switch line.
func (v *View) names() [listCount]string {
	return [listCount]string{v.ctx.T("assessments.list"), v.ctx.T("assessments.rects"),
		v.ctx.T("assessments.evidence"), v.ctx.T("assessments.documents")}
}

// View draws the list switch and the active list (on the evidence view,
// with the rubric's line between them).
func (v *View) View() string {
	st := v.ctx.Styles
	var head string
	for i, n := range v.names() {
		if list(i) == v.shown {
			head += st.ActiveTab.Render(n)
		} else {
			head += st.Tab.Render(n)
		}
	}
	if hint := st.Faint.Render("  " + v.ctx.T("owners.switch_hint")); width.Styled(head+hint) <= v.w {
		head += hint
	}
	out := fitLine(head, v.w) + "\n"
	if v.shown == listEvidence {
		out += fitLine(v.head, v.w) + "\n"
	}
	return out + v.active().View()
}

// ShortHelp is the active list's keys plus this tab's.
func (v *View) ShortHelp() []key.Binding {
	h := v.active().ShortHelp()
	if v.active().Busy() {
		return h
	}
	k := v.ctx.Keys.Assessments
	switch v.shown {
	case listAssessments:
		h = append(h, k.AddRect)
	case listRects:
		h = append(h, k.CloseRect)
	case listEvidence:
		h = append(h, v.evidenceShortHelp()...)
	}
	return append(h, k.Toggle)
}

// FullHelp is the active list's keys plus this tab's: only the keys that
// work now, since the root gives the tab every key its help lists (x
// closes a rectification in that list, and exports everywhere else).
func (v *View) FullHelp() [][]key.Binding {
	h := v.active().FullHelp()
	if v.active().Busy() {
		return h
	}
	k := v.ctx.Keys.Assessments
	switch v.shown {
	case listAssessments:
		h = append(h, []key.Binding{k.AddRect, k.Toggle})
	case listRects:
		h = append(h, []key.Binding{k.CloseRect, k.Toggle})
	case listEvidence:
		h = append(h, append(v.evidenceFullHelp(), k.Toggle))
	default:
		h = append(h, []key.Binding{k.Toggle})
	}
	return h
}

// Showing is what the tab lists now.
func (v *View) Showing() model.Entity { return v.active().Entity() }

// Lists is the kinds the tab lists.
func (v *View) Lists() []model.Entity {
	return []model.Entity{model.EntityAssessment, model.EntityRectification, model.EntityIndicator, model.EntityEvidence, model.EntityDocument}
}
