package summary

import (
	"secretary/model"
)

// document is a printout in one language, before layout: headings,
// figures, tables and charts. Building it once keeps what a summary says
// in one place; the text, Markdown and HTML renderers only lay it out.
type document struct {
	Lang     model.Lang
	Slip     bool   // a task slip rather than a meeting summary
	Title    string // the group's name, or a generic title
	Subtitle string // shown under the title unless empty or the same (see subtitle)
	Meta     []fact // school, secretary, period, date
	Legend   string
	Sections []section
	Footer   string // printed at the end (the slip's signature line)
	// Banner is printed at the top of every page (an internal meeting's
	// notes: 内部资料); "" for none.
	Banner string
	Kind   string // the body's class in HTML: "summary", "slip", "minutes"
	// Landscape prints on A4 turned sideways (a wall list's many
	// columns), with Running at the head of every page.
	Landscape bool
	Running   []string // left and right of every page's head: the group and school, the date
}

type section struct {
	// Part, when set, starts a part of a longer document (a meeting
	// pack) on a new page, under this heading.
	Part   string
	Key    string // stable id: "overview", "plans", …
	Title  string // numbered: "一、总体情况"
	Blocks []block
}

// block is one of facts, heading, note, *table, *chart or pair.
type block interface{ isBlock() }

// facts are labelled figures, laid out in columns.
type facts []fact

type fact struct {
	Label string
	Value string
	Key   string // data key, for tests and the HTML's data-k attribute
	Mark  bool   // overdue: marked with a symbol, not colour
}

// heading is a sub-heading inside a section.
type heading string

// note is a line of explanation or an "empty" message.
type note string

type table struct {
	Key  string
	Cols []column
	Rows [][]cell
	// Widths, if set, are the columns' shares of the page in percent, so
	// the tables of one list (a group each) line up on paper.
	Widths []int
}

type column struct {
	Head   string
	Num    bool // right-aligned and never wrapped
	NoWrap bool // never wrapped on paper: dates, short states
}

type cell struct {
	Text string
	Key  string
	Mark bool // overdue
	Bar  int  // a progress bar of this percent before the text; -1 for none
}

// chart is a horizontal bar chart; the HTML renderer draws it as SVG.
// Each row has one segment per series; the text renderers leave charts
// out (the tables beside them hold the same figures).
type chart struct {
	Key    string
	Title  string
	Series []series
	Rows   []chartRow
	// Percent charts draw each row against 100%; count charts against the
	// largest row total.
	Percent bool
	Narrow  bool // drawn half width, beside a table
	// Explain says what the figures after each bar are ("逾期/未完成/本期
	// 完成"), printed under the title: a legend names the patterns, this
	// names the numbers.
	Explain string
}

// pair is two groups of blocks side by side on paper (one after the other
// in text): a short table and a chart.
type pair struct {
	Left, Right []block
}

type series struct {
	Label   string
	Pattern string // an SVG pattern id: "hatch", "solid", "cross", "blank"
}

type chartRow struct {
	Label  string
	Values []int
	Note   string // printed after the bar: "6/9 67%"
}

func (facts) isBlock()   {}
func (heading) isBlock() {}
func (note) isBlock()    {}
func (*table) isBlock()  {}
func (*chart) isBlock()  {}
func (pair) isBlock()    {}

func txt(s string) cell { return cell{Text: s, Bar: -1} }

func num(s, key string) cell { return cell{Text: s, Key: key, Bar: -1} }

// iso is the date as 2026-11-20 (or "" for none), without fmt: a large
// summary formats tens of thousands of dates.
func iso(d model.Date) string {
	if d.IsZero() {
		return ""
	}
	y, m, dd := d.Parts()
	if y < 0 || y > 9999 {
		return d.String()
	}
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + int(m)/10), byte('0' + int(m)%10), '-', byte('0' + dd/10), byte('0' + dd%10)}
	return string(b[:])
}

// subtitle is the line under the title, or "" when there is none to show:
// a printout without a group name takes its subtitle as its title, and
// it is not printed twice.
func (d *document) subtitle() string {
	if d.Subtitle == d.Title {
		return ""
	}
	return d.Subtitle
}
