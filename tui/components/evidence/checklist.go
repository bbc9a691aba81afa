// Package evidence is inspection readiness on screen, wherever a record
// is: attaching a file or a record as evidence (a), linking a record or
// an item to the rubric's indicators (l), the printouts page (the
// self-assessment, the binder catalogue, the pack) and the rubrics menu.
// Each is an overlay whose writes go through app and come back addressed
// to it.
package evidence

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"secretary/internal/width"
	"secretary/model"
	"secretary/tui/common"
)

// checklist is the active rubric's indicators with a tick each: j/k move,
// space ticks, the cursor's row scrolls into view.
type checklist struct {
	rows    []model.CoverageRow
	checked map[model.ID]bool
	cursor  int
	offset  int
}

// newChecklist lists the rubric's indicators, ticking those in ids.
func newChecklist(l *model.Ledger, rubric model.ID, ids []model.ID) checklist {
	c := checklist{rows: model.BuildCoverage(l, rubric, nil).Rows, checked: map[model.ID]bool{}}
	for _, id := range ids {
		c.checked[id] = true
	}
	for i, r := range c.rows { // start on the first ticked one
		if c.checked[r.Indicator.ID] {
			c.cursor = i
			break
		}
	}
	return c
}

// ids are the ticked indicators in rubric order; ticks on other rubrics'
// indicators (kept) come after.
func (c *checklist) ids(keep []model.ID) []model.ID {
	var out []model.ID
	in := map[model.ID]bool{}
	for _, r := range c.rows {
		in[r.Indicator.ID] = true
		if c.checked[r.Indicator.ID] {
			out = append(out, r.Indicator.ID)
		}
	}
	for _, id := range keep {
		if !in[id] {
			out = append(out, id)
		}
	}
	return out
}

// update moves and ticks; it reports whether it used the key.
func (c *checklist) update(ctx *common.Context, km tea.KeyMsg, height int) bool {
	nav, ek := ctx.Keys.Nav, ctx.Keys.Evidence
	n := len(c.rows)
	switch {
	case n == 0:
		return false
	case key.Matches(km, nav.Up):
		c.cursor = max(0, c.cursor-1)
	case key.Matches(km, nav.Down):
		c.cursor = min(n-1, c.cursor+1)
	case key.Matches(km, nav.Top):
		c.cursor = 0
	case key.Matches(km, nav.Bottom):
		c.cursor = n - 1
	case key.Matches(km, nav.PageUp):
		c.cursor = max(0, c.cursor-max(1, height))
	case key.Matches(km, nav.PageDown):
		c.cursor = min(n-1, c.cursor+max(1, height))
	case key.Matches(km, ek.Toggle):
		id := c.rows[c.cursor].Indicator.ID
		c.checked[id] = !c.checked[id]
	default:
		return false
	}
	c.scroll(height)
	return true
}

func (c *checklist) scroll(height int) {
	height = max(1, height)
	if c.cursor < c.offset {
		c.offset = c.cursor
	}
	if c.cursor >= c.offset+height {
		c.offset = c.cursor - height + 1
	}
}

// count is how many are ticked.
func (c *checklist) count() int {
	n := 0
	for _, r := range c.rows {
		if c.checked[r.Indicator.ID] {
			n++
		}
	}
	return n
}

// view draws height rows of the list, w cells wide.
func (c *checklist) view(ctx *common.Context, w, height int) string {
	st := ctx.Styles
	if len(c.rows) == 0 {
		return st.Faint.Render(ctx.T("evidence.no_rubric_yet"))
	}
	c.scroll(height)
	var b strings.Builder
	for i := c.offset; i < len(c.rows) && i < c.offset+max(1, height); i++ {
		r := &c.rows[i]
		box := "[ ] "
		if c.checked[r.Indicator.ID] {
			box = "[x] "
		}
		line := box + strings.Repeat("  ", r.Depth-1) + r.Indicator.DisplayName()
		line = width.Fit(line, max(4, w-2))
		if i == c.cursor {
			line = st.TableSelected.Render("› " + line)
		} else {
			line = "  " + line
		}
		if i > c.offset {
			b.WriteString("\n")
		}
		b.WriteString(line)
	}
	return b.String()
}
