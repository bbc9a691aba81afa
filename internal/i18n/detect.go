package i18n

import "strings"

// Detect picks the UI language: an explicit choice (--lang) wins; then the
// first of LC_ALL, LC_MESSAGES and LANG that is set, as POSIX orders them
// (zh_CN.UTF-8, zh_TW, zh → Chinese; en_US and other languages →
// English); then, with none set, the system's own language (Windows keeps
// it outside the environment); and Chinese when nothing says otherwise,
// since that is who the program is for. A locale that names no language
// (C, C.UTF-8, POSIX: what containers, SSH sessions and minimal systems
// set) says nothing and is passed over.
func Detect(explicit string, getenv func(string) string) (Lang, bool) {
	switch strings.ToLower(strings.TrimSpace(explicit)) {
	case "":
	case "zh", "zh-cn", "zh_cn", "cn", "中文":
		return LangZh, true
	case "en", "en-us", "en_us", "english":
		return LangEn, true
	default:
		return LangZh, false
	}
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" && !neutral(v) {
			return fromLocale(v), true
		}
	}
	if v := systemLocale(); v != "" {
		return fromLocale(v), true
	}
	return LangZh, true
}

// neutral reports a locale that names no language: C and POSIX, with or
// without an encoding (C.UTF-8, C.utf8).
func neutral(v string) bool {
	lang, _, _ := strings.Cut(v, ".")
	lang, _, _ = strings.Cut(lang, "@")
	return lang == "C" || lang == "POSIX"
}

func fromLocale(v string) Lang {
	if strings.HasPrefix(strings.ToLower(v), "zh") {
		return LangZh
	}
	return LangEn
}
