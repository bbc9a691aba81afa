package sheet

import (
	"secretary/model"
)

// Options steer Prepare.
type Options struct {
	// Today is the day relative dates (今天, +7) are read against and the
	// store will stamp on records (a task marked done).
	Today model.Date
	// CreateOwners adds a person named in an owner column who is neither
	// in the ledger nor on the file's owners sheet, instead of reporting
	// the row.
	CreateOwners bool
	// LastIDs is the highest ID each kind has ever given out
	// (store.LastIDs). A coded row for a record that is not in the ledger
	// keeps its code only above it; at or below it the number belonged to
	// a deleted record and the row is refused. Nil: the ledger's highest
	// IDs, which cannot see deleted records (the commit still refuses).
	LastIDs map[model.Entity]model.ID
	// Tab says which tab a CSV file holds, when its headers do not tell.
	// Zero: recognise it from the headers.
	Tab model.Entity
	// AllowDuplicates imports a row without a code even when it matches a
	// record the ledger already has (see Import.Duplicates), instead of
	// skipping it.
	AllowDuplicates bool
}

// Import is a checked, planned import: what the file would add and change,
// every problem found, and notes. Nothing is written until Apply, and
// Apply refuses while Problems is not empty.
type Import struct {
	File     string    // the file's name
	Tabs     []TabPlan // per tab with rows, in workbook order
	Notes    []Problem // worth knowing, not stopping: ignored columns and sheets, owners to be created
	Problems []Problem // every reason the file cannot be imported as it is
	// Duplicates are rows without a code that match a record the ledger
	// already has (a task by title, owner and due date; an activity by
	// title and date; a person by name): the same file imported twice.
	// They are skipped unless Options.AllowDuplicates.
	Duplicates []Problem
	// Renamed are coded rows whose title differs from the record's: the
	// row may be meant for another record. The preview shows each.
	Renamed []Rename
	// Warnings are figures worth a second look (model's plausibility
	// rules: 3028 participants for 30 expected …). A front end imports
	// them only when the user confirms (--yes on the command line).
	Warnings []Problem

	rows int // data rows read
}

// TabPlan is what an import does to one tab.
type TabPlan struct {
	Tab       model.Entity
	New       []model.MutableRecord // records to add, in ID order
	Updated   []Update              // records to change
	Unchanged int                   // rows that match their record already
}

// Update is one record an import changes.
type Update struct {
	Before model.MutableRecord // as it is in the ledger
	After  model.MutableRecord // as the file has it
	Fields []string            // keys of the columns that differ ("task.due"); translated as "field.task.due"
}

// Rename is a coded row that gives its record another title.
type Rename struct {
	Code     string // the record's display code
	From, To string // its title in the ledger and in the file
	At       Problem
}

// NeedsConfirmation reports what a person should look at before the
// import is applied: warnings and title changes. A front end asks, or
// refuses without --yes.
func (imp *Import) NeedsConfirmation() bool { return len(imp.Warnings) > 0 || len(imp.Renamed) > 0 }

// OK reports whether the import can be applied.
func (imp *Import) OK() bool { return len(imp.Problems) == 0 }

// Rows is how many data rows the file held.
func (imp *Import) Rows() int { return imp.rows }

// Counts are how many records the import adds and changes, per kind.
func (imp *Import) Counts() (added, changed model.Counts) {
	for _, t := range imp.Tabs {
		added.Add(t.Tab, len(t.New))
		changed.Add(t.Tab, len(t.Updated))
	}
	return added, changed
}

// Empty reports an import that would change nothing.
func (imp *Import) Empty() bool {
	a, c := imp.Counts()
	return a.Total()+c.Total() == 0
}

// Tab returns the plan for one tab (empty if the file has none).
func (imp *Import) Tab(e model.Entity) TabPlan {
	for _, t := range imp.Tabs {
		if t.Tab == e {
			return t
		}
	}
	return TabPlan{Tab: e}
}

// Prepare reads every row of the file against the ledger: which record
// each row updates or adds, every cell that cannot be read, every record
// that would not pass the store's checks. It changes neither the file nor
// the ledger. l is the ledger as loaded now (store.Load); it is only
// read, so a UI may go on showing it meanwhile. Apply later refuses if the
// ledger has changed in between.
func Prepare(f *File, l *model.Ledger, opts Options) *Import {
	p := newImporter(f, l, opts)
	p.mapSheets()
	// Sheets that could not be mapped are skipped; every other sheet is
	// still read, so one bad header does not hide the rows' problems.
	for _, e := range importOrder() {
		p.readTab(e)
		p.register(e)
	}
	p.check()
	sortProblems(p.imp.Problems)
	sortProblems(p.imp.Notes)
	sortProblems(p.imp.Duplicates)
	sortProblems(p.imp.Warnings)
	return p.imp
}
