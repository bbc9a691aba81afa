package store_test

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"

	"secretary/model"
	"secretary/store"
	"secretary/store/storetest"
)

// A window is what the program holds while it is open on a ledger: a
// long-lived store and the records it last loaded to show (Refresh),
// patched after each of its own saves. The concurrency tests run one window in the test process
// and another in a child process (childWindow), driven line by line.
type window struct {
	s *store.Store
	l *model.Ledger
}

func openWindow(path string) (*window, error) {
	s, err := store.Open(path, storetest.Options())
	if err != nil {
		return nil, err
	}
	w := &window{s: s}
	if err := w.load(); err != nil {
		s.Close()
		return nil, err
	}
	return w, nil
}

func (w *window) load() error {
	l, err := w.s.Refresh()
	if err == nil {
		w.l = l
	}
	return err
}

// create adds an owner and returns its code.
func (w *window) create(name string) (string, error) {
	o := &model.Owner{Name: name, Department: "心理中心"}
	if _, err := w.s.Create(o); err != nil {
		return "", err
	}
	w.l.Owners = append(w.l.Owners, *o)
	w.l.Reindex()
	return model.CodeOf(o), nil
}

// appendNote adds a word to an owner's notes, editing the copy on screen
// as a user's form would, and saves it.
func (w *window) appendNote(id model.ID, word string) error {
	cur := w.l.Owner(id)
	if cur == nil {
		return fmt.Errorf("O-%d not on screen", id)
	}
	o := *cur
	o.Notes = strings.TrimSpace(o.Notes + " " + word)
	if _, err := w.s.Update(&o); err != nil {
		return err
	}
	*cur = o
	return nil
}

// outcome is an error as one line: "ok", or "err KIND KEY".
func outcome(err error) string {
	if err == nil {
		return "ok"
	}
	var se *store.Error
	if errors.As(err, &se) {
		return fmt.Sprintf("err %d %s", se.Kind, se.Msg.Key)
	}
	return "err 0 " + strings.ReplaceAll(err.Error(), "\n", " ")
}

// childWindow opens a window on the ledger and runs the commands it reads,
// one a line, answering each with one line:
//
//	load                  ok | err KIND KEY
//	changed               true | false | err …
//	create NAME           the new owner's code | err …
//	append ID WORD        ok | err …
//	burst N PREFIX        create N owners PREFIX-1…; ok | the first err
//	import SNAPSHOT       prepare, load, apply: ok | err …
func childWindow(path string) int {
	w, err := openWindow(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "window:", err)
		return 3
	}
	defer w.s.Close()
	out := bufio.NewWriter(os.Stdout)
	say := func(line string) {
		fmt.Fprintln(out, line)
		out.Flush()
	}
	say("ready")
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		f := strings.Fields(in.Text())
		switch f[0] {
		case "load":
			say(outcome(w.load()))
		case "changed":
			changed, err := w.s.Changed()
			if err != nil {
				say(outcome(err))
			} else {
				say(strconv.FormatBool(changed))
			}
		case "create":
			code, err := w.create(f[1])
			if err != nil {
				say(outcome(err))
			} else {
				say(code)
			}
		case "append":
			id, _ := strconv.ParseUint(f[1], 10, 64)
			say(outcome(w.appendNote(model.ID(id), f[2])))
		case "burst":
			n, _ := strconv.Atoi(f[1])
			var err error
			for i := 1; i <= n && err == nil; i++ {
				_, err = w.create(fmt.Sprintf("%s-%d", f[2], i))
			}
			say(outcome(err))
		case "import":
			say(outcome(windowImport(w, f[1])))
		default:
			say("err 0 unknown command " + f[0])
		}
	}
	return 0
}

// windowImport imports a snapshot through a window, as `secretary import
// --yes` does; the window goes on with the new store.
func windowImport(w *window, snap string) error {
	im, err := w.s.PrepareImport(snap, store.ImportOptions{})
	if err != nil {
		return err
	}
	defer im.Discard()
	if err := w.load(); err != nil {
		return err
	}
	ns, _, err := im.Apply(w.s)
	if ns != nil {
		w.s = ns
	}
	if err != nil {
		return err
	}
	return w.load()
}

// remote drives a childWindow.
type remote struct {
	t   testing.TB
	in  io.WriteCloser
	out *bufio.Reader
}

// startRemote starts a window in a child process on the ledger; it is
// closed when the test ends.
func startRemote(t *testing.T, path string) *remote {
	t.Helper()
	cmd := childCmd(t, "window", path)
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	r := &remote{t: t, in: in, out: bufio.NewReader(out)}
	t.Cleanup(func() {
		in.Close()
		if err := cmd.Wait(); err != nil {
			t.Errorf("child window: %v", err)
		}
	})
	if line := r.read(); line != "ready" {
		t.Fatalf("child window said %q", line)
	}
	return r
}

func (r *remote) read() string {
	r.t.Helper()
	line, err := r.out.ReadString('\n')
	if err != nil {
		r.t.Fatalf("child window: %v", err)
	}
	return strings.TrimSuffix(line, "\n")
}

// do sends one command and returns the answer.
func (r *remote) do(format string, args ...any) string {
	r.t.Helper()
	if _, err := fmt.Fprintf(r.in, format+"\n", args...); err != nil {
		r.t.Fatal(err)
	}
	return r.read()
}
