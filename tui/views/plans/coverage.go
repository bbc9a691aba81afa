package plans

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"

	"secretary/internal/width"
	"secretary/model"
	"secretary/model/summary"
	"secretary/tui/common"
	"secretary/tui/components/detail"
)

// coverageView is the required work's coverage (c on the Plans tab): one
// line per active obligation with the marks of its periods in a school
// year and its total, and under it the selected obligation's periods
// with the records that met each. [ and ] move by school year; enter
// shows the obligation in its list.
type coverageView struct {
	ctx  *common.Context
	year int // the school year shown: its first calendar year; 0 until shown
	cur  int // the selected row
	top  int // the first row on screen

	cov    *model.Coverage
	detail viewport.Model
	stale  bool

	width, height int
}

var _ common.Component[*coverageView] = (*coverageView)(nil)

func newCoverageView(ctx *common.Context) *coverageView {
	return &coverageView{ctx: ctx, detail: viewport.New(0, 0), stale: true}
}

// Selected is the obligation under the cursor, or 0.
func (c *coverageView) Selected() model.ID {
	if c.cov == nil || c.cur >= len(c.cov.Rows) {
		return 0
	}
	return c.cov.Rows[c.cur].Obligation.ID
}

// Year is the school year shown.
func (c *coverageView) Year() int { return c.year }

// ensure works the coverage out again when the ledger or the year
// changed: in Update, never in View.
func (c *coverageView) ensure() {
	today := c.ctx.Derived.Today
	if c.year == 0 {
		c.year = model.SchoolYearOf(today)
	}
	if !c.stale && c.cov != nil && c.cov.Today == today {
		return
	}
	c.stale = false
	sel := c.Selected()
	sy := model.SchoolYearSpan(c.year)
	c.cov = model.CoverageOf(c.ctx.Ledger, sy.From, sy.To, today)
	c.cur = 0
	for i, r := range c.cov.Rows {
		if r.Obligation.ID == sel {
			c.cur = i
		}
	}
	c.layout()
}

// SetSize sets the view's area.
func (c *coverageView) SetSize(w, h int) {
	c.width, c.height = w, h
	c.layout()
}

// tableHeight is how many obligation rows are on screen: up to half the
// area, the rest is the selected one's periods.
func (c *coverageView) tableHeight() int {
	n := 0
	if c.cov != nil {
		n = len(c.cov.Rows)
	}
	return max(1, min(n, (c.height-4)/2))
}

// layout fits the rows and the detail to the area and keeps the cursor
// on screen.
func (c *coverageView) layout() {
	if c.cov == nil {
		return
	}
	th := c.tableHeight()
	if c.cur < c.top {
		c.top = c.cur
	}
	if c.cur >= c.top+th {
		c.top = c.cur - th + 1
	}
	c.detail.Width = c.width
	c.detail.Height = max(1, c.height-3-th-1)
	c.detail.SetContent(c.detailText())
	c.detail.GotoTop()
}

// Update moves the cursor, changes the year, and keeps the coverage up to
// date with the ledger.
func (c *coverageView) Update(msg tea.Msg) (*coverageView, tea.Cmd) {
	switch msg := msg.(type) {
	case common.LedgerChangedMsg:
		c.stale = true
	case common.ShownMsg, common.LanguageMsg:
		c.stale = c.stale || isLanguage(msg)
		c.ensure()
	case tea.KeyMsg:
		c.ensure()
		return c, c.key(msg)
	}
	return c, nil
}

func isLanguage(msg tea.Msg) bool { _, ok := msg.(common.LanguageMsg); return ok }

func (c *coverageView) key(km tea.KeyMsg) tea.Cmd {
	k, n := c.ctx.Keys, c.ctx.Keys.Nav
	rows := len(c.cov.Rows)
	switch {
	case key.Matches(km, n.Down):
		c.cur = min(c.cur+1, max(rows-1, 0))
	case key.Matches(km, n.Up):
		c.cur = max(c.cur-1, 0)
	case key.Matches(km, n.Top):
		c.cur = 0
	case key.Matches(km, n.Bottom):
		c.cur = max(rows-1, 0)
	case key.Matches(km, n.PageDown):
		c.detail.PageDown()
		return nil
	case key.Matches(km, n.PageUp):
		c.detail.PageUp()
		return nil
	case key.Matches(km, k.Plans.PrevYear):
		c.year--
		c.stale = true
		c.ensure()
		return c.yearStatus()
	case key.Matches(km, k.Plans.NextYear):
		c.year++
		c.stale = true
		c.ensure()
		return c.yearStatus()
	case key.Matches(km, k.Browse.Open):
		if id := c.Selected(); id != 0 {
			return common.ShowRecord(model.EntityObligation, id)
		}
		return nil
	default:
		return nil
	}
	c.layout()
	return nil
}

func (c *coverageView) yearStatus() tea.Cmd {
	return common.Status(c.ctx.T("coverage.year_status", model.SchoolYearName(c.year, c.ctx.Lang())), false)
}

// View draws the heading, the obligations' lines and the selected one's
// periods.
func (c *coverageView) View() string {
	if c.cov == nil {
		return ""
	}
	st, lang := c.ctx.Styles, c.ctx.Lang()
	var b strings.Builder
	head := c.ctx.T("coverage.heading", model.SchoolYearName(c.year, lang))
	counts := "✔ " + strconv.Itoa(c.cov.Count(model.MarkMet)) + "  ⏳ " + strconv.Itoa(c.cov.Count(model.MarkDue)) +
		"  ⚠ " + strconv.Itoa(c.cov.Count(model.MarkMissed)) + "  · " + strconv.Itoa(c.cov.Count(model.MarkNotYet)+c.cov.Count(model.MarkBefore))
	gap := c.width - width.Cells(head) - width.Cells(counts)
	if gap < 2 {
		counts, gap = "", 0
	}
	b.WriteString(st.DetailTitle.Render(head) + strings.Repeat(" ", gap) + counts + "\n")
	legend := c.ctx.T("coverage.legend")
	if c.cov.Count(model.MarkBefore) > 0 {
		legend = c.ctx.T("coverage.legend_before", c.cov.Began.String())
	}
	b.WriteString(st.Faint.Render(width.Fit(legend, c.width)) + "\n")
	if len(c.cov.Rows) == 0 {
		b.WriteString("\n" + st.Faint.Render(detail.Wrap(c.ctx.T("coverage.none"), c.width)))
		return b.String()
	}
	cols := c.columns()
	b.WriteString(st.TableHeader.Padding(0).Render(c.line(cols, "", c.ctx.T("col.code"), c.ctx.T("col.obligation"), c.ctx.T("col.frequency"),
		c.ctx.T("coverage.col.marks"), c.ctx.T("coverage.col.total"))) + "\n")
	th := c.tableHeight()
	for i := c.top; i < min(c.top+th, len(c.cov.Rows)); i++ {
		r := &c.cov.Rows[i]
		o := r.Obligation
		pointer := "  "
		if i == c.cur {
			pointer = "› "
		}
		text := c.line(cols, pointer, model.Code(model.EntityObligation, o.ID), o.Title, o.Freq.Text(lang),
			marks(r), total(r, lang))
		switch {
		case i == c.cur:
			text = st.TableSelected.Render(text)
		case r.Missed > 0:
			text = st.RowOverdue.Render(text)
		}
		b.WriteString(text + "\n")
	}
	b.WriteString(st.Faint.Render(strings.Repeat("─", c.width)) + "\n")
	b.WriteString(c.detail.View())
	return b.String()
}

// covCols are the widths of a line's columns.
type covCols struct{ code, title, freq, marks, total int }

// columns fits the columns to the width: the title takes what the others
// leave; a narrow screen drops the frequency first.
func (c *coverageView) columns() covCols {
	lang := c.ctx.Lang()
	cc := covCols{code: width.Cells(c.ctx.T("col.code")), freq: width.Cells(c.ctx.T("col.frequency")),
		marks: width.Cells(c.ctx.T("coverage.col.marks")), total: width.Cells(c.ctx.T("coverage.col.total"))}
	for i := range c.cov.Rows {
		r := &c.cov.Rows[i]
		o := r.Obligation
		cc.code = max(cc.code, width.Cells(model.Code(model.EntityObligation, o.ID)))
		cc.freq = max(cc.freq, width.Cells(o.Freq.Text(lang)))
		cc.marks = max(cc.marks, width.Cells(marks(r)))
		cc.total = max(cc.total, width.Cells(total(r, lang)))
	}
	cc.freq = min(cc.freq, 16)
	const pointer, gaps = 2, 4 * 2
	cc.title = c.width - pointer - gaps - cc.code - cc.freq - cc.marks - cc.total
	if cc.title < 12 {
		cc.title += cc.freq + 2
		cc.freq = 0
	}
	cc.title = max(cc.title, 4)
	return cc
}

// line lays one line's cells out in the columns.
func (c *coverageView) line(cc covCols, pointer, code, title, freq, marks, total string) string {
	var b strings.Builder
	b.WriteString(width.PadRight(pointer, 2))
	b.WriteString(width.PadRight(code, cc.code) + "  ")
	b.WriteString(width.PadRight(width.Fit(title, cc.title), cc.title) + "  ")
	if cc.freq > 0 {
		b.WriteString(width.PadRight(width.Fit(freq, cc.freq), cc.freq) + "  ")
	}
	b.WriteString(width.PadRight(marks, cc.marks) + "  ")
	b.WriteString(width.PadLeft(total, cc.total))
	return b.String()
}

// detailText is the selected obligation's periods with their records.
func (c *coverageView) detailText() string {
	if c.cov == nil || c.cur >= len(c.cov.Rows) {
		return ""
	}
	r := &c.cov.Rows[c.cur]
	o := r.Obligation
	lang, st := c.ctx.Lang(), c.ctx.Styles
	b := detail.New(st, c.width, 10).Title(model.Code(model.EntityObligation, o.ID) + "  " + o.Title + "  " +
		o.Freq.Text(lang) + " " + o.MinText(lang))
	for _, p := range r.Periods {
		line := model.PeriodName(o.Freq, p.Period, lang) + "  " + summary.MarkText(lang, p.Mark, p.DaysLeft) +
			"  " + strconv.Itoa(p.Got) + "/" + strconv.Itoa(o.Min)
		if hits := summary.PeriodHitsText(lang, c.ctx.Ledger, p.Hits, p.Planned); hits != "" {
			line += "  " + hits
		}
		b.Bullet(line, markStyle(st, p.Mark))
	}
	if o.Source != "" {
		b.Faint(c.ctx.T("coverage.source", o.Source))
	}
	return b.String()
}

// marks are a row's periods' marks: ⚠✔⏳·······.
func marks(r *model.ObligationCoverage) string {
	var b strings.Builder
	for _, p := range r.Periods {
		b.WriteString(p.Mark.Symbol())
	}
	return b.String()
}

// total is "7/10 个月", or 建账前 when every period ended before the
// ledger began.
func total(r *model.ObligationCoverage, lang model.Lang) string {
	if r.Total() == 0 && r.Before > 0 {
		return model.LabelOf(model.MarkBefore).In(lang)
	}
	return strconv.Itoa(r.Met) + "/" + strconv.Itoa(r.Total()) + " " + model.PeriodUnit(r.Obligation.Freq.Kind, lang)
}

// ShortHelp is the view's keys.
func (c *coverageView) ShortHelp() []key.Binding {
	k := c.ctx.Keys
	return []key.Binding{k.Nav.Up, k.Nav.Down, k.Plans.PrevYear, k.Plans.NextYear, k.Browse.Open, k.Browse.Back}
}

// FullHelp is the same; the tab adds its own keys to it.
func (c *coverageView) FullHelp() [][]key.Binding { return [][]key.Binding{c.ShortHelp()} }
