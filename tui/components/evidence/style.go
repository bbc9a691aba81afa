package evidence

import "github.com/charmbracelet/lipgloss"

// lipglossMax cuts styled text to w cells.
func lipglossMax(s string, w int) string {
	if w <= 0 {
		return s
	}
	return lipgloss.NewStyle().MaxWidth(w).Render(s)
}
