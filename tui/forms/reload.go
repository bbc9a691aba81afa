package forms

import (
	"reflect"

	"secretary/tui/common"
)

// Reloader is a draft of a record that is already stored: after another
// window changed that record (the save was refused so as not to write
// over it), the host asks the draft for a fresh one built from the
// record as the ledger now holds it, and keeps what the user typed.
type Reloader interface {
	Reload(ctx *common.Context) Draft
}

// merged is the fresh draft with every field the user changed since the
// form opened (cur differs from orig) kept as the user typed it: the
// other window's change survives in the fields the user left alone,
// and nothing typed is lost. Unexported fields (the stored record the
// draft was made from) come from fresh.
func merged(orig, cur, fresh Draft) Draft {
	o, c, f := reflect.ValueOf(orig), reflect.ValueOf(cur), reflect.ValueOf(fresh)
	if o.Kind() != reflect.Pointer || c.Type() != o.Type() || f.Type() != o.Type() {
		return cur
	}
	out := reflect.New(o.Elem().Type())
	out.Elem().Set(f.Elem())
	for i := 0; i < out.Elem().NumField(); i++ {
		field := out.Elem().Type().Field(i)
		if !field.IsExported() {
			continue
		}
		if !reflect.DeepEqual(c.Elem().Field(i).Interface(), o.Elem().Field(i).Interface()) {
			out.Elem().Field(i).Set(c.Elem().Field(i))
		}
	}
	return out.Interface().(Draft)
}

// clone is a copy of a draft (one level deep: the fields as typed).
func clone(d Draft) Draft {
	v := reflect.ValueOf(d)
	if v.Kind() != reflect.Pointer {
		return d
	}
	out := reflect.New(v.Elem().Type())
	out.Elem().Set(v.Elem())
	return out.Interface().(Draft)
}

// The drafts of stored records, made again from the ledger.

// Reload is the plan as the ledger now holds it.
func (d *PlanDraft) Reload(ctx *common.Context) Draft {
	if p := ctx.Ledger.Plan(d.ID); p != nil && d.ID != 0 {
		return EditPlanDraft(*p)
	}
	return nil
}

// Reload is the person as the ledger now holds them.
func (d *OwnerDraft) Reload(ctx *common.Context) Draft {
	if o := ctx.Ledger.Owner(d.ID); o != nil && d.ID != 0 {
		return EditOwnerDraft(*o)
	}
	return nil
}

// Reload is the task as the ledger now holds it.
func (d *TaskDraft) Reload(ctx *common.Context) Draft {
	if t := ctx.Ledger.Task(d.ID); t != nil && d.ID != 0 {
		return EditTaskDraft(*t)
	}
	return nil
}

// Reload is the activity as the ledger now holds it.
func (d *ActivityDraft) Reload(ctx *common.Context) Draft {
	if a := ctx.Ledger.Activity(d.rec.ID); a != nil && d.rec.ID != 0 {
		return EditActivityDraft(*a)
	}
	return nil
}

// Reload is the assessment as the ledger now holds it.
func (d *AssessmentDraft) Reload(ctx *common.Context) Draft {
	if e := ctx.Ledger.Assessment(d.rec.ID); e != nil && d.rec.ID != 0 {
		return EditAssessmentDraft(*e)
	}
	return nil
}

// Reload is the rectification as the ledger now holds it.
func (d *RectDraft) Reload(ctx *common.Context) Draft {
	if r := ctx.Ledger.Rectification(d.rec.ID); r != nil && d.rec.ID != 0 {
		return EditRectDraft(*r)
	}
	return nil
}

// Reload records how the activity went on the activity as it now is.
func (d *HeldDraft) Reload(ctx *common.Context) Draft {
	if a := ctx.Ledger.Activity(d.rec.ID); a != nil {
		return NewHeldDraft(*a)
	}
	return nil
}

// Reload cancels the activity as it now is.
func (d *CancelDraft) Reload(ctx *common.Context) Draft {
	if a := ctx.Ledger.Activity(d.rec.ID); a != nil {
		return NewCancelDraft(*a)
	}
	return nil
}

// Reload closes the rectification as it now is.
func (d *CloseDraft) Reload(ctx *common.Context) Draft {
	if r := ctx.Ledger.Rectification(d.rec.ID); r != nil {
		return NewCloseDraft(*r, ctx.Today())
	}
	return nil
}

// Reload reopens the rectification as it now is.
func (d *ReopenDraft) Reload(ctx *common.Context) Draft {
	if r := ctx.Ledger.Rectification(d.rec.ID); r != nil {
		return NewReopenDraft(*r)
	}
	return nil
}

// Reload is the settings as the ledger now holds them.
func (d *SettingsDraft) Reload(ctx *common.Context) Draft {
	return NewSettingsDraft(ctx.Ledger.Settings)
}
