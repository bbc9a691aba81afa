package forms

import "github.com/charmbracelet/huh"

// formTheme is the look of every form: huh's plain base theme, coloured
// by the terminal's own palette.
func formTheme() *huh.Theme { return huh.ThemeBase() }

// group is huh.NewGroup with the form's theme given to each field first.
// huh measures a group as it is made, drawing every field; a field with
// no theme yet builds huh's default theme anew for each option it draws
// (hundreds of styles per option), which made opening a form with a list
// of people cost milliseconds per person. The host gives the form the
// same theme (Host.rebuild), so nothing looks different.
func group(fields ...huh.Field) *huh.Group {
	t := formTheme()
	for _, f := range fields {
		f.WithTheme(t)
	}
	return huh.NewGroup(fields...)
}

// newSelect is huh.NewSelect with the form's theme from the start: a
// select draws its options as soon as they are given (to size itself),
// and without a theme it builds huh's default one for every option drawn.
func newSelect[T comparable]() *huh.Select[T] {
	s := huh.NewSelect[T]()
	s.WithTheme(formTheme())
	return s
}

// newMultiSelect is huh.NewMultiSelect with the form's theme from the
// start, for the reason newSelect gives.
func newMultiSelect[T comparable]() *huh.MultiSelect[T] {
	s := huh.NewMultiSelect[T]()
	s.WithTheme(formTheme())
	return s
}
