// Package today is the today panel (今日提醒): a one-screen overlay the
// program opens at start, listing what needs attention — tasks overdue or
// due within 7 days, activities waiting for their record, rectifications
// past due, required work due this month or missed this semester,
// decisions to follow up, documents due for review. enter
// jumps to the item's record, esc closes the panel; a setting turns it
// off (settings.today_panel), and T opens it again.
package today

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"secretary/internal/width"
	"secretary/model"
	"secretary/model/summary"
	"secretary/tui/common"
)

// perSection caps the items a section lists: the panel is one screen to
// glance at, not the lists themselves (the heading gives the full count).
const perSection = 30

// entry is one line of the panel: a section's heading, an item, or how
// many more a section has.
type entry struct {
	heading string
	row     summary.TodayRow
	item    *model.AttentionItem
	more    int
}

// Panel is the overlay.
type Panel struct {
	ctx     *common.Context
	id      common.ID
	att     *model.Attention
	entries []entry
	lines   []string // the entries laid out for the width
	cur     int      // the selected entry (an item), -1 when there is none
	top     int
	width   int
	height  int
}

var _ common.Overlay = (*Panel)(nil)

// New is the panel over what needs attention.
func New(ctx *common.Context, att *model.Attention) *Panel {
	p := &Panel{ctx: ctx, id: ctx.NewID(), att: att, cur: -1}
	lang := ctx.Lang()
	for si := range att.Sections {
		sec := &att.Sections[si]
		p.entries = append(p.entries, entry{heading: summary.TodayHeading(sec.Key, sec.Total, lang)})
		for i := range sec.Items {
			if i == perSection {
				break
			}
			it := &sec.Items[i]
			p.entries = append(p.entries, entry{row: summary.TodayRowOf(*it, lang), item: it})
			if p.cur < 0 {
				p.cur = len(p.entries) - 1
			}
		}
		if n := sec.Total - min(len(sec.Items), perSection); n > 0 {
			p.entries = append(p.entries, entry{more: n})
		}
	}
	return p
}

// ID is the panel's address.
func (p *Panel) ID() common.ID { return p.id }

// Init does nothing.
func (p *Panel) Init() tea.Cmd { return nil }

// Selected is the item under the cursor, or nil.
func (p *Panel) Selected() *model.AttentionItem {
	if p.cur < 0 || p.cur >= len(p.entries) {
		return nil
	}
	return p.entries[p.cur].item
}

// SetSize lays the entries out for the width.
func (p *Panel) SetSize(w, h int) {
	p.width, p.height = w, h
	var rows []summary.TodayRow
	for _, e := range p.entries {
		if e.item != nil {
			rows = append(rows, e.row)
		}
	}
	laid := summary.TodayLines(rows, w-1)
	p.lines = make([]string, len(p.entries))
	j := 0
	for i, e := range p.entries {
		switch {
		case e.item != nil:
			p.lines[i] = laid[j]
			j++
		case e.more > 0:
			p.lines[i] = "  " + p.ctx.T("today.more", e.more)
		default:
			p.lines[i] = e.heading
		}
	}
	p.scroll()
}

// listHeight is the lines left for the entries under the title, the
// summary and the hint.
func (p *Panel) listHeight() int { return max(1, p.height-4) }

// scroll keeps the cursor on screen, with its section's heading when it
// is the first item.
func (p *Panel) scroll() {
	h := p.listHeight()
	if p.cur < 0 {
		p.top = 0
		return
	}
	want := p.cur
	if want > 0 && p.entries[want-1].heading != "" {
		want--
	}
	if want < p.top {
		p.top = want
	}
	if p.cur >= p.top+h {
		p.top = p.cur - h + 1
	}
}

// Update moves between items, jumps to one, or closes.
func (p *Panel) Update(msg tea.Msg) (common.Overlay, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return p, nil
	}
	k, n := p.ctx.Keys.Today, p.ctx.Keys.Nav
	switch {
	case key.Matches(km, k.Close):
		return p, common.Close(p.id)
	case key.Matches(km, k.Open):
		if it := p.Selected(); it != nil {
			return p, tea.Batch(common.Close(p.id), common.ShowRecord(it.Entity, it.ID))
		}
		return p, common.Close(p.id)
	case key.Matches(km, n.Down):
		p.move(1)
	case key.Matches(km, n.Up):
		p.move(-1)
	case key.Matches(km, n.Top):
		p.cur = -1
		p.move(1)
	case key.Matches(km, n.Bottom):
		p.cur = len(p.entries)
		p.move(-1)
	case key.Matches(km, n.PageDown):
		for i := 0; i < p.listHeight(); i++ {
			p.move(1)
		}
	case key.Matches(km, n.PageUp):
		for i := 0; i < p.listHeight(); i++ {
			p.move(-1)
		}
	}
	return p, nil
}

// move goes to the next or previous item, over headings.
func (p *Panel) move(dir int) {
	for i := p.cur + dir; i >= 0 && i < len(p.entries); i += dir {
		if p.entries[i].item != nil {
			p.cur = i
			break
		}
	}
	p.scroll()
}

// View draws the title, the count, the items and the way out.
func (p *Panel) View() string {
	st := p.ctx.Styles
	lang := p.ctx.Lang()
	var b strings.Builder
	b.WriteString(st.DetailTitle.Render(summary.TodayTitle(p.att, lang)) + "  " + summary.TodaySummary(p.att, lang) + "\n")
	b.WriteString(st.Faint.Render(width.Fit(p.ctx.T("today.hint"), p.width)) + "\n\n")
	h := p.listHeight()
	for i := p.top; i < min(p.top+h, len(p.entries)); i++ {
		e, line := p.entries[i], p.lines[i]
		switch {
		case e.heading != "":
			b.WriteString(st.Section.Render(width.Fit(line, p.width)))
		case e.item == nil:
			b.WriteString(st.Faint.Render(line))
		case i == p.cur:
			b.WriteString(st.TableSelected.Render("›" + strings.TrimPrefix(line, " ")))
		case e.row.Late:
			b.WriteString(st.RowOverdue.Render(line))
		default:
			b.WriteString(st.RowSoon.Render(line))
		}
		b.WriteString("\n")
	}
	if p.att.Empty() {
		b.WriteString(st.OK.Render("  " + p.ctx.T("today.all_clear")))
	}
	return strings.TrimRight(b.String(), "\n")
}

// ShortHelp is moving, opening and closing.
func (p *Panel) ShortHelp() []key.Binding {
	k := p.ctx.Keys
	return []key.Binding{k.Nav.Up, k.Nav.Down, k.Today.Open, k.Today.Close}
}

// FullHelp is the same.
func (p *Panel) FullHelp() [][]key.Binding { return [][]key.Binding{p.ShortHelp()} }
