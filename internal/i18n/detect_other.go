//go:build !windows

package i18n

// systemLocale is empty outside Windows: there the environment is the
// system's word on the language.
func systemLocale() string { return "" }
