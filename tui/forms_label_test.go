package tui_test

import (
	"strings"
	"testing"

	"secretary/model"
	"secretary/tui/tuitest"
)

// TestPickerFilterNeverReplacesTheLabel: after /zs in a person picker
// the field still reads 责任人, while filtering and once chosen (huh put
// the filter text where the label was).
func TestPickerFilterNeverReplacesTheLabel(t *testing.T) {
	t.Parallel()
	for _, lang := range []model.Lang{model.LangZh, model.LangEn} {
		d := tuitest.Demo(t, lang, 100, 40)
		label := map[model.Lang]string{model.LangZh: "责任人 *", model.LangEn: "Owner *"}[lang]
		d.Keys("2", "n")
		d.Paste("讲座")
		d.Keys("enter", "/")
		d.Type("zs")
		if !d.Contains(label, "/zs") {
			t.Fatalf("%s: while filtering the label is gone:\n%s", lang, d.View())
		}
		d.Keys("enter")     // choose 张三, move on to the due date
		d.Keys("shift+tab") // and back: the filter is still set
		if !d.Contains(label) || !strings.Contains(d.View(), "张三") {
			t.Fatalf("%s: after choosing, the label is gone:\n%s", lang, d.View())
		}
	}
}

// TestInlineSelectSaysNoMatchesInTheUILanguage: an inline select whose
// filter matches nothing speaks the UI language.
func TestInlineSelectSaysNoMatchesInTheUILanguage(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 100, 40)
	d.Keys("4", "e", "/")
	d.Type("qqq")
	if d.Contains("No matches") || !d.Contains("没有匹配的选项") {
		t.Fatalf("inline select with no match:\n%s", d.View())
	}
}
