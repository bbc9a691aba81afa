// Package table is the ledger's table. Rows are keyed by record ID, so
// after a reload, a sort or a filter the cursor stays on the same record.
// Cells hold plain text; state is shown by a mark in the row and by
// colouring whole rows after they are laid out.
//
// The table keeps the cursor and scroll offset itself and draws only the
// rows on screen. That makes each keystroke cost one screen of rows
// whatever the table's length, and means line i of the body is always row
// offset+i, which is what lets rows be coloured.
package table

import (
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"secretary/internal/pinyin"
	"secretary/model"
	"secretary/tui/search"
	"secretary/tui/theme"
)

// Mark is the state a row shows, by symbol and colour.
type Mark uint8

// Row marks.
const (
	MarkNone Mark = iota
	MarkOverdue
	MarkSoon
	MarkFaint // done, archived, cancelled: still listed, drawn quietly
)

// Row is one record's line.
type Row struct {
	ID    model.ID
	Cells []string
	// Sort holds a sortable form of each cell where the text does not
	// sort well (numbers, progress); nil or "" entries sort by the cell.
	Sort []string
	Mark Mark
	// Order is the row's place when no column sorts it (a tree's order:
	// parents before children); rows without one go by ID.
	Order string
	// Symbol overrides the mark's usual symbol in the gutter (e.g. ✎ for
	// an activity waiting for its record).
	Symbol string
	// People are the names of the people the record involves that no
	// cell shows (a task's supervisor, an activity's stage owners, a
	// rectification's verifier, a meeting's attendees): the filter finds
	// the row by them too (see browse.Names).
	People []string
	// Text is more text the filter finds the row by that no cell shows,
	// read as text, not as a name (a meeting's guests, written freely:
	// 区心理健康教育指导中心 王老师 is qu…, not the surname ou).
	Text []string

	key    string // search key, built on first filter
	widths []int  // each cell's width, measured on first need
}

// Column describes one column. Widths are in terminal cells.
type Column struct {
	Title string
	Min   int // never narrower; the column is dropped instead
	Max   int // never wider (0: no limit)
	Flex  int // share of spare width; 0 = as wide as its content
	// Drop orders columns for dropping when the terminal is narrow:
	// higher goes first, 0 never goes.
	Drop     int
	Sortable bool
	// Name marks a column of people's names: the filter and the sort read
	// a polyphonic surname as a surname (曾晓云 is zxy, sorted under Z).
	Name bool
}

// Model is the table.
type Model struct {
	styles *theme.Styles
	keyer  *search.Keyer

	cols    []Column
	widths  []int // fitted widths; 0 means dropped
	content []int // widest cell per column, measured on SetRows

	all   []Row // in sort order
	view  []int // indices into all that pass the filters
	query string
	quick func(*Row) bool

	sortCol  int
	sortDesc bool
	// sortKeys are the rows' keys for the sort column, in all's order;
	// nil when no column is sorted.
	sortKeys []string

	cursor, offset int
	width, height  int

	// keyBuf holds every row's search key in row order, each ended by
	// rowSep; keyOff[i] is where row i's key starts (see matchRows).
	keyBuf string
	keyOff []int

	// lines caches each row's laid-out columns (see View); cleared when
	// rows or widths change.
	lines map[model.ID]string
}

// gutterWidth is the column before the first: the cursor (›) and the
// row's mark symbol (⚠ overdue, ⏳ due soon), so both read without colour
// (NO_COLOR, black-and-white screenshots).
const gutterWidth = 3

// Cursor is the symbol that points at the selected row.
const Cursor = "›"

// New makes an empty table with the columns.
func New(styles *theme.Styles, keyer *search.Keyer, cols []Column) *Model {
	m := &Model{styles: styles, keyer: keyer, cols: cols, sortCol: -1}
	return m
}

// SetStyles swaps the styles (after a theme change).
func (m *Model) SetStyles(styles *theme.Styles) { m.styles = styles }

// SetColumns replaces the columns (after a language switch) keeping rows.
func (m *Model) SetColumns(cols []Column) {
	m.cols = cols
	m.measure()
	m.fit()
}

// SetRows replaces the rows, keeping the cursor on the same record when it
// is still there, and re-applying the sort and filters.
func (m *Model) SetRows(rows []Row) {
	keep := m.SelectedID()
	m.all = rows
	m.lines = nil
	m.keyBuf, m.keyOff = "", nil
	m.applySort()
	m.measure()
	m.refilter(keep)
	m.fit()
}

// SelectedID is the record under the cursor, or 0.
func (m *Model) SelectedID() model.ID {
	if m.cursor < 0 || m.cursor >= len(m.view) {
		return 0
	}
	return m.all[m.view[m.cursor]].ID
}

// Select puts the cursor on the record, if it is listed.
func (m *Model) Select(id model.ID) bool {
	for i, idx := range m.view {
		if m.all[idx].ID == id {
			m.cursor = i
			m.scroll()
			return true
		}
	}
	return false
}

// IDAt is the record of the i-th row shown, or 0.
func (m *Model) IDAt(i int) model.ID {
	if i < 0 || i >= len(m.view) {
		return 0
	}
	return m.all[m.view[i]].ID
}

// Len is the number of rows shown (after filters); Total all rows.
func (m *Model) Len() int { return len(m.view) }

// VisibleIDs are the records the filters leave, in the order shown.
func (m *Model) VisibleIDs() []model.ID {
	out := make([]model.ID, len(m.view))
	for i, at := range m.view {
		out[i] = m.all[at].ID
	}
	return out
}

// Total is the number of rows before filtering.
func (m *Model) Total() int { return len(m.all) }

// Cursor is the cursor's position among the shown rows.
func (m *Model) Cursor() int { return m.cursor }

// SetFilter applies the text filter (pinyin-aware, see package search).
func (m *Model) SetFilter(q string) {
	q = search.Query(q)
	if q == m.query {
		return
	}
	m.query = q
	m.refilter(m.SelectedID())
}

// Filter is the current text filter.
func (m *Model) Filter() string { return m.query }

// SetQuick applies a quick filter (nil: all rows).
func (m *Model) SetQuick(keep func(*Row) bool) {
	m.quick = keep
	m.refilter(m.SelectedID())
}

func (m *Model) refilter(keep model.ID) {
	m.view = m.view[:0]
	if m.query == "" {
		for i := range m.all {
			if m.quick == nil || m.quick(&m.all[i]) {
				m.view = append(m.view, i)
			}
		}
	} else {
		m.matchRows()
	}
	if keep == 0 || !m.Select(keep) {
		m.cursor = clamp(m.cursor, 0, len(m.view)-1)
		m.scroll()
	}
}

// buildKeys makes the search keys of rows that lack one, and lays every
// key end to end in one buffer, in row order. It runs on the first
// filter, not on the first frame. A large table is split among the
// cores, each part keyed by a Keyer of its own straight into a buffer
// of its own (no string a row); each row then keeps its key as a piece
// of the one buffer, which shares its memory, so the keys are held once.
func (m *Model) buildKeys() {
	if m.keyBuf != "" || len(m.all) == 0 {
		return
	}
	names := m.nameColumns()
	workers := min(runtime.GOMAXPROCS(0), 8, max(1, len(m.all)/parallelRows))
	chunk := (len(m.all) + workers - 1) / workers
	bufs := make([][]byte, workers)
	ends := make([][]int, workers) // each row's end in its part's buffer
	keyPart := func(w int, keyer *search.Keyer) {
		part := m.all[min(len(m.all), w*chunk):min(len(m.all), (w+1)*chunk)]
		buf := make([]byte, 0, len(part)*256)
		end := make([]int, 0, len(part))
		var cells []string // a row's cells and its Text, reused
		for i := range part {
			if r := &part[i]; r.key != "" {
				buf = append(buf, r.key...)
			} else {
				buf, cells = appendKey(keyer, buf, r, names, cells)
			}
			buf = append(buf, rowSep)
			end = append(end, len(buf))
		}
		bufs[w], ends[w] = buf, end
	}
	if workers == 1 {
		keyPart(0, m.keyer)
	} else {
		var wg sync.WaitGroup
		for w := range workers {
			keyer := m.keyer
			if w > 0 {
				keyer = search.NewKeyer()
			}
			wg.Go(func() { keyPart(w, keyer) })
		}
		wg.Wait()
	}
	var b strings.Builder
	size := 0
	for _, buf := range bufs {
		size += len(buf)
	}
	b.Grow(size)
	m.keyOff = make([]int, 0, len(m.all)+1)
	for w, buf := range bufs {
		base := b.Len()
		start := base
		for _, e := range ends[w] {
			m.keyOff = append(m.keyOff, start)
			start = base + e
		}
		b.Write(buf)
	}
	m.keyOff = append(m.keyOff, b.Len())
	m.keyBuf = b.String()
	for i := range m.all {
		m.all[i].key = m.keyBuf[m.keyOff[i] : m.keyOff[i+1]-1]
	}
}

// appendKey appends the row's search key to buf: its cells, its Text
// keyed as more cells that are no name column, and its People as names.
// cells is scratch for joining cells and Text, returned for reuse.
func appendKey(keyer *search.Keyer, buf []byte, r *Row, names []bool, cells []string) ([]byte, []string) {
	if len(r.Text) == 0 {
		return keyer.AppendRowKey(buf, r.Cells, names, r.People), cells
	}
	cells = append(append(cells[:0], r.Cells...), r.Text...)
	return keyer.AppendRowKey(buf, cells, names[:min(len(names), len(r.Cells))], r.People), cells
}

// rowSep ends each key in the buffer; a query never holds it, so a match
// never spans two rows.
const rowSep = '\x02'

// matchRows filters by the query with one pass over the key buffer: the
// search jumps from match to match (strings.Index runs at memory speed)
// instead of testing 100,000 short strings one by one, which kept a
// filter keystroke over its 10 ms budget.
func (m *Model) matchRows() {
	m.buildKeys()
	q := m.query
	if strings.IndexByte(q, rowSep) >= 0 {
		return
	}
	buf, off := m.keyBuf, m.keyOff
	pos, row := 0, 0
	for pos < len(buf) {
		i := strings.Index(buf[pos:], q)
		if i < 0 {
			break
		}
		at := pos + i
		// The row holding the match: the last start at or before it.
		row = row + sort.Search(len(off)-1-row, func(k int) bool { return off[row+k+1] > at })
		if m.quick == nil || m.quick(&m.all[row]) {
			m.view = append(m.view, row)
		}
		pos = off[row+1] // go on from the next row
	}
}

// parallelRows is how many rows each core keys at least: below it,
// starting goroutines costs more than it saves.
const parallelRows = 5000

// nameColumns marks the columns that hold people's names.
func (m *Model) nameColumns() []bool {
	names := make([]bool, len(m.cols))
	for i, c := range m.cols {
		names[i] = c.Name
	}
	return names
}

// CycleSort sorts by the next sortable column (s); the cycle ends with
// the rows' own order.
func (m *Model) CycleSort() {
	keep := m.SelectedID()
	next := -1
	for i := m.sortCol + 1; i < len(m.cols); i++ {
		if m.cols[i].Sortable {
			next = i
			break
		}
	}
	m.sortCol, m.sortDesc = next, false
	m.resort(keep)
}

// ReverseSort flips the sort direction (S).
func (m *Model) ReverseSort() {
	keep := m.SelectedID()
	m.sortDesc = !m.sortDesc
	m.resort(keep)
}

// SortState is the sort column (-1: natural order) and direction.
func (m *Model) SortState() (int, bool) { return m.sortCol, m.sortDesc }

func (m *Model) resort(keep model.ID) {
	m.applySort()
	m.refilter(keep)
}

// applySort orders all rows by the sort column; ties, and "no sort
// column", fall back to ID order, so the order is total and stable.
// Each row's key for the column is made once per sort (a text column's
// is its pinyin, see colKey) and kept beside the row for Upsert.
func (m *Model) applySort() {
	m.keyBuf, m.keyOff = "", nil // laid out in the old order
	col := m.sortCol
	if col < 0 || col >= len(m.cols) {
		m.sortKeys = nil
		sort.SliceStable(m.all, func(i, j int) bool { return m.before("", &m.all[i], "", &m.all[j]) })
		return
	}
	keys := make([]string, len(m.all))
	perm := make([]int, len(m.all))
	for i := range m.all {
		keys[i], perm[i] = m.colKey(&m.all[i], col), i
	}
	slices.SortFunc(perm, func(i, j int) int {
		if m.before(keys[i], &m.all[i], keys[j], &m.all[j]) {
			return -1
		}
		if m.before(keys[j], &m.all[j], keys[i], &m.all[i]) {
			return 1
		}
		return 0
	})
	rows := make([]Row, len(m.all))
	m.sortKeys = make([]string, len(m.all))
	for to, from := range perm {
		rows[to], m.sortKeys[to] = m.all[from], keys[from]
	}
	m.all = rows
}

// before is the table's order: by the sort column's keys ka and kb, then
// by ID.
func (m *Model) before(ka string, a *Row, kb string, b *Row) bool {
	col, desc := m.sortCol, m.sortDesc
	if col >= 0 && ka != kb {
		if desc {
			return ka > kb
		}
		return ka < kb
	}
	if col < 0 && a.Order != b.Order {
		if desc {
			return a.Order > b.Order
		}
		return a.Order < b.Order
	}
	if desc && col < 0 {
		return a.ID > b.ID
	}
	return a.ID < b.ID
}

// colKey is what a row sorts by in a column: the source's own key
// (numbers, dates), else the cell's text in pinyin order, a name column
// reading a surname as a surname (see package pinyin).
func (m *Model) colKey(r *Row, col int) string {
	if col < len(r.Sort) && r.Sort[col] != "" {
		return r.Sort[col]
	}
	if col >= len(r.Cells) {
		return ""
	}
	if col < len(m.cols) && m.cols[col].Name {
		return pinyin.NameSortKey(r.Cells[col])
	}
	return pinyin.SortKey(r.Cells[col])
}

// rowKey is the sort key of the row at i in all, or "" unsorted.
func (m *Model) rowKey(i int) string {
	if m.sortKeys == nil {
		return ""
	}
	return m.sortKeys[i]
}

// Upsert puts one row in its place in the current order, replacing the
// row with its ID: how a save reaches the screen without rebuilding every
// row of a large table. The cursor stays on the record it was on.
func (m *Model) Upsert(r Row) {
	keep := m.SelectedID()
	if i := m.indexOf(r.ID); i >= 0 {
		m.all = append(m.all[:i], m.all[i+1:]...)
		if m.sortKeys != nil {
			m.sortKeys = append(m.sortKeys[:i], m.sortKeys[i+1:]...)
		}
	}
	key := ""
	if m.sortKeys != nil {
		key = m.colKey(&r, m.sortCol)
	}
	at := sort.Search(len(m.all), func(i int) bool { return m.before(key, &r, m.rowKey(i), &m.all[i]) })
	m.all = append(m.all, Row{})
	copy(m.all[at+1:], m.all[at:])
	m.all[at] = r
	if m.sortKeys != nil {
		m.sortKeys = append(m.sortKeys, "")
		copy(m.sortKeys[at+1:], m.sortKeys[at:])
		m.sortKeys[at] = key
	}
	m.keyBuf, m.keyOff = "", nil
	m.refilter(keep)
	m.remeasure()
}

// Remove takes the record's row away; the cursor stays where it was, on
// the next row.
func (m *Model) Remove(id model.ID) {
	i := m.indexOf(id)
	if i < 0 {
		return
	}
	keep := m.SelectedID()
	if keep == id {
		keep = 0
	}
	m.all = append(m.all[:i], m.all[i+1:]...)
	if m.sortKeys != nil {
		m.sortKeys = append(m.sortKeys[:i], m.sortKeys[i+1:]...)
	}
	m.keyBuf, m.keyOff = "", nil
	m.refilter(keep)
	m.remeasure()
}

// indexOf is the position of the record's row in all, or -1.
func (m *Model) indexOf(id model.ID) int {
	for i := range m.all {
		if m.all[i].ID == id {
			return i
		}
	}
	return -1
}

// Movement.

// MoveUp moves the cursor up n rows.
func (m *Model) MoveUp(n int) { m.cursor = clamp(m.cursor-n, 0, len(m.view)-1); m.scroll() }

// MoveDown moves the cursor down n rows.
func (m *Model) MoveDown(n int) { m.cursor = clamp(m.cursor+n, 0, len(m.view)-1); m.scroll() }

// Top moves to the first row.
func (m *Model) Top() { m.cursor = 0; m.scroll() }

// Bottom moves to the last row.
func (m *Model) Bottom() { m.cursor = max(0, len(m.view)-1); m.scroll() }

// PageUp moves up one screen.
func (m *Model) PageUp() { m.MoveUp(max(1, m.bodyHeight())) }

// PageDown moves down one screen.
func (m *Model) PageDown() { m.MoveDown(max(1, m.bodyHeight())) }

// scroll keeps the cursor on screen.
func (m *Model) scroll() {
	h := max(1, m.bodyHeight())
	if m.cursor < m.offset {
		m.offset = m.cursor
	}
	if m.cursor >= m.offset+h {
		m.offset = m.cursor - h + 1
	}
	m.offset = clamp(m.offset, 0, max(0, len(m.view)-h))
	m.warm()
}

func (m *Model) bodyHeight() int { return m.height - 1 } // one line of header

// SetSize sets the table's size in cells, header included.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.fit()
	m.scroll()
}

func clamp(v, lo, hi int) int {
	if hi < lo {
		return lo
	}
	return min(max(v, lo), hi)
}
