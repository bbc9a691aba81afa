package tui_test

import (
	"fmt"
	"strings"
	"testing"

	"secretary/app"
	"secretary/model"
	"secretary/tui"
	"secretary/tui/common"
	"secretary/tui/tuitest"
	"secretary/tui/welcome"
)

// TestReadOnlyLedgerRefusesEveryChangeBeforeItStarts: on a ledger opened
// for reading only, each key that would change it — a form (new, edit,
// add a task), a question (delete), a flow (attach, link, import), the
// settings, undo and redo, the new school year — opens nothing and says
// why, in the same words in each language; the same keys on a writable
// copy do open something, so the refusal is the policy and not a key
// that does nothing. The file is left as it was.
func TestReadOnlyLedgerRefusesEveryChangeBeforeItStarts(t *testing.T) {
	t.Parallel()
	keys := []string{"n", "e", "t", "d", "a", "l", "N", ",", "i", "u", "ctrl+r"}
	opens := map[string]bool{"n": true, "e": true, "t": true, "d": true, "a": true, "l": true, "N": true, ",": true, "i": true}
	for _, c := range []struct {
		lang model.Lang
		want string
	}{
		{model.LangZh, "台账是只读的，不能修改"},
		{model.LangEn, "The ledger is read-only; changes cannot be made"},
	} {
		path := tuitest.DemoFile(t)
		a, err := app.Open(path, app.Options{Clock: tuitest.Clock(), Version: "test", NoBackup: true, Env: tuitest.Env(), ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { a.Close() })
		before, err := a.Load()
		if err != nil {
			t.Fatal(err)
		}
		ro := tuitest.New(t, a, c.lang, 120, 40)
		rw := tuitest.Demo(t, c.lang, 120, 40)
		for _, k := range keys {
			ro.Send(common.StatusMsg{})
			ro.Keys(k)
			if o := ro.Model.Overlay(); o != nil {
				t.Fatalf("%s: %q on a read-only ledger opened %T", c.lang, k, o)
			}
			if got := ro.Model.Status(); got != c.want {
				t.Fatalf("%s: %q on a read-only ledger: status %q, want %q", c.lang, k, got, c.want)
			}
			if !opens[k] {
				continue
			}
			rw.Keys(k)
			if rw.Model.Overlay() == nil {
				t.Fatalf("%s: %q on a writable ledger should open something:\n%s", c.lang, k, rw.View())
			}
			rw.Keys("esc")
			if o := rw.Model.Overlay(); o != nil {
				t.Fatalf("%s: esc after %q left %T open", c.lang, k, o)
			}
		}
		after, err := a.Load()
		if err != nil {
			t.Fatal(err)
		}
		if len(after.Plans) != len(before.Plans) || len(after.Tasks) != len(before.Tasks) || after.Settings != before.Settings {
			t.Fatalf("%s: the read-only ledger changed", c.lang)
		}
	}
}

// TestReadOnlyWelcomeRefusesWhatWouldChangeTheLedger: the welcome page of
// an empty ledger opened for reading only refuses the settings and both
// imports with the same words and stays; the sample year (a file of its
// own) is not refused.
func TestReadOnlyWelcomeRefusesWhatWouldChangeTheLedger(t *testing.T) {
	t.Parallel()
	path := emptyLedger(t)
	openAt(t, path, model.LangEn, app.Location{}).App.Close() // the file exists, empty
	a, err := app.Open(path, app.Options{Clock: tuitest.Clock(), Version: "test", NoBackup: true, Env: tuitest.Env(), ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	d := tuitest.NewWith(t, a, tui.Deps{Lang: model.LangEn}, 100, 30)
	for _, k := range []string{"1", "3", "4"} {
		d.Send(common.StatusMsg{})
		d.Keys(k)
		if _, ok := d.Model.Overlay().(*welcome.Page); !ok {
			t.Fatalf("%q on a read-only welcome page left it:\n%s", k, d.View())
		}
		if got, want := d.Model.Status(), "The ledger is read-only; changes cannot be made"; got != want {
			t.Fatalf("%q on a read-only welcome page: status %q, want %q", k, got, want)
		}
	}
}

// TestReadOnlyRubricMenuRefusesBeforeAFormOpens: in the rubrics menu (R
// in the evidence view) of a read-only ledger, a new or edited rubric,
// its deletion and an import are refused when the key is pressed — not
// after the user has filled in a form that cannot be saved — and the
// menu stays. On a writable copy the same n opens the rubric form.
func TestReadOnlyRubricMenuRefusesBeforeAFormOpens(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		lang model.Lang
		want string
	}{
		{model.LangZh, "台账是只读的，不能修改"},
		{model.LangEn, "The ledger is read-only; changes cannot be made"},
	} {
		a, err := app.Open(tuitest.DemoFile(t), app.Options{Clock: tuitest.Clock(), Version: "test", NoBackup: true, Env: tuitest.Env(), ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { a.Close() })
		ro := tuitest.New(t, a, c.lang, 120, 40)
		ro.Keys("4", "o", "o", "R")
		menu := fmt.Sprintf("%T", ro.Model.Overlay())
		if !strings.Contains(menu, "Rubrics") {
			t.Fatalf("%s: R opened %s, not the rubrics menu:\n%s", c.lang, menu, ro.View())
		}
		for _, k := range []string{"n", "e", "d", "i"} {
			ro.Send(common.StatusMsg{})
			ro.Keys(k)
			if got := fmt.Sprintf("%T", ro.Model.Overlay()); got != menu {
				t.Fatalf("%s: %q in the rubrics menu of a read-only ledger opened %s", c.lang, k, got)
			}
			if got := ro.Model.Status(); got != c.want {
				t.Fatalf("%s: %q: status %q, want %q", c.lang, k, got, c.want)
			}
		}
		rw := tuitest.Demo(t, c.lang, 120, 40)
		rw.Keys("4", "o", "o", "R", "n")
		if got := fmt.Sprintf("%T", rw.Model.Overlay()); !strings.Contains(got, "forms.Host") {
			t.Fatalf("%s: n in the rubrics menu of a writable ledger opened %s:\n%s", c.lang, got, rw.View())
		}
	}
}
