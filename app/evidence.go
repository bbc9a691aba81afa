package app

import (
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"secretary/model"
	"secretary/model/sheet"
	"secretary/store"
)

// Inspection readiness's use cases (issue 15): attaching files and
// records as evidence, linking them to indicators, importing and
// activating rubrics, and deleting what evidence points at. Each is one
// transaction and one undoable step.

// Message keys of the evidence use cases.
const (
	MsgNoRubric      = "evidence.no_rubric"       // the ledger has no rubric yet
	MsgRubricProblem = "evidence.rubric_problems" // args: file, number of problems
	MsgNotEvidence   = "evidence.not_linkable"    // args: code
	MsgNoIndicator   = "evidence.no_indicator"    // args: code, rubric title
	MsgScoreParent   = "evidence.score_parent"    // args: code
)

// AttachRequest is a file to keep as evidence.
type AttachRequest struct {
	Path       string          // the file to attach
	Title      string          // what it is; "" takes the file's name without its extension
	Record     model.RecordRef // the ledger record it is about, if any
	Indicators []model.ID      // the indicators it supports
	Date       model.Date      // the item's own date; zero is today
	AddedBy    string          // "" is the settings' secretary
}

// AttachFile copies the file into the evidence folder (under its SHA-256,
// mode 0600) and records it as one undoable step: its original name,
// size, SHA-256, date, description and who added it. A folder, a missing
// or empty file and a file over 200 MB are refused with the reason
// before anything is copied; a record or indicator that does not exist is
// refused by the store, and a file this call copied in is then removed
// again.
func (s *Service) AttachFile(req AttachRequest) (Result, *model.Evidence, error) {
	st, done, err := s.acquire()
	if err != nil {
		return Result{}, nil, err
	}
	defer done()
	if err := canWrite(st); err != nil {
		return Result{}, nil, err
	}
	path, err := filepath.Abs(req.Path)
	if err != nil {
		path = req.Path
	}
	if !req.Record.IsZero() && !model.Linkable(req.Record.Entity) {
		return Result{}, nil, model.NewMsgError(MsgNotEvidence, req.Record.Code())
	}
	sf, err := storeEvidenceFile(path, s.EvidenceDir())
	if err != nil {
		return Result{}, nil, err
	}
	ev := &model.Evidence{
		Title: req.Title, Record: req.Record, FileName: filepath.Base(path), Size: sf.Size, SHA256: sf.SHA256,
		Date: req.Date, Indicators: slices.Clone(req.Indicators), AddedBy: req.AddedBy,
	}
	if strings.TrimSpace(ev.Title) == "" {
		ev.Title = strings.TrimSuffix(ev.FileName, filepath.Ext(ev.FileName))
	}
	if ev.Date.IsZero() {
		ev.Date = s.Today()
	}
	if ev.AddedBy == "" {
		if set, err := st.Settings(); err == nil {
			ev.AddedBy = set.Secretary
		}
	}
	res, err := finish(st.Create(ev))
	if err != nil {
		if sf.Created {
			os.Remove(sf.Path)
		}
		return Result{}, nil, err
	}
	return res, ev, nil
}

// LinkRecord makes a ledger record evidence for exactly these indicators
// (l on a record): its evidence item — the record itself, without a file
// — is created, changed, or removed when no indicator is left.
func (s *Service) LinkRecord(ref model.RecordRef, indicators []model.ID) (Result, error) {
	if ref.IsZero() || !model.Linkable(ref.Entity) {
		return Result{}, model.NewMsgError(MsgNotEvidence, ref.Code())
	}
	return s.write(func(st *store.Store) (model.JournalEntry, error) {
		return st.Do(model.ActUpdate, func(t *store.Tx) error {
			rec, err := t.Get(ref.Entity, ref.ID)
			if err != nil {
				return err
			}
			var item *model.Evidence
			err = t.EachOf(model.EntityEvidence, func(r model.MutableRecord) error {
				if ev := r.(*model.Evidence); item == nil && ev.Record == ref && !ev.HasFile() {
					item = ev
				}
				return nil
			})
			if err != nil {
				return err
			}
			switch {
			case item == nil && len(indicators) == 0:
				return nil
			case item == nil:
				item = &model.Evidence{Title: recordTitle(rec), Record: ref, Date: evidenceDate(rec, t.Today()), Indicators: slices.Clone(indicators)}
				if set, err := st.Settings(); err == nil {
					item.AddedBy = set.Secretary
				}
				return t.Create(item)
			case len(indicators) == 0:
				t.Name(item)
				return t.Delete(model.EntityEvidence, item.ID)
			}
			item.Indicators = slices.Clone(indicators)
			return t.Update(item)
		})
	})
}

// recordTitle names a record as evidence: its display name.
func recordTitle(r model.Record) string {
	if n, ok := r.(model.NamedIn); ok {
		return n.NameIn(model.LangZh)
	}
	name := r.DisplayName()
	if strings.TrimSpace(name) == "" {
		return model.CodeOf(r)
	}
	if len([]rune(name)) > model.MaxShortText {
		name = string([]rune(name)[:model.MaxShortText])
	}
	return name
}

// evidenceDate dates the evidence a record makes: the day its work
// happened, or, for work still to come (a task due next spring), the day
// it is filed — a catalogue lists what exists, never a day ahead.
func evidenceDate(r model.Record, today model.Date) model.Date {
	if d := recordDate(r); !d.IsZero() && d <= today {
		return d
	}
	return today
}

// recordDate is the day a record's work happened, as evidence dates it.
func recordDate(r model.Record) model.Date {
	switch x := r.(type) {
	case *model.Activity:
		return x.Date
	case *model.Assessment:
		return x.Date
	case *model.Plan:
		return x.Start
	case *model.Task:
		if !x.DoneOn.IsZero() {
			return x.DoneOn
		}
		return x.Due
	case *model.Rectification:
		if !x.ClosedOn.IsZero() {
			return x.ClosedOn
		}
		return x.OpenedOn
	case *model.Document:
		return x.Adopted
	}
	return model.RecordDate(r)
}

// SetLinks makes an evidence item support exactly these indicators.
func (s *Service) SetLinks(id model.ID, indicators []model.ID) (Result, error) {
	return s.write(func(st *store.Store) (model.JournalEntry, error) {
		return st.Do(model.ActUpdate, func(t *store.Tx) error {
			r, err := t.Get(model.EntityEvidence, id)
			if err != nil {
				return err
			}
			ev := r.(*model.Evidence)
			ev.Indicators = slices.Clone(indicators)
			return t.Update(ev)
		})
	})
}

// SetScore records an indicator's self-score and note. A score above the
// indicator's points is refused; so is a score on an indicator with
// sub-indicators, whose score is theirs added up.
func (s *Service) SetScore(id model.ID, score model.Points, scored bool, note string) (Result, error) {
	return s.write(func(st *store.Store) (model.JournalEntry, error) {
		return st.Do(model.ActUpdate, func(t *store.Tx) error {
			r, err := t.Get(model.EntityIndicator, id)
			if err != nil {
				return err
			}
			in := r.(*model.RubricIndicator)
			parent := false
			err = t.EachOf(model.EntityIndicator, func(o model.MutableRecord) error {
				parent = parent || o.(*model.RubricIndicator).ParentID == id
				return nil
			})
			if err != nil {
				return err
			}
			if parent && scored {
				return model.NewMsgError(MsgScoreParent, in.Code)
			}
			in.Score, in.Scored, in.ScoreNote = score, scored, note
			return t.Update(in)
		})
	})
}

// ActivateRubric makes the rubric the active one (and no other).
func (s *Service) ActivateRubric(id model.ID) (Result, error) {
	return s.write(func(st *store.Store) (model.JournalEntry, error) {
		return st.Do(model.ActUpdate, func(t *store.Tx) error {
			r, err := t.Get(model.EntityRubric, id)
			if err != nil {
				return err
			}
			t.Name(r)
			return activate(t, id)
		})
	})
}

// activate marks one rubric active and every other not.
func activate(t *store.Tx, id model.ID) error {
	var all []*model.Rubric
	if err := t.EachOf(model.EntityRubric, func(r model.MutableRecord) error {
		all = append(all, r.(*model.Rubric))
		return nil
	}); err != nil {
		return err
	}
	for _, r := range all {
		if want := r.ID == id; r.Active != want {
			r.Active = want
			if err := t.Update(r); err != nil {
				return err
			}
		}
	}
	return nil
}

// ReadRubricFile reads a rubric from a spreadsheet (xlsx or CSV) and
// checks it. An error means the file could not be read as a spreadsheet
// at all; a rubric with problems comes back with every problem listed
// and is not importable (RubricFile.OK).
func ReadRubricFile(path string) (*sheet.RubricFile, error) {
	f, err := sheet.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return sheet.ReadRubric(f), nil
}

// SampleRubric is the sample rubric the program ships, in the language.
func SampleRubric(lang model.Lang) *sheet.RubricFile { return sheet.RubricRows(lang) }

// RubricImportRequest is a checked rubric to add to the ledger.
type RubricImportRequest struct {
	File   *sheet.RubricFile
	Title  string // "" is the file's name without its extension
	Source string
	Sample bool // the shipped sample: marked so printouts say so
	Notes  string
	// Activate makes it the active rubric; a ledger without an active
	// rubric activates it anyway.
	Activate bool
}

// RubricImported is what an import added.
type RubricImported struct {
	Result     Result
	Rubric     *model.Rubric
	Indicators int
	Max        model.Points
}

// ImportRubric adds the rubric and its indicators as one undoable step.
// A file with problems is refused whole (nothing is imported).
func (s *Service) ImportRubric(req RubricImportRequest) (RubricImported, error) {
	if req.File == nil || !req.File.OK() {
		n, name := 0, ""
		if req.File != nil {
			n, name = len(req.File.Problems), req.File.Name
		}
		return RubricImported{}, model.NewMsgError(MsgRubricProblem, name, n)
	}
	title := strings.TrimSpace(req.Title)
	if title == "" {
		title = strings.TrimSuffix(req.File.Name, filepath.Ext(req.File.Name))
	}
	out := RubricImported{Rubric: &model.Rubric{Title: title, Source: req.Source, Sample: req.Sample, Notes: req.Notes}}
	res, err := s.write(func(st *store.Store) (model.JournalEntry, error) {
		return st.Do(model.ActImport, func(t *store.Tx) error {
			active := false
			if err := t.EachOf(model.EntityRubric, func(r model.MutableRecord) error {
				active = active || r.(*model.Rubric).Active
				return nil
			}); err != nil {
				return err
			}
			if err := t.Create(out.Rubric); err != nil {
				return err
			}
			ins := req.File.Tree.Indicators(out.Rubric.ID)
			ids := make([]model.ID, len(ins))
			for i := range ins {
				in := ins[i]
				if in.ParentID != 0 {
					in.ParentID = ids[in.ParentID-1]
				}
				if err := t.Create(&in); err != nil {
					return err
				}
				ids[i] = in.ID
			}
			out.Indicators = len(ins)
			out.Max = req.File.Tree.Total()
			if req.Activate || !active {
				return activate(t, out.Rubric.ID)
			}
			return nil
		})
	})
	if err != nil {
		return RubricImported{}, err
	}
	out.Result = res
	for _, c := range res.Changes {
		if r, ok := c.After.(*model.Rubric); ok && r.ID == out.Rubric.ID {
			out.Rubric = r
		}
	}
	return out, nil
}

// deleteDetaching deletes a record inside t, first detaching the evidence
// that points at it so nothing is left pointing at nothing: an item that
// is the record itself goes with it, a file about it keeps its file and
// loses the record; an indicator leaves the items' links; a rubric takes
// its indicators with it (deepest first). The journal step is named
// after the record.
func deleteDetaching(t *store.Tx, e model.Entity, id model.ID) error {
	rec, err := t.Get(e, id)
	if err != nil {
		return err
	}
	t.Name(rec)
	switch e {
	case model.EntityRubric:
		if err := deleteIndicatorsOf(t, id); err != nil {
			return err
		}
	case model.EntityIndicator:
		if err := unlinkIndicator(t, id); err != nil {
			return err
		}
	}
	if model.Linkable(e) {
		if err := detachRecord(t, model.RecordRef{Entity: e, ID: id}); err != nil {
			return err
		}
	}
	return t.Delete(e, id)
}

// detachRecord removes a record from the evidence that names it.
func detachRecord(t *store.Tx, ref model.RecordRef) error {
	var items []*model.Evidence
	if err := t.EachOf(model.EntityEvidence, func(r model.MutableRecord) error {
		if ev := r.(*model.Evidence); ev.Record == ref {
			items = append(items, ev)
		}
		return nil
	}); err != nil {
		return err
	}
	for _, ev := range items {
		if !ev.HasFile() {
			if err := t.Delete(model.EntityEvidence, ev.ID); err != nil {
				return err
			}
			continue
		}
		ev.Record = model.RecordRef{}
		if err := t.Update(ev); err != nil {
			return err
		}
	}
	return nil
}

// unlinkIndicator takes an indicator out of every item's links; an item
// that is only a record and supports nothing any more goes.
func unlinkIndicator(t *store.Tx, id model.ID) error {
	var items []*model.Evidence
	if err := t.EachOf(model.EntityEvidence, func(r model.MutableRecord) error {
		if ev := r.(*model.Evidence); ev.Supports(id) {
			items = append(items, ev)
		}
		return nil
	}); err != nil {
		return err
	}
	for _, ev := range items {
		ev.Indicators = slices.DeleteFunc(ev.Indicators, func(x model.ID) bool { return x == id })
		if len(ev.Indicators) == 0 && !ev.HasFile() {
			if err := t.Delete(model.EntityEvidence, ev.ID); err != nil {
				return err
			}
			continue
		}
		if err := t.Update(ev); err != nil {
			return err
		}
	}
	return nil
}

// deleteIndicatorsOf deletes a rubric's indicators, children before
// their parents, each unlinked from the evidence first.
func deleteIndicatorsOf(t *store.Tx, rubric model.ID) error {
	var ins []*model.RubricIndicator
	if err := t.EachOf(model.EntityIndicator, func(r model.MutableRecord) error {
		if in := r.(*model.RubricIndicator); in.RubricID == rubric {
			ins = append(ins, in)
		}
		return nil
	}); err != nil {
		return err
	}
	depth := func(in *model.RubricIndicator) int {
		d := 0
		for p := in.ParentID; p != 0 && d < 10; d++ {
			next := model.ID(0)
			for _, o := range ins {
				if o.ID == p {
					next = o.ParentID
				}
			}
			p = next
		}
		return d
	}
	slices.SortStableFunc(ins, func(a, b *model.RubricIndicator) int { return depth(b) - depth(a) })
	for _, in := range ins {
		if err := unlinkIndicator(t, in.ID); err != nil {
			return err
		}
		if err := t.Delete(model.EntityIndicator, in.ID); err != nil {
			return err
		}
	}
	return nil
}

// RubricTemplate writes the rubric template (secretary sheet template
// OUT.xlsx rubric): the sample rubric as rows to edit into the local
// standard, and a sheet explaining each column. It needs no ledger; the
// ledger at ledger is only protected from being written over.
func RubricTemplate(ledger string, req TemplateRequest) (TemplateWritten, error) {
	target, err := CheckOutput(req.Path, req.Force, Guard{Ledger: ledger})
	if err != nil {
		return TemplateWritten{}, err
	}
	if err := writeFile(req.Path, target, func(w io.Writer) error { return sheet.WriteRubricTemplate(w, req.Lang) }); err != nil {
		return TemplateWritten{}, err
	}
	return TemplateWritten{Path: req.Path}, nil
}
