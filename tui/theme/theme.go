// Package theme holds the program's one Styles struct. Every colour comes
// from an adaptive palette (readable on dark and light terminals), and no
// state is shown by colour alone: overdue rows also carry a mark, so
// NO_COLOR and black-and-white screenshots stay readable.
package theme

import "github.com/charmbracelet/lipgloss"

// Marks shown in tables and details beside the colour.
const (
	MarkOverdue = "⚠"
	MarkSoon    = "⏳"
	MarkNeeds   = "✎" // a past activity still waiting for its record
	MarkDone    = "✓"
)

// palette is the adaptive colour set.
type palette struct {
	accent, subtle, faint, text, danger, warn, ok, selectedBg, selectedFg, border lipgloss.AdaptiveColor
}

func defaultPalette() palette {
	return palette{
		accent:     lipgloss.AdaptiveColor{Light: "#1f5fbf", Dark: "#7aa2f7"},
		subtle:     lipgloss.AdaptiveColor{Light: "#555555", Dark: "#a9b1d6"},
		faint:      lipgloss.AdaptiveColor{Light: "#8a8a8a", Dark: "#6b7089"},
		text:       lipgloss.AdaptiveColor{Light: "#1a1a1a", Dark: "#e6e6e6"},
		danger:     lipgloss.AdaptiveColor{Light: "#b3261e", Dark: "#f7768e"},
		warn:       lipgloss.AdaptiveColor{Light: "#8a5a00", Dark: "#e0af68"},
		ok:         lipgloss.AdaptiveColor{Light: "#1e7a34", Dark: "#9ece6a"},
		selectedBg: lipgloss.AdaptiveColor{Light: "#d6e4ff", Dark: "#2e3c64"},
		selectedFg: lipgloss.AdaptiveColor{Light: "#000000", Dark: "#ffffff"},
		border:     lipgloss.AdaptiveColor{Light: "#b0b0b0", Dark: "#414868"},
	}
}

// Styles is every style the program draws with.
type Styles struct {
	AppTitle  lipgloss.Style
	LedgerTag lipgloss.Style
	Tab       lipgloss.Style
	ActiveTab lipgloss.Style
	TabBar    lipgloss.Style

	Help        lipgloss.Style
	StatusInfo  lipgloss.Style
	StatusOK    lipgloss.Style
	StatusError lipgloss.Style
	ReadOnly    lipgloss.Style

	TableHeader   lipgloss.Style
	TableCell     lipgloss.Style
	TableSelected lipgloss.Style
	RowOverdue    lipgloss.Style
	RowSoon       lipgloss.Style
	RowFaint      lipgloss.Style

	PaneBorder  lipgloss.Style
	PaneFocused lipgloss.Style
	DetailTitle lipgloss.Style
	Section     lipgloss.Style
	Label       lipgloss.Style
	Value       lipgloss.Style
	Faint       lipgloss.Style
	Overdue     lipgloss.Style
	Soon        lipgloss.Style
	OK          lipgloss.Style

	BarFilled lipgloss.Style
	BarEmpty  lipgloss.Style

	FilterPrompt lipgloss.Style
	Dialog       lipgloss.Style
	DialogTitle  lipgloss.Style
	Warning      lipgloss.Style
}

// DefaultStyles builds the styles on a renderer. The program passes the
// renderer for its output; tests pass one pinned to a colour profile.
func DefaultStyles(r *lipgloss.Renderer) *Styles {
	p := defaultPalette()
	ns := r.NewStyle
	return &Styles{
		AppTitle:  ns().Bold(true).Foreground(p.accent),
		LedgerTag: ns().Foreground(p.faint),
		Tab:       ns().Foreground(p.subtle).Padding(0, 1),
		ActiveTab: ns().Bold(true).Foreground(p.selectedFg).Background(p.selectedBg).Padding(0, 1),
		TabBar:    ns(),

		Help:        ns().Foreground(p.faint),
		StatusInfo:  ns().Foreground(p.subtle),
		StatusOK:    ns().Foreground(p.ok),
		StatusError: ns().Bold(true).Foreground(p.danger),
		ReadOnly:    ns().Bold(true).Foreground(p.warn),

		TableHeader:   ns().Bold(true).Foreground(p.accent).Padding(0, 1, 0, 0),
		TableCell:     ns().Padding(0, 1, 0, 0),
		TableSelected: ns().Bold(true).Foreground(p.selectedFg).Background(p.selectedBg),
		RowOverdue:    ns().Foreground(p.danger),
		RowSoon:       ns().Foreground(p.warn),
		RowFaint:      ns().Foreground(p.faint),

		PaneBorder:  ns().Border(lipgloss.RoundedBorder()).BorderForeground(p.border),
		PaneFocused: ns().Border(lipgloss.RoundedBorder()).BorderForeground(p.accent),
		DetailTitle: ns().Bold(true).Foreground(p.accent),
		Section:     ns().Bold(true).Foreground(p.subtle),
		Label:       ns().Foreground(p.faint),
		Value:       ns().Foreground(p.text),
		Faint:       ns().Foreground(p.faint),
		Overdue:     ns().Bold(true).Foreground(p.danger),
		Soon:        ns().Foreground(p.warn),
		OK:          ns().Foreground(p.ok),

		BarFilled: ns().Foreground(p.ok),
		BarEmpty:  ns().Foreground(p.faint),

		FilterPrompt: ns().Bold(true).Foreground(p.accent),
		Dialog:       ns().Border(lipgloss.RoundedBorder()).BorderForeground(p.danger).Padding(1, 2),
		DialogTitle:  ns().Bold(true).Foreground(p.danger),
		Warning:      ns().Foreground(p.warn),
	}
}
