package forms

import (
	"io"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// input is a one-line field whose value is selected when the field gets
// the focus, as in any form on a desktop: the first character typed (or
// pasted) replaces the whole value instead of being added to it. A
// prefilled 30 that the user overtypes with 28 saves 28, not 3028.
// backspace, delete or ctrl+u on a selected value clears it; ←, →, home
// and end drop the selection to edit the value in place; ctrl+u always
// clears the field (the form's help line says so).
//
// Every one-line field of every form is one (textInput, dateInput,
// moneyInput, intInput), so a form built from these helpers behaves this
// way without knowing it. It wraps huh's Input rather than embedding it:
// only the methods below exist, so chaining a setter can never hand back
// the bare huh.Input and lose the behaviour.
type input struct {
	in       *huh.Input
	v        *string
	theme    *huh.Theme // our own copy, so the selection can be drawn
	selected bool
	clear    key.Binding
}

var _ huh.Field = (*input)(nil)

func newInput(v *string, clear key.Binding) *input {
	return &input{in: huh.NewInput().Value(v), v: v, clear: clear}
}

// Title sets the field's name.
func (f *input) Title(s string) *input { f.in.Title(s); return f }

// Description sets the line under the name.
func (f *input) Description(s string) *input { f.in.Description(s); return f }

// Placeholder sets the hint shown while the field is empty.
func (f *input) Placeholder(s string) *input { f.in.Placeholder(s); return f }

// Suggestions offers completions (ctrl+e).
func (f *input) Suggestions(s []string) *input { f.in.Suggestions(s); return f }

// Validate sets the check run when the user leaves the field.
func (f *input) Validate(fn func(string) error) *input { f.in.Validate(fn); return f }

// CharLimit bounds the value's length.
func (f *input) CharLimit(n int) *input { f.in.CharLimit(n); return f }

// Inline puts the name and the value on one line.
func (f *input) Inline(b bool) *input { f.in.Inline(b); return f }

// TitleFunc, DescriptionFunc, PlaceholderFunc and SuggestionsFunc are
// huh's dynamic forms of the setters above.
func (f *input) TitleFunc(fn func() string, on any) *input { f.in.TitleFunc(fn, on); return f }

// DescriptionFunc is a description that follows other fields.
func (f *input) DescriptionFunc(fn func() string, on any) *input {
	f.in.DescriptionFunc(fn, on)
	return f
}

// PlaceholderFunc is a hint that follows other fields.
func (f *input) PlaceholderFunc(fn func() string, on any) *input {
	f.in.PlaceholderFunc(fn, on)
	return f
}

// SuggestionsFunc are completions that follow other fields.
func (f *input) SuggestionsFunc(fn func() []string, on any) *input {
	f.in.SuggestionsFunc(fn, on)
	return f
}

// Key names the field (the record's field key), for tests and help.
func (f *input) Key(k string) *input { f.in.Key(k); return f }

// Selected reports whether the value is selected: the next character
// typed replaces it.
func (f *input) Selected() bool { return f.selected }

// setValue replaces the value and the text being edited.
func (f *input) setValue(s string) {
	*f.v = s
	f.in.Value(f.v)
}

// Update handles the selection, then lets huh's input do the rest.
func (f *input) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if km, ok := msg.(tea.KeyMsg); ok {
		if key.Matches(km, f.clear) {
			f.markSelected(false)
			f.setValue("")
			return f, nil
		}
		if f.selected {
			switch km.Type {
			case tea.KeyRunes, tea.KeySpace:
				f.markSelected(false)
				f.setValue("")
			case tea.KeyBackspace, tea.KeyDelete:
				f.markSelected(false)
				f.setValue("")
				return f, nil
			case tea.KeyLeft, tea.KeyRight, tea.KeyHome, tea.KeyEnd, tea.KeyCtrlA, tea.KeyCtrlE:
				f.markSelected(false)
			}
		}
	}
	_, cmd := f.in.Update(msg)
	return f, cmd
}

// View draws the field, its selected value in reverse video (see markSelected).
func (f *input) View() string { return f.in.View() }

// markSelected marks the value selected, or not, and styles the focused text to
// show it: only the focused field draws with the form theme's focused
// style, so the field that has the focus owns it, and View only reads.
func (f *input) markSelected(on bool) {
	f.selected = on
	if f.theme != nil {
		f.theme.Focused.TextInput.Text = f.theme.Focused.TextInput.Text.Reverse(on)
	}
}

// Focus selects the value (if there is one) as the field gets the focus.
func (f *input) Focus() tea.Cmd {
	f.markSelected(*f.v != "")
	return f.in.Focus()
}

// Blur drops the selection.
func (f *input) Blur() tea.Cmd {
	f.markSelected(false)
	return f.in.Blur()
}

// WithTheme keeps a copy of the form's theme for this field, whose text
// style View changes while the value is selected.
func (f *input) WithTheme(t *huh.Theme) huh.Field {
	if f.theme == nil && t != nil {
		c := *t
		f.theme = &c
		f.in.WithTheme(f.theme)
	}
	return f
}

// The rest of huh.Field is huh's input's.

func (f *input) Init() tea.Cmd                                { return f.in.Init() }
func (f *input) Error() error                                 { return f.in.Error() }
func (f *input) Run() error                                   { return f.in.Run() }
func (f *input) RunAccessible(w io.Writer, r io.Reader) error { return f.in.RunAccessible(w, r) }
func (f *input) Skip() bool                                   { return f.in.Skip() }
func (f *input) Zoom() bool                                   { return f.in.Zoom() }
func (f *input) KeyBinds() []key.Binding                      { return f.in.KeyBinds() }
func (f *input) GetKey() string                               { return f.in.GetKey() }
func (f *input) GetValue() any                                { return f.in.GetValue() }

func (f *input) WithAccessible(b bool) huh.Field {
	f.in.WithAccessible(b) //nolint:staticcheck // part of huh.Field
	return f
}
func (f *input) WithKeyMap(k *huh.KeyMap) huh.Field         { f.in.WithKeyMap(k); return f }
func (f *input) WithWidth(w int) huh.Field                  { f.in.WithWidth(w); return f }
func (f *input) WithHeight(h int) huh.Field                 { f.in.WithHeight(h); return f }
func (f *input) WithPosition(p huh.FieldPosition) huh.Field { f.in.WithPosition(p); return f }
