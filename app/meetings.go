package app

import (
	"secretary/model"
	"secretary/store"
)

// Message keys of the group's use cases.
const (
	MsgMeetingHasTasks = "app.meeting_has_tasks" // args: meeting code, decisions with tasks, tasks
	MsgReassignSame    = "app.reassign_same"     // args: the person
	MsgReassignLeft    = "app.reassign_left"     // args: the person who has left
	MsgReassignNothing = "app.reassign_nothing"  // args: the person
)

// DeleteMeeting removes a meeting together with its decisions, as one
// undoable step. It is refused, with the counts, while any decision has
// tasks: those tasks would no longer say where they came from, and the
// carry-out table would lose them. (The user first deletes the tasks or
// clears their "from decision" field.) What is refused leaves the ledger
// as it was.
func (s *Service) DeleteMeeting(id model.ID) (Result, error) {
	return s.write(func(st *store.Store) (model.JournalEntry, error) {
		return st.Do(model.ActDelete, func(t *store.Tx) error {
			m, err := t.Get(model.EntityMeeting, id)
			if err != nil {
				return err
			}
			var decisions []model.ID
			err = t.EachOf(model.EntityDecision, func(r model.MutableRecord) error {
				if d := r.(*model.Decision); d.MeetingID == id {
					decisions = append(decisions, d.ID)
				}
				return nil
			})
			if err != nil {
				return err
			}
			used, tasks := map[model.ID]bool{}, 0
			err = t.EachOf(model.EntityTask, func(r model.MutableRecord) error {
				if tk := r.(*model.Task); tk.DecisionID != 0 && containsID(decisions, tk.DecisionID) {
					used[tk.DecisionID] = true
					tasks++
				}
				return nil
			})
			if err != nil {
				return err
			}
			if tasks > 0 {
				return kindErr(ErrInUse, MsgMeetingHasTasks, model.CodeOf(m), len(used), tasks)
			}
			// The step is named after the meeting; its decisions point at
			// it, so they go first, in the same step.
			t.Name(m)
			// Evidence filed about the meeting or a decision is detached
			// in the same step, as any delete does (deleteDetaching).
			for _, d := range decisions {
				if err := deleteDetaching(t, model.EntityDecision, d); err != nil {
					return err
				}
			}
			return deleteDetaching(t, model.EntityMeeting, id)
		})
	})
}

func containsID(ids []model.ID, id model.ID) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// Reassign hands the open work of the person from over to the person to
// in one undoable step: open tasks (owner or supervisor), open
// rectifications (owner or verifier), and the organiser and stage roles
// of activities still planned from today on (model.Reassign). Finished
// work keeps its names. It reads the records as they are in the file, so
// what moves is what model.PlanReassign previewed on the same ledger.
func (s *Service) Reassign(from, to model.ID) (Result, error) {
	return s.write(func(st *store.Store) (model.JournalEntry, error) {
		return st.Do(model.ActReassign, func(t *store.Tx) error {
			src, err := t.Get(model.EntityOwner, from)
			if err != nil {
				return err
			}
			dst, err := t.Get(model.EntityOwner, to)
			if err != nil {
				return err
			}
			if from == to {
				return model.NewMsgError(MsgReassignSame, src.DisplayName())
			}
			if dst.(*model.Owner).HasLeft(t.Today()) {
				return model.NewMsgError(MsgReassignLeft, dst.DisplayName())
			}
			var changed []model.MutableRecord
			for _, e := range model.ReassignKinds() {
				err := t.EachOf(e, func(r model.MutableRecord) error {
					if len(model.Reassign(r, from, to, t.Today())) > 0 {
						changed = append(changed, r)
					}
					return nil
				})
				if err != nil {
					return err
				}
			}
			if len(changed) == 0 {
				return model.NewMsgError(MsgReassignNothing, src.DisplayName())
			}
			t.Name(src)
			for _, r := range changed {
				if err := t.Update(r); err != nil {
					return err
				}
			}
			return nil
		})
	})
}

// InternalMeetings counts the ledger's internal meetings (研判会 whose
// notes discuss students): a snapshot holding any is best encrypted.
func (s *Service) InternalMeetings() (int, error) {
	l, err := s.Load()
	if err != nil {
		return 0, err
	}
	n := 0
	for i := range l.Meetings {
		if l.Meetings[i].Internal {
			n++
		}
	}
	return n, nil
}
