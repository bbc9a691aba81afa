package app

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"secretary/model"
	"secretary/store"
)

// The school year's required work (规定动作): the default set, the new
// school year, and what needs attention today. Coverage itself is a
// value derived from a loaded ledger (model.CoverageOf, summary's
// BuildCoverage); these are the use cases that write or need the file.

// Message keys of the new school year's use case.
const (
	MsgNewYearMoved = "app.newyear_moved" // args: the year previewed, the year it would now start
)

// LoadDefaults adds the default obligations the ledger lacks (told by
// title in either language), with words in lang, as one undoable step.
// added is how many were new; loading twice adds none the second time and
// writes nothing.
func (s *Service) LoadDefaults(lang model.Lang) (res Result, added int, err error) {
	res, err = s.write(func(st *store.Store) (model.JournalEntry, error) {
		l, err := st.Load()
		if err != nil {
			return model.JournalEntry{}, err
		}
		missing := model.MissingDefaults(l, lang)
		added = len(missing)
		return loadDefaults(st, missing)
	})
	return res, added, err
}

// loadDefaults writes obligations in one step; none writes nothing.
func loadDefaults(st *store.Store, obs []model.Obligation) (model.JournalEntry, error) {
	if len(obs) == 0 {
		return model.JournalEntry{}, nil
	}
	return st.Do(model.ActDefaults, func(tx *store.Tx) error {
		for i := range obs {
			if err := tx.Create(&obs[i]); err != nil {
				return err
			}
		}
		return nil
	})
}

// fresh reports that no file is at path yet: Open will create a ledger
// there, which then gets the default obligations (Options.DefaultsLang).
func fresh(path string) bool {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	_, err = os.Lstat(abs)
	return errors.Is(err, fs.ErrNotExist)
}

// PlanNewYear works out the next school year from this one (model.
// PlanNewYear) as of today, on the ledger as the file holds it now: what
// the preview shows. Words the program writes (the activities' notes)
// are in lang.
func (s *Service) PlanNewYear(lang model.Lang) (*model.NewYear, error) {
	st, done, err := s.acquire()
	if err != nil {
		return nil, err
	}
	defer done()
	l, err := st.Load()
	if err != nil {
		return nil, err
	}
	return model.PlanNewYear(l, s.Today(), lang)
}

// StartNewYear starts the school year the preview showed (year: its first
// calendar year) as one undoable step: the annual plan copied and dated,
// the yearly tasks copied under it, the activities of the required work
// planned. It works the year out again on the file as it is now, and is
// refused when that is no longer the year previewed (a plan was added
// meanwhile) or when the year already has its plan.
func (s *Service) StartNewYear(lang model.Lang, year int) (Result, *model.NewYear, error) {
	var ny *model.NewYear
	res, err := s.write(func(st *store.Store) (model.JournalEntry, error) {
		l, err := st.Load()
		if err != nil {
			return model.JournalEntry{}, err
		}
		if ny, err = model.PlanNewYear(l, s.Today(), lang); err != nil {
			return model.JournalEntry{}, err
		}
		if ny.Year != year {
			return model.JournalEntry{}, model.NewMsgError(MsgNewYearMoved, model.SchoolYearName(year, lang), model.SchoolYearName(ny.Year, lang))
		}
		return st.Do(model.ActNewYear, func(tx *store.Tx) error { return writeNewYear(tx, ny) })
	})
	return res, ny, err
}

// writeNewYear creates the plan first (the journal entry is named after
// it), then the tasks and activities under it.
func writeNewYear(tx *store.Tx, ny *model.NewYear) error {
	if err := tx.Create(&ny.Plan); err != nil {
		return err
	}
	for i := range ny.Tasks {
		nt := &ny.Tasks[i]
		if nt.UnderNewPlan {
			nt.Task.PlanID = ny.Plan.ID
		}
		if err := tx.Create(&nt.Task); err != nil {
			return err
		}
	}
	for i := range ny.Activities {
		a := &ny.Activities[i].Activity
		a.PlanID = ny.Plan.ID
		if err := tx.Create(a); err != nil {
			return err
		}
	}
	return nil
}

// Attention is what needs attention today (model.AttentionOf), on the
// ledger as the file holds it: `secretary today`.
func (s *Service) Attention() (*model.Attention, error) {
	l, err := s.Load()
	if err != nil {
		return nil, err
	}
	return model.AttentionOf(l, s.Today()), nil
}
