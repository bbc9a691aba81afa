package summary_test

import (
	"strings"
	"testing"

	"secretary/model"
	"secretary/model/demo"
	"secretary/model/summary"
	"secretary/store/storetest"
)

// A control character left in a record (an old ledger, a record written
// by hand) reaches neither the text summary nor the Markdown as a byte a
// terminal would act on.
func TestSummaryShowsControlCharactersInsteadOfSendingThem(t *testing.T) {
	l := demo.Build(storetest.Today(), demo.BaseSize)
	for i := range l.Tasks {
		l.Tasks[i].Title += "\x1b]0;pwned\x07\u009b2J\u202e"
	}
	l.Reindex()
	s := summary.Build(l, summary.Semester(storetest.Today()), storetest.Today())
	for name, out := range map[string]string{
		"text":     summary.Text(s, model.LangEn, 100),
		"markdown": summary.Markdown(s, model.LangEn),
	} {
		if strings.ContainsAny(out, "\x1b\x07\u009b\u202e") {
			t.Errorf("%s carries control characters", name)
		}
		if !strings.Contains(out, "␛") || !strings.Contains(out, "pwned␇") {
			t.Errorf("%s does not show the escape visibly:\n%s", name, out)
		}
	}
}
