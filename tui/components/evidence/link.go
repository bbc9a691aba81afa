package evidence

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/components/detail"
)

// Subject is what l links to indicators: a ledger record (its evidence
// item, made or changed) or an evidence item.
type Subject struct {
	Record model.RecordRef
	Item   model.ID
}

// Link is the l flow: the active rubric's indicators with a tick on
// those the subject supports; space ticks, enter saves.
type Link struct {
	ctx     *common.Context
	id      common.ID
	subject Subject
	list    checklist
	keep    []model.ID // links to other rubrics' indicators, kept as they are
	saving  bool
	err     string
	width   int
	height  int
}

var _ common.Overlay = (*Link)(nil)

// NewLink starts linking the subject.
func NewLink(ctx *common.Context, s Subject) *Link {
	lk := &Link{ctx: ctx, id: ctx.NewID(), subject: s}
	var ids []model.ID
	if s.Item != 0 {
		if ev := ctx.Ledger.EvidenceItem(s.Item); ev != nil {
			ids = append(ids, ev.Indicators...)
		}
	} else {
		ids = linksOf(ctx.Ledger, s.Record)
	}
	lk.keep = ids
	lk.list = newChecklist(ctx.Ledger, activeRubric(ctx.Ledger), ids)
	return lk
}

// ID is the flow's address.
func (lk *Link) ID() common.ID { return lk.id }

// Init does nothing.
func (lk *Link) Init() tea.Cmd { return nil }

// SetSize sets the area.
func (lk *Link) SetSize(w, h int) { lk.width, lk.height = w, h }

func (lk *Link) listHeight() int { return max(3, lk.height-4) }

// Update ticks and saves.
func (lk *Link) Update(msg tea.Msg) (common.Overlay, tea.Cmd) {
	switch msg := msg.(type) {
	case common.WroteMsg:
		if msg.Recipient() != lk.id {
			return lk, nil
		}
		lk.saving = false
		if msg.Err != nil {
			lk.err = lk.ctx.Tr.Err(msg.Err)
			return lk, nil
		}
		return lk, tea.Batch(common.Close(lk.id), common.Status(lk.ctx.T("evidence.links_saved", lk.name(), lk.list.count()), false))
	case tea.KeyMsg:
		if lk.saving {
			return lk, nil
		}
		fl := lk.ctx.Keys.Flow
		switch {
		case key.Matches(msg, fl.Cancel):
			return lk, common.Close(lk.id)
		case key.Matches(msg, fl.Accept):
			return lk, lk.save()
		}
		lk.list.update(lk.ctx, msg, lk.listHeight())
	}
	return lk, nil
}

// save writes the ticked indicators.
func (lk *Link) save() tea.Cmd {
	lk.saving = true
	svc, to, ids, s := lk.ctx.App, lk.id, lk.list.ids(lk.keep), lk.subject
	return func() tea.Msg {
		var err error
		var res common.WroteMsg
		if s.Item != 0 {
			res.Result, err = svc.SetLinks(s.Item, ids)
		} else {
			res.Result, err = svc.LinkRecord(s.Record, ids)
		}
		res.To, res.Err = common.To{ID: to}, err
		return res
	}
}

// name is the subject's code.
func (lk *Link) name() string {
	if lk.subject.Item != 0 {
		return model.Code(model.EntityEvidence, lk.subject.Item)
	}
	return lk.subject.Record.Code()
}

// View draws the list.
func (lk *Link) View() string {
	st, ctx := lk.ctx.Styles, lk.ctx
	var b strings.Builder
	b.WriteString(st.DetailTitle.Render(ctx.T("evidence.link_title")) + "\n")
	subject := describe(ctx, lk.subject.Record)
	if lk.subject.Item != 0 {
		subject = describe(ctx, model.RecordRef{Entity: model.EntityEvidence, ID: lk.subject.Item})
	}
	// Wrapped, then coloured: Wrap makes control characters visible, the
	// colour's among them.
	line, style := ctx.T("evidence.link_subject", subject, lk.list.count()), lipgloss.NewStyle()
	if lk.err != "" {
		line, style = lk.err, st.StatusError
	} else if lk.saving {
		line, style = ctx.T("evidence.saving"), st.Faint
	}
	b.WriteString(style.Render(detail.Wrap(line, max(10, lk.width))) + "\n")
	b.WriteString(lk.list.view(ctx, lk.width, lk.listHeight()))
	return b.String()
}

// ShortHelp is the list's keys.
func (lk *Link) ShortHelp() []key.Binding {
	fl, ek, nav := lk.ctx.Keys.Flow, lk.ctx.Keys.Evidence, lk.ctx.Keys.Nav
	return []key.Binding{nav.Up, nav.Down, ek.Toggle, fl.Accept, fl.Cancel}
}

// FullHelp is the same.
func (lk *Link) FullHelp() [][]key.Binding { return [][]key.Binding{lk.ShortHelp()} }
