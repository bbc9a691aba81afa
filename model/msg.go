package model

import (
	"strings"

	"secretary/internal/i18n"
)

// Msg is a message the user will read: a key into the catalogue
// (internal/i18n) and the values it mentions.
type Msg = i18n.Msg

// M builds a Msg.
func M(key i18n.Key, args ...any) Msg { return i18n.M(key, args...) }

// FieldError says which field of a record is wrong and why.
type FieldError struct {
	Field string // a field key such as "task.due"; translated as "field.task.due"
	Msg   Msg
}

// Error renders the key form; UIs translate Field and Msg instead.
func (e FieldError) Error() string { return e.Field + ": " + e.Msg.String() }

// ValidationError collects every problem found in one record, so a form
// can show each field's message at once instead of one at a time.
type ValidationError struct {
	Entity Entity
	Fields []FieldError
}

// Error lists the field errors in key form.
func (v *ValidationError) Error() string {
	parts := make([]string, len(v.Fields))
	for i, f := range v.Fields {
		parts[i] = f.Error()
	}
	return "invalid " + v.Entity.Code() + ": " + strings.Join(parts, "; ")
}

// Field returns the first error for the field key, if any.
func (v *ValidationError) Field(key string) (FieldError, bool) {
	for _, f := range v.Fields {
		if f.Field == key {
			return f, true
		}
	}
	return FieldError{}, false
}

// add records one problem.
func (v *ValidationError) add(field string, key i18n.Key, args ...any) {
	v.Fields = append(v.Fields, FieldError{Field: field, Msg: M(key, args...)})
}

// err returns v as an error when it holds problems, else nil.
func (v *ValidationError) err() error {
	if len(v.Fields) == 0 {
		return nil
	}
	return v
}

// UserError is an error that carries a translatable message for the user.
type UserError = i18n.UserError

// MsgError is a plain UserError: a message and, optionally, the cause.
type MsgError struct {
	Msg   Msg
	Cause error
}

// Errorf-like constructor for a UserError.
func NewMsgError(key i18n.Key, args ...any) *MsgError { return &MsgError{Msg: M(key, args...)} }

// Wrap attaches a cause, kept for errors.Is/As and logs.
func (e *MsgError) Wrap(cause error) *MsgError { e.Cause = cause; return e }

func (e *MsgError) Error() string {
	if e.Cause != nil {
		return e.Msg.String() + ": " + e.Cause.Error()
	}
	return e.Msg.String()
}

// UserMsg is the translatable message.
func (e *MsgError) UserMsg() Msg { return e.Msg }

// Unwrap exposes the cause.
func (e *MsgError) Unwrap() error { return e.Cause }

// AsUserMsg finds the first translatable message in err's chain. A
// ValidationError yields its first field's message.
func AsUserMsg(err error) (Msg, bool) { return i18n.AsUserMsg(err) }

// FieldMsgs lists the problems for the UI, which translates each.
func (v *ValidationError) FieldMsgs() []i18n.FieldMsg {
	out := make([]i18n.FieldMsg, len(v.Fields))
	for i, f := range v.Fields {
		out[i] = i18n.FieldMsg{Field: f.Field, Msg: f.Msg}
	}
	return out
}
