package model

// Task is one piece of work fixed "to a person, to a date, to an
// indicator" (到人、到时间、到指标): an owner, a supervisor, a due date and
// what counts as done.
type Task struct {
	ID           ID         `cbor:"1,keyasint,omitempty"`
	PlanID       ID         `cbor:"2,keyasint,omitempty"` // 0 = not under a plan
	Title        string     `cbor:"3,keyasint,omitempty"`
	Area         WorkArea   `cbor:"4,keyasint,omitempty"`
	OwnerID      ID         `cbor:"5,keyasint,omitempty"`
	SupervisorID ID         `cbor:"6,keyasint,omitempty"` // 监督人; 0 = none named
	Start        Date       `cbor:"7,keyasint,omitempty"`
	Due          Date       `cbor:"8,keyasint,omitempty"`
	Indicator    string     `cbor:"9,keyasint,omitempty"` // 考核指标, e.g. 每学期至少2次讲座
	Status       TaskStatus `cbor:"10,keyasint,omitempty"`
	Progress     int        `cbor:"11,keyasint,omitempty"` // percent, 0–100
	Notes        string     `cbor:"12,keyasint,omitempty"`
	// DoneOn is the day the task was marked done, set by the store; the
	// meeting summary counts tasks "done in the period" by it.
	DoneOn Date `cbor:"13,keyasint,omitempty"`
	// ObligationID tags the task with the required work it does (规定动作):
	// done, it counts towards that obligation's period.
	ObligationID ID `cbor:"14,keyasint,omitempty"`
	// Yearly (每年) marks work that comes back every school year: the new
	// school year copies it (see PlanNewYear).
	Yearly bool `cbor:"15,keyasint,omitempty"`
	// DecisionID is the meeting decision the task carries out (来自 M-3
	// 决定事项 2); 0 = none. The decision's status is derived from its
	// tasks, so the link is kept on this side only.
	DecisionID ID `cbor:"16,keyasint,omitempty"`
}

// Entity is EntityTask.
func (t *Task) Entity() Entity { return EntityTask }

// GetID is the task's number.
func (t *Task) GetID() ID { return t.ID }

// SetID is for the store.
func (t *Task) SetID(id ID) { t.ID = id }

// DisplayName is the title.
func (t *Task) DisplayName() string { return t.Title }

// References: its plan, owner (required) and supervisor.
func (t *Task) References() []Ref { return referencesOf(t) }

// Validate checks every field.
func (t *Task) Validate() error {
	v := &ValidationError{Entity: EntityTask}
	checkText(v, "task.title", t.Title, true, MaxShortText)
	checkEnum(v, "task.area", t.Area, true)
	if t.OwnerID == 0 {
		v.add("task.owner", MsgRequired)
	}
	if t.Due.IsZero() {
		v.add("task.due", MsgRequired)
	}
	checkDateRange(v, "task.start", t.Start)
	checkDateRange(v, "task.due", t.Due)
	checkDates(v, "task.start", t.Start, "task.due", t.Due)
	checkText(v, "task.indicator", t.Indicator, false, MaxLongText)
	checkEnum(v, "task.status", t.Status, true)
	if t.Progress < 0 || t.Progress > 100 {
		v.add("task.progress", MsgRange, 0, 100)
	}
	checkText(v, "task.notes", t.Notes, false, MaxLongText)
	return v.err()
}

// Open reports whether the task still needs work.
func (t *Task) Open() bool { return t.Status != TaskDone }

// Overdue reports whether an open task is past its due date.
func (t *Task) Overdue(today Date) bool {
	return t.Open() && !t.Due.IsZero() && t.Due < today
}

// DueSoonDays is how many days ahead a task or a decision counts as due
// soon: the today panel's window (its headings say 7).
const DueSoonDays = 7

// DueSoon reports whether an open task falls due within the next
// DueSoonDays days (today included).
func (t *Task) DueSoon(today Date) bool {
	return t.Open() && !t.Due.IsZero() && t.Due >= today && t.Due <= today+DueSoonDays
}

// ApplyStatus changes the status the way users expect: marking a task done
// sets progress to 100 (unless keepProgress) and records the day; moving
// it back out of done clears that day.
func (t *Task) ApplyStatus(s TaskStatus, today Date, keepProgress bool) {
	if s == TaskDone && t.Status != TaskDone {
		if !keepProgress {
			t.Progress = 100
		}
		if t.DoneOn.IsZero() {
			t.DoneOn = today
		}
	}
	if s != TaskDone {
		t.DoneOn = NoDate
	}
	t.Status = s
}
