// Package browse is the screen every tab is made of: a table of one kind
// of record, a detail pane, a text filter and quick filters, sorting, and
// the keys that open a form, ask before deleting or show a record's
// history (each an overlay the root shows over the tabs). A view supplies
// a Source (what the rows, detail and forms are); the Browser does the
// rest the same way on every tab.
package browse

import (
	"secretary/app"
	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/components/table"
	"secretary/tui/forms"
)

// Source is what a view tells the browser about its records.
type Source interface {
	Entity() model.Entity
	// Depends lists the other kinds of record the rows show something
	// of (an owner's name on a task): a change to one of them rebuilds
	// the rows, where a change to the source's own kind patches one row.
	Depends() []model.Entity
	Columns(ctx *common.Context) []table.Column
	// Rows is every record's row; Row is one record's, false when the
	// ledger does not hold it.
	Rows(ctx *common.Context) []table.Row
	Row(ctx *common.Context, id model.ID) (table.Row, bool)
	// Detail is the record's detail, drawn to the width.
	Detail(ctx *common.Context, id model.ID, width int) string
	// Quick lists the quick filters f cycles through. selected is the
	// record under the cursor, for filters such as "this owner's tasks".
	Quick(ctx *common.Context, selected model.ID) []Quick
	// NewDraft and EditDraft open forms; nil means the action is not
	// offered here.
	NewDraft(ctx *common.Context) forms.Draft
	EditDraft(ctx *common.Context, id model.ID) forms.Draft
}

// Deleter is a Source whose records are deleted by a use case of their
// own rather than app.Delete (a meeting goes with its decisions).
type Deleter interface {
	Delete(a *app.Service, id model.ID) (app.Result, error)
}

// Describer is a Source that names its records itself for the delete
// question; others are named "任务 T-41「title」" from the record.
type Describer interface {
	Describe(ctx *common.Context, id model.ID) string
}

// describe names a record for the delete question.
func describe(ctx *common.Context, src Source, id model.ID) string {
	if d, ok := src.(Describer); ok {
		return d.Describe(ctx, id)
	}
	e := src.Entity()
	if r := ctx.Ledger.Record(e, id); r != nil {
		return ctx.T("describe.record", ctx.L(e.Label()), model.Code(e, id), r.DisplayName())
	}
	return model.Code(e, id)
}

// Keep turns a test on one kind of record into a row filter: get looks
// the row's record up in the ledger.
func Keep[T any](get func(model.ID) *T, keep func(*T) bool) func(*table.Row) bool {
	return func(r *table.Row) bool {
		x := get(r.ID)
		return x != nil && keep(x)
	}
}

// Quick is a quick filter.
type Quick struct {
	Name string
	Keep func(*table.Row) bool // nil: every row
	// ByPerson makes this the filter of one person's records: choosing it
	// asks which person (a pinyin picker, see package picker), then keeps
	// the rows ByPerson(that person) accepts; Name is then "责任人：张三".
	ByPerson func(owner model.ID) func(*table.Row) bool
}

// RowsOf builds every row of a kind from a per-record row function: the
// usual Rows of a source.
func RowsOf[T any](items []T, row func(*T) table.Row) []table.Row {
	rows := make([]table.Row, 0, len(items))
	for i := range items {
		rows = append(rows, row(&items[i]))
	}
	return rows
}

// RowOf is the usual Row of a source: the record looked up, then its row.
func RowOf[T any](get func(model.ID) *T, id model.ID, row func(*T) table.Row) (table.Row, bool) {
	x := get(id)
	if x == nil {
		return table.Row{}, false
	}
	return row(x), true
}

// Names are the names of the people, for a row's People: those a record
// involves that its cells do not show (a task's supervisor, an
// activity's stage owners, a rectification's verifier, a meeting's
// attendees), so the filter finds the row by them (/zs finds the tasks
// 张淑芬 supervises). IDs of no one are left out.
func Names(l *model.Ledger, ids ...model.ID) []string {
	var out []string
	for _, id := range ids {
		if id == 0 {
			continue
		}
		if name := l.OwnerName(id); name != "" {
			out = append(out, name)
		}
	}
	return out
}
