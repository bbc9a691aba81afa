package model

import (
	"regexp"
	"strconv"
	"strings"
)

// FormatAgenda writes an agenda as one text: each item starts with its
// number on a line of its own ("1. 议题"), its notes on the lines after.
// Sheets and the meeting form both use it, and ParseAgenda reads it back.
func FormatAgenda(list []AgendaItem) string {
	var b strings.Builder
	for i, a := range list {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(strconv.Itoa(i+1) + ". " + a.Title)
		if a.Notes != "" {
			b.WriteString("\n" + a.Notes)
		}
	}
	return b.String()
}

var agendaItemStart = regexp.MustCompile(`^\s*(\d{1,3})\s*[.、．]\s*(.*)$`)

// ParseAgenda reads FormatAgenda's layout back; a text without numbered
// lines is one item per line, without notes.
func ParseAgenda(s string) []AgendaItem {
	var out []AgendaItem
	numbered := false
	for _, line := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		if m := agendaItemStart.FindStringSubmatch(line); m != nil {
			numbered = true
			out = append(out, AgendaItem{Title: strings.TrimSpace(m[2])})
			continue
		}
		if numbered && len(out) > 0 {
			a := &out[len(out)-1]
			if a.Notes != "" {
				a.Notes += "\n"
			}
			a.Notes += line
			continue
		}
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, AgendaItem{Title: line})
		}
	}
	for i := range out {
		out[i].Notes = strings.TrimRight(out[i].Notes, "\n ")
	}
	return out
}
