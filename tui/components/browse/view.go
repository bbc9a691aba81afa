package browse

import (
	"fmt"
	"secretary/internal/width"
	"strings"

	"github.com/charmbracelet/lipgloss"
)

// layout sizes the table and the detail for the mode and the filters.
func (b *Browser) layout() {
	w, h := b.width, b.height
	if w <= 0 || h <= 0 {
		return
	}
	bodyH := h
	if b.showFilterLine() {
		bodyH--
	}
	tw, dw := w, 0
	if b.wide() {
		dw = detailWidth(w)
		tw = w - dw
	}
	b.tbl.SetSize(tw, bodyH)
	if dw == 0 {
		dw = w
	}
	// The detail sits in a rounded border: 2 columns and 2 rows of frame.
	b.detail.Width, b.detail.Height = max(1, dw-4), max(1, bodyH-2)
	b.refreshDetail()
}

// refreshDetail redraws the detail of the record under the cursor.
func (b *Browser) refreshDetail() {
	if b.stale {
		return // ensure draws it once the rows are there
	}
	if b.detail.Width <= 0 {
		return // not sized yet: layout draws it
	}
	id := b.tbl.SelectedID()
	if id == 0 {
		b.detail.SetContent(b.ctx.Styles.Faint.Render(b.ctx.T("detail.none")))
		return
	}
	b.detail.SetContent(b.src.Detail(b.ctx, id, b.detail.Width))
	if b.mode != modeDetail {
		b.detail.GotoTop()
	}
}

func (b *Browser) showFilterLine() bool {
	return b.mode == modeFilter || b.tbl.Filter() != "" || b.QuickName() != "" || b.scopeName != ""
}

// View draws the browser. It only reads: rows, sizes and the detail are
// brought up to date in Update and SetSize.
func (b *Browser) View() string {
	if b.width <= 0 || b.height <= 0 {
		return ""
	}
	st := b.ctx.Styles
	var body string
	switch {
	case b.wide():
		pane := st.PaneBorder
		if b.mode == modeDetail {
			pane = st.PaneFocused
		}
		body = joinColumns(b.tableView(), b.width-detailWidth(b.width), pane.Padding(0, 1).Render(b.detail.View()))
	case b.mode == modeDetail:
		body = st.PaneFocused.Padding(0, 1).Render(b.detail.View())
	default:
		body = b.tableView()
	}
	if b.showFilterLine() {
		body += "\n" + b.filterLine()
	}
	return body
}

func (b *Browser) tableView() string {
	if b.tbl.Total() == 0 {
		return b.emptyView(b.ctx.T("table.empty"))
	}
	if b.tbl.Len() == 0 {
		return b.emptyView(b.ctx.T("table.no_match"))
	}
	return b.tbl.View()
}

// emptyView fills the table's area with a hint, so an empty tab says what
// to do rather than showing nothing.
func (b *Browser) emptyView(msg string) string {
	w, h := b.width, b.height
	if b.wide() {
		w -= detailWidth(b.width)
	}
	if b.showFilterLine() {
		h--
	}
	return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, b.ctx.Styles.Faint.Render(msg))
}

// filterLine shows the filter being typed, or the filters in force, and
// how many rows they leave.
func (b *Browser) filterLine() string {
	st := b.ctx.Styles
	var parts []string
	if b.scopeName != "" {
		parts = append(parts, st.FilterPrompt.Render(b.scopeName))
	}
	if b.mode == modeFilter {
		parts = append(parts, st.FilterPrompt.Render("/ "+b.ctx.T("filter.prompt"))+b.filter.View())
	} else if f := b.tbl.Filter(); f != "" {
		parts = append(parts, st.FilterPrompt.Render(b.ctx.T("filter.active"))+f)
	}
	if q := b.QuickName(); q != "" {
		parts = append(parts, st.FilterPrompt.Render(b.ctx.T("filter.quick"))+q)
	}
	parts = append(parts, st.Faint.Render(fmt.Sprintf("%d/%d", b.tbl.Len(), b.tbl.Total())))
	return lipgloss.NewStyle().MaxWidth(b.width).Render(strings.Join(parts, "  "))
}

// detailWidth is the detail pane's width beside the table: a third of the
// screen, at least 40 cells so a Chinese sentence still fits a line.
func detailWidth(w int) int { return max(40, w/3) }

// joinColumns puts right beside left, padding left's lines to w cells.
// It measures only the left lines (the table's, mostly ASCII and cheap),
// where lipgloss.JoinHorizontal would measure both blocks on every frame.
func joinColumns(left string, w int, right string) string {
	ls, rs := strings.Split(left, "\n"), strings.Split(right, "\n")
	n := max(len(ls), len(rs))
	var b strings.Builder
	for i := 0; i < n; i++ {
		l := ""
		if i < len(ls) {
			l = ls[i]
		}
		b.WriteString(l)
		if pad := w - width.Styled(l); pad > 0 {
			b.WriteString(strings.Repeat(" ", pad))
		}
		if i < len(rs) {
			b.WriteString(rs[i])
		}
		if i < n-1 {
			b.WriteByte('\n')
		}
	}
	return b.String()
}
