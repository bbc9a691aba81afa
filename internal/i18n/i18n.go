// Package i18n holds every user-visible string in Chinese and English and
// translates the model's messages (Msg) into them. The program
// speaks Chinese first: zh is the default when the environment does not
// say otherwise.
package i18n

import (
	"errors"
	"fmt"
	"strings"
)

// Text is one message in both languages. The strings are fmt formats;
// arguments are referred to by position (%[1]v) where the languages order
// them differently.
type Text struct {
	Zh string
	En string
}

// Translator renders messages in one language. It is immutable; switching
// language makes a new one.
type Translator struct {
	lang    Lang
	catalog map[Key]Text
}

// shared are the translators of the two languages over one catalogue,
// built when the package initialises and never changed after: every
// translator and every label (model.Label.In) reads them.
var shared = func() [2]*Translator {
	c := Catalog()
	return [2]*Translator{{lang: LangZh, catalog: c}, {lang: LangEn, catalog: c}}
}()

// New is the translator for the language (Chinese unless it is English).
func New(lang Lang) *Translator { return For(lang) }

// For is the translator for the language (Chinese unless it is English).
// Translators are immutable, so one per language serves everyone.
func For(lang Lang) *Translator {
	if lang == LangEn {
		return shared[1]
	}
	return shared[0]
}

// Lang is the translator's language.
func (t *Translator) Lang() Lang { return t.lang }

// Other is a translator for the other language (the L key).
func (t *Translator) Other() *Translator {
	if t.lang == LangZh {
		return For(LangEn)
	}
	return For(LangZh)
}

// T translates a key with arguments. An unknown key is shown as itself, so
// a missing translation is visible rather than blank.
func (t *Translator) T(key Key, args ...any) string {
	text, ok := t.catalog[key]
	if !ok {
		if len(args) == 0 {
			return string(key)
		}
		return string(key) + " " + fmt.Sprint(t.args(args)...)
	}
	format := text.Zh
	if t.lang == LangEn {
		format = text.En
	}
	if len(args) == 0 {
		if strings.Contains(format, "%%") {
			return strings.ReplaceAll(format, "%%", "%") // a literal %, written %% as in every format
		}
		return format
	}
	return fmt.Sprintf(format, t.args(args)...)
}

// Sprintf formats the key's text with the arguments exactly as given.
// Unlike T it translates none of them, so a printout's user text that
// happens to look like a catalogue key stays as it was typed. Without
// arguments, %% reads as %.
func (t *Translator) Sprintf(key Key, args ...any) string {
	text, ok := t.catalog[key]
	if !ok {
		return string(key)
	}
	format := text.Zh
	if t.lang == LangEn {
		format = text.En
	}
	if len(args) == 0 {
		return strings.ReplaceAll(format, "%%", "%")
	}
	return fmt.Sprintf(format, args...)
}

// Has reports whether the key is in the catalog.
func (t *Translator) Has(key Key) bool { _, ok := t.catalog[key]; return ok }

// args translates nested messages and labels so a message can mention
// another ("the field 截止日期 is required").
func (t *Translator) args(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		switch v := a.(type) {
		case Msg:
			out[i] = t.Msg(v)
		case []Msg:
			parts := make([]string, len(v))
			for j, m := range v {
				parts[j] = t.Msg(m)
			}
			out[i] = strings.Join(parts, t.T("list.sep"))
		case Labeled:
			out[i] = v.In(t.lang)
		case string:
			// A string argument that is itself a catalog key (a field
			// name such as "field.task.due") is translated.
			if strings.HasPrefix(v, "field.") || strings.HasPrefix(v, "entity.") {
				if _, ok := t.catalog[Key(v)]; ok {
					out[i] = t.T(Key(v))
					continue
				}
			}
			out[i] = v
		default:
			out[i] = a
		}
	}
	return out
}

// Msg translates a model message.
func (t *Translator) Msg(m Msg) string { return t.T(m.Key, m.Args...) }

// Label picks the label's text in the translator's language.
func (t *Translator) Label(l Labeled) string { return l.In(t.lang) }

// Field is a field's name: "field.task.due" -> 截止日期.
func (t *Translator) Field(key string) string { return t.T(Key("field." + key)) }

// Err turns any error into one line for the user: a translated message
// when the error carries one, else a generic line with the error's text.
func (t *Translator) Err(err error) string {
	if err == nil {
		return ""
	}
	var fl FieldLister
	if errors.As(err, &fl) && len(fl.FieldMsgs()) > 0 {
		fields := fl.FieldMsgs()
		parts := make([]string, len(fields))
		for i, f := range fields {
			parts[i] = t.FieldErr(f)
		}
		return t.sentence(strings.Join(parts, t.T("list.sep")))
	}
	if m, ok := AsUserMsg(err); ok {
		return t.Msg(m)
	}
	return t.T("error.unexpected", err.Error())
}

// sentence starts a list of field problems with a capital letter in
// English (field names are lower case for use inside sentences). Other
// messages are left alone: they may start with a file name.
func (t *Translator) sentence(s string) string {
	if t.lang == LangEn && s != "" && s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

// FieldErr is one field's problem: "截止日期：必须填写".
func (t *Translator) FieldErr(f FieldMsg) string {
	return t.T("error.field", t.Field(f.Field), t.Msg(f.Msg))
}

// Catalog is every message in both languages: the core's, and each
// feature's from its own file.
func Catalog() map[Key]Text {
	out := map[Key]Text{}
	for _, part := range parts() {
		for k, v := range part {
			out[k] = v
		}
	}
	return out
}

// parts are the catalog's files, each a feature's messages.
func parts() []map[Key]Text {
	return []map[Key]Text{
		coreTexts(), kindTexts(), enumTexts(), fieldTexts(), storeTexts(), cliTexts(), tuiTexts(),
		snapshotTexts(), summaryTexts(), printoutTexts(), sheetTexts(), sheetLayoutTexts(), appTexts(), trustTexts(), meetingTexts(),
		obligationTexts(), chineseTexts(), evidenceTexts(), printListTexts(),
	}
}
