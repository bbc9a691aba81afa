package sheet

import (
	"strings"
	"unicode"

	"secretary/model"
)

// importer is the state of one Prepare.
type importer struct {
	f    *File
	l    *model.Ledger
	opts Options
	imp  *Import
	x    *exporter // renders cells for the changed-field lists

	sheets []*sheetIn
	last   map[model.Entity]model.ID // highest ID given out or claimed so far, per kind
	// floors is the highest ID the ledger has ever given out, per kind: a
	// new record keeps its file's number only above it.
	floors map[model.Entity]model.ID
	pend   map[model.Entity][]*pending
	byID   map[model.Entity]map[model.ID]*pending // rows by record, for duplicate codes
	// merged is every record as it will be after the import: the ledger's,
	// with the file's rows over them.
	merged     map[model.Entity]map[model.ID]model.MutableRecord
	ownerNames map[string][]model.ID // nameKey → owners, after the owners sheet
	titles     map[model.Entity]map[string][]model.ID
	created    map[string]model.ID // owners made by CreateOwners, by nameKey
	keys       map[string]string   // nameKey of names as written: a sheet repeats a few names thousands of times
}

// pending is one record the file holds: where it came from, the record as
// the file has it and the ledger's version (nil for a new record).
type pending struct {
	s      *sheetIn
	row    int // index of the record's (first) row in the table
	rec    model.MutableRecord
	before model.MutableRecord
	bad    map[string]bool // field keys whose cell was already reported
	skip   bool            // the row's code is unusable: read for problems, never imported
	coded  bool            // the row has a code (updates, or keeps, that record)
}

func (pd *pending) markBad(key string) {
	if pd.bad == nil {
		pd.bad = map[string]bool{}
	}
	pd.bad[key] = true
}

func newImporter(f *File, l *model.Ledger, opts Options) *importer {
	p := &importer{
		f: f, l: l, opts: opts,
		imp:    &Import{File: f.Name},
		x:      newExporter(l, model.LangZh, opts.Today).internal(),
		last:   map[model.Entity]model.ID{},
		floors: map[model.Entity]model.ID{},
		pend:   map[model.Entity][]*pending{},
		byID:   map[model.Entity]map[model.ID]*pending{},
		merged: map[model.Entity]map[model.ID]model.MutableRecord{},
		titles: map[model.Entity]map[string][]model.ID{},
	}
	for _, e := range model.Entities() {
		p.byID[e] = map[model.ID]*pending{}
		p.merged[e] = map[model.ID]model.MutableRecord{}
		p.last[e] = opts.LastIDs[e]
	}
	_ = l.EachRecord(func(r model.MutableRecord) error {
		p.merged[r.Entity()][r.GetID()] = r
		if r.GetID() > p.last[r.Entity()] {
			p.last[r.Entity()] = r.GetID()
		}
		return nil
	})
	for e, id := range p.last {
		p.floors[e] = id
	}
	p.indexOwners()
	return p
}

// problem records a problem at a cell (col < 0: the whole row; row < 0:
// the whole sheet).
func (p *importer) problem(s *sheetIn, row, col int, value string, msg model.Msg) {
	p.imp.Problems = append(p.imp.Problems, s.at(row, col, value, msg))
}

func (p *importer) note(s *sheetIn, row, col int, value string, msg model.Msg) {
	p.imp.Notes = append(p.imp.Notes, s.at(row, col, value, msg))
}

func (p *importer) exists(e model.Entity, id model.ID) bool {
	if _, ok := p.merged[e][id]; ok {
		return true
	}
	// A coded row read earlier in the same sheet: records that point at
	// their own kind (an indicator's parent) find the rows above them.
	return p.byID[e][id] != nil
}

// codeRef reads a leading display code of the entity ("P-2" or "P-2 title").
// ok is false when the cell does not start with one; when it does but the
// record does not exist, the cell is reported and ok is true.
func (p *importer) codeRef(c *cellIn, e model.Entity, s string) (model.ID, bool) {
	tok := s
	if i := strings.IndexFunc(s, unicode.IsSpace); i > 0 {
		tok = s[:i]
	}
	ent, id, ok := model.ParseCode(tok)
	if !ok || ent != e {
		return 0, false
	}
	if !p.exists(e, id) {
		c.fail(MsgNoRecord, model.Code(e, id))
		return 0, true
	}
	return id, true
}

// nameKeyOf is nameKey, remembered.
func (p *importer) nameKeyOf(s string) string {
	k, ok := p.keys[s]
	if !ok {
		if p.keys == nil {
			p.keys = map[string]string{}
		}
		k = nameKey(s)
		p.keys[s] = k
	}
	return k
}

// nextID gives the next free number of a kind.
func (p *importer) nextID(e model.Entity) model.ID {
	p.last[e]++
	return p.last[e]
}

// indexOwners (re)builds the name lookup from the merged owners.
func (p *importer) indexOwners() {
	p.ownerNames = map[string][]model.ID{}
	for _, id := range sortedIDs(p.merged[model.EntityOwner]) {
		o := p.merged[model.EntityOwner][id].(*model.Owner)
		k := nameKey(o.Name)
		p.ownerNames[k] = append(p.ownerNames[k], id)
	}
}

// byTitle finds records that rows name by title instead of by code. The
// lookup is built on first use: most files use codes, and building it for
// 10,000 tasks would cost more than the rest of their checks.
func (p *importer) byTitle(e model.Entity, title string) []model.ID {
	m, ok := p.titles[e]
	if !ok {
		m = map[string][]model.ID{}
		for _, id := range sortedIDs(p.merged[e]) {
			k := nameKey(p.merged[e][id].DisplayName())
			m[k] = append(m[k], id)
		}
		p.titles[e] = m
	}
	return m[nameKey(title)]
}

// createOwner adds a person named in an owner column (CreateOwners), once
// per name.
func (p *importer) createOwner(c *cellIn, name string) model.ID {
	k := nameKey(name)
	if id, ok := p.created[k]; ok {
		return id
	}
	if p.created == nil {
		p.created = map[string]model.ID{}
	}
	o := &model.Owner{ID: p.nextID(model.EntityOwner), Name: name}
	p.created[k] = o.ID
	p.ownerNames[k] = []model.ID{o.ID}
	p.merged[model.EntityOwner][o.ID] = o
	p.pend[model.EntityOwner] = append(p.pend[model.EntityOwner], &pending{s: c.s, row: c.row, rec: o})
	p.note(c.s, c.row, c.col, c.v, model.M(MsgOwnerCreated, name, model.CodeOf(o)))
	return o.ID
}

// register makes a tab's rows visible to the tabs read after it: new
// rows without a code get their numbers, and lookups by name and title
// are rebuilt. A row without a code that matches a record the ledger
// has is set aside first (dropDuplicates), so rows read later find the
// ledger's record by its title, not a copy.
func (p *importer) register(e model.Entity) {
	p.dropDuplicates(e)
	for _, pd := range p.pend[e] {
		if pd.rec.GetID() == 0 {
			pd.rec.SetID(p.nextID(e))
		}
		p.merged[e][pd.rec.GetID()] = pd.rec
	}
	delete(p.titles, e) // rebuilt when a row first names one by title
	if e == model.EntityOwner {
		p.indexOwners() // people are named in cells: every owner column reads them
	}
}

// Record is a record as it will be after the import, or nil: with EachOf
// it makes the import's records what a kind's rules (model.CheckLinks,
// model.PartsInUse) read.
func (p *importer) Record(e model.Entity, id model.ID) model.Record {
	if r, ok := p.merged[e][id]; ok {
		return r
	}
	return nil
}

// EachOf calls fn with each record of the kind as it will be after the
// import, in ID order.
func (p *importer) EachOf(e model.Entity, fn func(model.Record) error) error {
	for _, id := range sortedIDs(p.merged[e]) {
		if err := fn(p.merged[e][id]); err != nil {
			return err
		}
	}
	return nil
}
