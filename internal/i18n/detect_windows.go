//go:build windows

package i18n

import "golang.org/x/sys/windows"

// systemLocale is the user's preferred UI language on Windows ("zh-CN"),
// which Windows does not put in LANG.
func systemLocale() string {
	langs, err := windows.GetUserPreferredUILanguages(windows.MUI_LANGUAGE_NAME)
	if err != nil || len(langs) == 0 {
		return ""
	}
	return langs[0]
}
