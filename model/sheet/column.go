package sheet

import (
	"secretary/internal/i18n"
	"secretary/model"
)

// listKind names the drop-down list a template column offers.
type listKind uint8

const (
	listNone listKind = iota
	listPlanKind
	listPlanStatus
	listArea
	listTaskStatus
	listActivityKind
	listActivityStatus
	listAssessmentKind
	listRating
	listRectStatus
	listOwner
	listMeetingKind
	listMeetingStatus
	listGroupRole
)

// column is one column of a tab: its header in both languages, how a
// record's value is written into it and how a cell is read back.
type column[T any] struct {
	key string // field key ("task.due"): validation problems point at the column by it
	// head is the header's ASCII code, also accepted on import; its text is
	// the catalogue's "sheet.col.<key>" (internal/i18n/sheetlayout.go).
	head     string
	headKey  i18n.Key // a header text other than "sheet.col.<key>"
	alias    []string // other headers hand-made ledgers use for the column
	kind     Kind
	list     listKind
	wrap     bool // long or multi-line text: wrapped, with a capped width
	required bool // an import without this column cannot make records
	derived  bool // computed on export (progress, overdue); ignored on import
	get      func(x *exporter, r *T) Cell
	set      func(c *cellIn, r *T)
}

// colInfo is what writers and readers need of a column, whatever the
// record type.
type colInfo struct {
	key      string
	head     model.Label
	alias    []string
	kind     Kind
	list     listKind
	wrap     bool
	required bool
	derived  bool
}

// header is the column's header: its code, and its text in the catalogue.
func (c column[T]) header() model.Label {
	if c.headKey != "" {
		return model.Label{Code: c.head, Key: c.headKey}
	}
	return model.Label{Code: c.head, Key: i18n.Key("sheet.col." + c.key)}
}

func (c column[T]) info() colInfo {
	return colInfo{key: c.key, head: c.header(), alias: c.alias, kind: c.kind, list: c.list, wrap: c.wrap, required: c.required, derived: c.derived}
}

func infos[T any](cols []column[T]) []colInfo {
	out := make([]colInfo, len(cols))
	for i, c := range cols {
		out[i] = c.info()
	}
	return out
}

// codeColumn is the first column of every tab: the record's display code,
// which is how a re-import finds the record to update.
func codeColumn[T any](e model.Entity, id func(*T) model.ID) column[T] {
	return column[T]{
		key: e.Code() + ".id", head: "code", headKey: "sheet.col.code",
		get: func(_ *exporter, r *T) Cell { return textCell(model.Code(e, id(r))) },
	}
}

func enumCell[E model.Enum](x *exporter, e E) Cell { return textCell(model.LabelOf(e).In(x.lang)) }

func overdueCell(x *exporter, overdue bool) Cell {
	if !overdue {
		return textCell("")
	}
	return textCell(overdueMark.In(x.lang))
}

// overdueMark is written in the overdue column, so an overdue row shows
// in a black-and-white printout and can be filtered, not only coloured.
var overdueMark = model.Label{Code: "overdue", Key: "sheet.overdue"}

// Column describes one column of a tab, for a UI that explains the
// layout or a test that checks what another program reads.
type Column struct {
	Key      string      // field key, e.g. "task.due"
	Header   model.Label // in both languages
	Kind     Kind
	Computed bool // written on export (progress, overdue), ignored on import
	Required bool // new records need it
}

// Columns lists a tab's columns in sheet order.
func Columns(e model.Entity) []Column {
	cols := columnsOf(e)
	out := make([]Column, len(cols))
	for i, c := range cols {
		out[i] = Column{Key: c.key, Header: c.head, Kind: c.kind, Computed: c.derived, Required: c.required}
	}
	return out
}
