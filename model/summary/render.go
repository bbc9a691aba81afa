package summary

import (
	"fmt"
	"io"
	"strings"

	"secretary/internal/i18n"
	"secretary/model"
)

// Format is a printout's file format.
type Format uint8

// Formats. PDF is not rendered here: it is the HTML printed by a browser
// engine (see package printout).
const (
	FormatText Format = 1 + iota
	FormatMarkdown
	FormatHTML
	FormatPDF
)

// formatInfo is read-only: the --format value and the file extension.
var formatInfo = [...]struct{ code, ext string }{
	{},
	{"text", ".txt"},
	{"md", ".md"},
	{"html", ".html"},
	{"pdf", ".pdf"},
}

// Formats lists the formats in the order the command line offers them.
func Formats() []Format { return []Format{FormatText, FormatMarkdown, FormatHTML, FormatPDF} }

// ParseFormat reads a --format value: text, md (or markdown), html, pdf.
func ParseFormat(s string) (Format, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch s {
	case "txt":
		return FormatText, true
	case "markdown":
		return FormatMarkdown, true
	case "htm":
		return FormatHTML, true
	}
	for _, f := range Formats() {
		if formatInfo[f].code == s {
			return f, true
		}
	}
	return 0, false
}

// FormatOfPath is the format a file name's extension implies, if any:
// -o summary.pdf means PDF without --format.
func FormatOfPath(path string) (Format, bool) {
	i := strings.LastIndexByte(path, '.')
	if i < 0 {
		return 0, false
	}
	return ParseFormat(path[i+1:])
}

// String is the --format value.
func (f Format) String() string {
	if int(f) >= len(formatInfo) || f == 0 {
		return ""
	}
	return formatInfo[f].code
}

// Ext is the file extension with its dot: ".html".
func (f Format) Ext() string {
	if int(f) >= len(formatInfo) || f == 0 {
		return ""
	}
	return formatInfo[f].ext
}

// Options tune a rendering.
type Options struct {
	Lang  model.Lang // zh (default) or en
	Width int        // text only: cells per line; 0 means DefaultWidth
	// AutoPrint (HTML only) opens the browser's print dialog as soon as
	// the page has loaded: the Windows way to print, where no lp exists.
	AutoPrint bool
}

// Render writes the summary in the format. PDF is refused: it is made
// from the HTML by a browser (package printout).
func Render(w io.Writer, s *Summary, f Format, o Options) error {
	return render(w, summaryDoc(s, o.Lang, false), f, o)
}

// RenderSlip writes a task slip in the format.
func RenderSlip(w io.Writer, sl *Slip, f Format, o Options) error {
	return render(w, slipDoc(sl, o.Lang), f, o)
}

func render(w io.Writer, d *document, f Format, o Options) error {
	var s string
	switch f {
	case FormatText:
		s = renderText(d, o.Width)
	case FormatMarkdown:
		s = renderMarkdown(d)
	case FormatHTML:
		s = renderHTML(d, o.AutoPrint)
	default:
		return fmt.Errorf("summary: format %q is not rendered here", f.String())
	}
	if _, err := io.WriteString(w, s); err != nil {
		return fmt.Errorf("write summary: %w", err)
	}
	return nil
}

// Document is a printout: a meeting summary or a task slip. The printing
// code (package printout), the CLI and the Summary tab write either the
// same way.
type Document interface {
	// Write renders the document in a text format (not PDF).
	Write(w io.Writer, f Format, o Options) error
	// FileName is a sensible file name for it in the format.
	FileName(f Format, lang model.Lang) string
}

// Write renders the summary (Render as a method, for Document).
func (s *Summary) Write(w io.Writer, f Format, o Options) error { return Render(w, s, f, o) }

// Write renders the task slip.
func (sl *Slip) Write(w io.Writer, f Format, o Options) error { return RenderSlip(w, sl, f, o) }

// FileName is a sensible name for the summary's file: the period's days
// and the format's extension, "会议汇报_2026-09-01_2027-01-31.html" (or
// "summary_…" in English). ASCII dates keep it sortable; the Chinese
// word keeps it recognisable on a shared USB stick.
func (s *Summary) FileName(f Format, lang model.Lang) string {
	base := i18n.For(lang).Sprintf("print.file.summary")
	return base + "_" + s.Period.From.String() + "_" + s.Period.To.String() + f.Ext()
}

// FileName is a name for a task slip's file: "任务单_张三_2026-11-20.pdf".
func (sl *Slip) FileName(f Format, lang model.Lang) string {
	base := i18n.For(lang).Sprintf("print.file.slip")
	return base + "_" + safeFileName(sl.Owner.Name) + "_" + sl.Today.String() + f.Ext()
}

// safeFileName drops what Windows, macOS or Linux refuse in a file name.
func safeFileName(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || strings.ContainsRune(`<>:"/\|?*`, r) {
			return -1
		}
		if r == ' ' {
			return '-'
		}
		return r
	}, s)
	if s == "" {
		return "owner"
	}
	return s
}
