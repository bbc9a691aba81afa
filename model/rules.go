package model

// The rules a record must pass when it is saved, beyond its own
// Validate: rules that depend on the day (a task cannot be done
// tomorrow) or on other records (a rectification's registration date is
// its assessment's), and the figures worth a second look before they
// are saved (plausibility warnings). They live here, once, and every
// route that writes a record reads them: the store on every save, the
// spreadsheet import's check, and the forms before they save (so a form
// lists every problem at once and asks about warnings first).
//
// Validate stays the rule of what a stored record may look like at all:
// `secretary check` runs it over old ledgers, which must not turn
// "damaged" because a save rule was added later.

// Message keys of the save rules and warnings; internal/i18n/trust.go
// holds their texts.
const (
	MsgDoneFuture      = "v.done_future"       // args: done date, today
	MsgHeldFuture      = "v.held_future"       // args: the activity's date
	MsgVerifierIsOwner = "v.verifier_is_owner" // the owner cannot verify their own rectification

	MsgWarnActual     = "warn.actual"      // args: actual, expected
	MsgWarnSpend      = "warn.spend"       // args: spend, budget
	MsgWarnPlanBudget = "warn.plan_budget" // args: spend, plan code, remaining
	MsgWarnProgress   = "warn.progress"    // args: progress
	MsgWarnDateFar    = "warn.date_far"    // args: date, days from today
)

// Thresholds of the plausibility warnings.
const (
	WarnActualTimes = 3   // actual participants over 3× expected
	WarnSpendTimes  = 2   // spend over 2× budget
	WarnDateDays    = 366 // a date more than a year from today
)

// Warning is a figure that may be a slip of the keyboard — 3028
// participants for an expected 30 — which a person confirms before it is
// saved. It never stops a save on its own.
type Warning struct {
	Field string // a field key, translated as "field." + Field
	Msg   Msg
}

// FieldMsg is the warning as a field's message, for a UI that lists them
// the way it lists validation problems.
func (w Warning) FieldMsg() FieldError { return FieldError(w) }

// FillDefaults fills the fields a record takes from the records it points
// at, when they are empty: a rectification's registration date is its
// assessment's. The store does it on every save, the spreadsheet import
// before it checks a row, and a form when it opens.
func FillDefaults(r Record, others Records) {
	if k := KindOf(r.Entity()); k != nil && k.defaults != nil {
		k.defaults(r, others)
	}
}

// ValidateSave is Validate and the save rules of r's kind, merged into
// one *ValidationError so a form lists every problem at once.
func ValidateSave(r Record, others Records, today Date) error {
	err := r.Validate()
	k := KindOf(r.Entity())
	var extra []FieldError
	if k != nil && k.saveRules != nil {
		extra = k.saveRules(r, others, today)
	}
	// The rules that need today (a meeting held on a day to come) are
	// the store's last word too; here they reach a form's field and a
	// sheet's row before anything is written.
	if tc, ok := r.(TodayChecker); ok {
		extra = append(extra, tc.CheckOn(today)...)
	}
	if len(extra) == 0 {
		return err
	}
	v, ok := err.(*ValidationError)
	if err != nil && !ok {
		return err
	}
	if v == nil {
		v = &ValidationError{Entity: r.Entity()}
	}
	for _, f := range extra {
		if _, dup := v.Field(f.Field); !dup {
			v.Fields = append(v.Fields, f)
		}
	}
	return v
}

// Checker finds the plausibility warnings of records about to be saved,
// against the other records as they are (a ledger in memory, a store
// transaction, or a spreadsheet import's records as they will be). It
// adds up each plan's spend once, so a 10,000-row import asks it 10,000
// times at the cost of one pass.
type Checker struct {
	others    Records
	today     Date
	planSpend map[ID]Money
}

// NewChecker is a Checker over the other records, as of today.
func NewChecker(others Records, today Date) *Checker {
	return &Checker{others: others, today: today}
}

// Today is the day the checker counts from.
func (c *Checker) Today() Date { return c.today }

// Warnings lists what may be a slip in after, compared with before (nil
// for a new record): only values the save changes are questioned, so
// saving a record again does not ask again.
func (c *Checker) Warnings(after, before Record) []Warning {
	var out []Warning
	if k := KindOf(after.Entity()); k != nil && k.warnings != nil {
		out = append(out, k.warnings(after, before, c)...)
	}
	return append(out, c.farDates(after, before)...)
}

// farDates questions every date field the save sets to more than a year
// from today: 2062 for 2026 is a slip; a three-year plan's end is
// confirmed once.
func (c *Checker) farDates(after, before Record) []Warning {
	var out []Warning
	for _, f := range fieldsOf(after.Entity()) {
		d, ok := f.get(after).(Date)
		if !ok || d.IsZero() {
			continue
		}
		if before != nil {
			if b, _ := f.get(before).(Date); b == d {
				continue
			}
		}
		days := int(d - c.today)
		if days < 0 {
			days = -days
		}
		if days >= WarnDateDays {
			out = append(out, Warning{Field: f.key, Msg: M(MsgWarnDateFar, d.String(), days)})
		}
	}
	return out
}

// PlanSpend is what the plan's held activities have spent, other than
// the activity except: the plan's budget less this is what remains for
// except.
func (c *Checker) PlanSpend(plan, except ID) Money {
	if c.planSpend == nil {
		c.planSpend = map[ID]Money{}
		_ = c.others.EachOf(EntityActivity, func(r Record) error {
			if a, ok := r.(*Activity); ok && a.Status == ActHeld && a.PlanID != 0 {
				c.planSpend[a.PlanID] += a.Spend
			}
			return nil
		})
	}
	spent := c.planSpend[plan]
	if a, ok := c.others.Record(EntityActivity, except).(*Activity); ok && except != 0 && a.Status == ActHeld && a.PlanID == plan {
		spent -= a.Spend
	}
	return spent
}

// Plan is the plan with the ID among the other records, or nil.
func (c *Checker) Plan(id ID) *Plan {
	if id == 0 {
		return nil
	}
	p, _ := c.others.Record(EntityPlan, id).(*Plan)
	return p
}

// taskSaveRules: a task is done on a real day — not after today, not
// before it started.
func taskSaveRules(t *Task, _ Records, today Date) []FieldError {
	if t.Status != TaskDone || t.DoneOn.IsZero() {
		return nil
	}
	var out []FieldError
	if t.DoneOn > today {
		out = append(out, FieldError{Field: "task.done_on", Msg: M(MsgDoneFuture, t.DoneOn.String(), today.String())})
	}
	if !t.Start.IsZero() && t.DoneOn < t.Start {
		out = append(out, FieldError{Field: "task.done_on", Msg: M(MsgDateOrder, "field.task.start")})
	}
	return out
}

// taskWarnings: a task marked done whose progress is not 100.
func taskWarnings(after, before *Task, _ *Checker) []Warning {
	if after.Status != TaskDone || after.Progress == 100 {
		return nil
	}
	if before != nil && before.Status == TaskDone && before.Progress == after.Progress {
		return nil
	}
	return []Warning{{Field: "task.progress", Msg: M(MsgWarnProgress, after.Progress)}}
}

// activitySaveRules: an activity cannot have been held on a day still to
// come.
func activitySaveRules(a *Activity, _ Records, today Date) []FieldError {
	if a.Status == ActHeld && a.Date > today {
		return []FieldError{{Field: "activity.date", Msg: M(MsgHeldFuture, a.Date.String())}}
	}
	return nil
}

// activityWarnings: participants far over what was expected, spend far
// over the budget or over what the plan has left.
func activityWarnings(after, before *Activity, c *Checker) []Warning {
	var out []Warning
	changed := func(f func(*Activity) any) bool { return before == nil || f(before) != f(after) }
	if after.Expected > 0 && after.Actual > WarnActualTimes*after.Expected &&
		changed(func(a *Activity) any { return [2]int{a.Actual, a.Expected} }) {
		out = append(out, Warning{Field: "activity.actual", Msg: M(MsgWarnActual, after.Actual, after.Expected)})
	}
	if after.Budget > 0 && after.Spend > WarnSpendTimes*after.Budget &&
		changed(func(a *Activity) any { return [2]Money{a.Spend, a.Budget} }) {
		out = append(out, Warning{Field: "activity.spend", Msg: M(MsgWarnSpend, after.Spend.String(), after.Budget.String())})
	}
	if p := c.Plan(after.PlanID); p != nil && p.Budget > 0 && after.Status == ActHeld && after.Spend > 0 &&
		changed(func(a *Activity) any { return [3]any{a.Spend, a.PlanID, a.Status} }) {
		left := p.Budget - c.PlanSpend(p.ID, after.ID)
		if after.Spend > left {
			out = append(out, Warning{Field: "activity.spend", Msg: M(MsgWarnPlanBudget, after.Spend.String(), CodeOf(p), max(left, 0).String())})
		}
	}
	return out
}

// rectDefaults: a rectification is registered (挂号) on its assessment's
// day unless another day is given.
func rectDefaults(r *Rectification, others Records) {
	if !r.OpenedOn.IsZero() || r.AssessmentID == 0 || others == nil {
		return
	}
	if a, ok := others.Record(EntityAssessment, r.AssessmentID).(*Assessment); ok && !a.Date.IsZero() {
		r.OpenedOn = a.Date
	}
}

// rectSaveRules: 销号 is by someone else — whoever carries out a
// rectification does not verify it.
func rectSaveRules(r *Rectification, _ Records, _ Date) []FieldError {
	if r.VerifierID != 0 && r.VerifierID == r.OwnerID {
		return []FieldError{{Field: "rect.verifier", Msg: M(MsgVerifierIsOwner)}}
	}
	return nil
}
