package store_test

import (
	"testing"

	"secretary/model"
	"secretary/store/storetest"
)

// A meeting dated after today cannot be saved as held: the store runs the
// rule that needs today on every save, and names the field.
func TestAMeetingHeldInTheFutureIsRefused(t *testing.T) {
	t.Parallel()
	s := storetest.Open(t)
	owner := newOwner(t, s, "李红梅", "德育处")
	today := s.Today()
	m := &model.Meeting{Kind: model.MeetingRoutine, Date: today + 3, ChairID: owner, Status: model.MeetingHeld}
	_, err := s.Create(m)
	if fe := fieldErr(t, err, "meeting.status"); fe.Msg.Key != model.MsgHeldInFuture {
		t.Errorf("message %v", fe.Msg)
	}
	m.Status = model.MeetingPlanned
	if _, err := s.Create(m); err != nil {
		t.Fatalf("a planned meeting: %v", err)
	}
	m.Date, m.Status = today, model.MeetingHeld
	if _, err := s.Update(m); err != nil {
		t.Fatalf("held today: %v", err)
	}
}

func fieldErr(t *testing.T, err error, field string) model.FieldError {
	t.Helper()
	v, ok := err.(*model.ValidationError)
	if !ok {
		t.Fatalf("want a validation error on %s, got %v", field, err)
	}
	fe, ok := v.Field(field)
	if !ok {
		t.Fatalf("no problem with %s in %v", field, err)
	}
	return fe
}
