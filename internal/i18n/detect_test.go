package i18n

import "testing"

// TestDetectIsChineseUnlessALanguageIsNamed: the program speaks Chinese
// unless the environment names another language; C, C.UTF-8, POSIX and
// no locale at all name none.
func TestDetectIsChineseUnlessALanguageIsNamed(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name     string
		explicit string
		env      map[string]string
		want     Lang
	}{
		{"unset", "", nil, LangZh},
		{"C.UTF-8", "", map[string]string{"LANG": "C.UTF-8"}, LangZh},
		{"C.utf8", "", map[string]string{"LANG": "C.utf8"}, LangZh},
		{"C", "", map[string]string{"LANG": "C"}, LangZh},
		{"POSIX", "", map[string]string{"LANG": "POSIX"}, LangZh},
		{"LC_ALL=C", "", map[string]string{"LC_ALL": "C"}, LangZh},
		{"zh_CN", "", map[string]string{"LANG": "zh_CN.UTF-8"}, LangZh},
		{"zh_TW", "", map[string]string{"LANG": "zh_TW.UTF-8"}, LangZh},
		{"en_US", "", map[string]string{"LANG": "en_US.UTF-8"}, LangEn},
		{"en_GB@euro", "", map[string]string{"LANG": "en_GB@euro"}, LangEn},
		{"de_DE", "", map[string]string{"LANG": "de_DE.UTF-8"}, LangEn},
		{"LC_ALL wins", "", map[string]string{"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, LangZh},
		{"C passes to LANG", "", map[string]string{"LC_ALL": "C.UTF-8", "LANG": "en_US.UTF-8"}, LangEn},
		{"--lang wins", "en", map[string]string{"LANG": "zh_CN.UTF-8"}, LangEn},
		{"--lang zh", "zh", map[string]string{"LANG": "en_US.UTF-8"}, LangZh},
	}
	for _, c := range cases {
		got, ok := Detect(c.explicit, func(k string) string { return c.env[k] })
		if !ok || got != c.want {
			t.Errorf("%s: Detect = %s, %v; want %s", c.name, got, ok, c.want)
		}
	}
}
