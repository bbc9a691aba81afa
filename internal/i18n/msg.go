package i18n

import (
	"errors"
	"fmt"
	"strings"
)

// Lang is a UI language. The program speaks Chinese first, English second.
type Lang string

// The two languages every user-visible string exists in.
const (
	LangZh Lang = "zh"
	LangEn Lang = "en"
)

// Key names one entry of the catalogue. Literal keys are checked against
// the catalogue by TestEveryMessageKeyIsTranslated; a key built at run
// time is converted explicitly, which marks the place for a reader.
type Key string

// Msg is a message the user will read: a key into the catalogue and the
// values it mentions. Code below the UI never builds prose in one
// language; it says what happened and lets the UI say it in zh or en.
type Msg struct {
	Key  Key
	Args []any
}

// M builds a Msg.
func M(key Key, args ...any) Msg { return Msg{Key: key, Args: args} }

// String is a language-neutral rendering for logs and test failures.
func (m Msg) String() string {
	if len(m.Args) == 0 {
		return string(m.Key)
	}
	parts := make([]string, len(m.Args))
	for i, a := range m.Args {
		parts[i] = fmt.Sprint(a)
	}
	return string(m.Key) + "(" + strings.Join(parts, ", ") + ")"
}

// UserError is an error that carries a translatable message for the user.
// Errors the user can act on implement it; the UI translates Msg instead
// of showing Error().
type UserError interface {
	error
	UserMsg() Msg
}

// FieldMsg is one field's problem: the field's key ("task.due",
// translated as "field.task.due") and what is wrong with it.
type FieldMsg struct {
	Field string
	Msg   Msg
}

// FieldLister is an error about several fields of one record at once (a
// form's validation); the UI lists each field's problem.
type FieldLister interface {
	error
	FieldMsgs() []FieldMsg
}

// AsUserMsg finds the first translatable message in err's chain. An error
// about fields yields its first field's message.
func AsUserMsg(err error) (Msg, bool) {
	var fl FieldLister
	if errors.As(err, &fl) {
		if fs := fl.FieldMsgs(); len(fs) > 0 {
			return M("error.field", M(Key("field."+fs[0].Field)), fs[0].Msg), true
		}
	}
	var u UserError
	if errors.As(err, &u) {
		return u.UserMsg(), true
	}
	return Msg{}, false
}

// Labeled is a name in both languages (model.Label): a message argument
// that is one is shown in the translator's language.
type Labeled interface {
	In(Lang) string
}
