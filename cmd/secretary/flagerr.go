package main

import (
	"errors"

	"github.com/spf13/pflag"
)

// flagUsageErr turns the flag parser's English errors into translated
// usage errors: which option, and what is wrong with it.
func flagUsageErr(err error) error {
	var (
		unknown  *pflag.NotExistError
		noValue  *pflag.ValueRequiredError
		badValue *pflag.InvalidValueError
		syntax   *pflag.InvalidSyntaxError
	)
	switch {
	case errors.As(err, &unknown):
		name := "--" + unknown.GetSpecifiedName()
		if short := unknown.GetSpecifiedShortnames(); short != "" {
			name = "-" + unknown.GetSpecifiedName()
		}
		return usageErr("cli.flag_unknown", name)
	case errors.As(err, &noValue):
		return usageErr("cli.flag_no_value", "--"+noValue.GetFlag().Name)
	case errors.As(err, &badValue):
		return usageErr("cli.flag_bad_value", badValue.GetValue(), "--"+badValue.GetFlag().Name)
	case errors.As(err, &syntax):
		return usageErr("cli.flag_syntax", syntax.GetSpecifiedFlag())
	}
	return usageErr("cli.flag_error", err.Error())
}
