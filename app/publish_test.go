package app_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"secretary/app"
	"secretary/model"
	"secretary/model/summary"
	"secretary/printout"
	"secretary/store/storetest"
)

func meetingSummary(t *testing.T, s *app.Service) *summary.Summary {
	t.Helper()
	l := load(t, s)
	return summary.Build(l, summary.Semester(s.Today()), s.Today())
}

func slip(t *testing.T, s *app.Service) *summary.Slip {
	t.Helper()
	l := load(t, s)
	sl, err := summary.BuildSlip(l, l.Owners[0].ID, s.Today())
	if err != nil {
		t.Fatal(err)
	}
	return sl
}

func lastSummary(t *testing.T, s *app.Service) model.Date {
	t.Helper()
	set, err := s.Settings()
	if err != nil {
		t.Fatal(err)
	}
	return set.LastSummary
}

// lp puts a printer spooler in dir that records what it was sent, or
// fails as lp does without a default printer.
func lp(t *testing.T, dir string, fail bool) (received string) {
	t.Helper()
	received = filepath.Join(t.TempDir(), "received")
	script := "cat > '" + received + "'\n"
	if fail {
		script += "echo 'lp: Error - no default destination available.' >&2\nexit 1\n"
	}
	fakeProgram(t, dir, "lp", script)
	return received
}

// TestPublishPolicy is the one policy both front ends follow: the day is
// recorded when a meeting summary reaches a file the user asked for or a
// printer; not for a task slip, not when printing only kept a file, not
// on failure.
func TestPublishPolicy(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	today := storetest.Today()

	t.Run("a meeting summary written to a file records the day", func(t *testing.T) {
		t.Parallel()
		s := openDemoEnv(t, testEnv(t, t.TempDir()))
		out := filepath.Join(t.TempDir(), "meeting", "汇报.html")
		pub, err := s.Publish(ctx, app.PublishRequest{Doc: meetingSummary(t, s), Lang: model.LangZh, Format: summary.FormatHTML, Path: out})
		if err != nil {
			t.Fatal(err)
		}
		if pub.Path != out || !strings.Contains(read(t, out), "<h2>一、总体情况</h2>") {
			t.Errorf("written %q", pub.Path)
		}
		if pub.Day != today || lastSummary(t, s) != today || pub.Changed.Empty() {
			t.Errorf("day %s, stored %s, change %+v", pub.Day, lastSummary(t, s), pub.Changed)
		}
		// Patching a screen's ledger with the change gives the file's.
		l := load(t, s)
		l.Settings.LastSummary = 0
		pub.Changed.Apply(l)
		if l.Settings.LastSummary != today {
			t.Error("the change does not carry the day")
		}
		// The same day again writes nothing to the ledger.
		again, err := s.Publish(ctx, app.PublishRequest{Doc: meetingSummary(t, s), Lang: model.LangZh, Format: summary.FormatMarkdown, Path: out + ".md"})
		if err != nil || again.Day != today || !again.Changed.Empty() {
			t.Errorf("same day again: %+v %v", again, err)
		}
	})

	t.Run("a task slip records nothing", func(t *testing.T) {
		t.Parallel()
		s := openDemoEnv(t, testEnv(t, t.TempDir()))
		out := filepath.Join(t.TempDir(), "slip.md")
		pub, err := s.Publish(ctx, app.PublishRequest{Doc: slip(t, s), Lang: model.LangZh, Format: summary.FormatMarkdown, Path: out})
		if err != nil || pub.Path != out || !pub.Day.IsZero() || !lastSummary(t, s).IsZero() {
			t.Errorf("%+v %v; stored %s", pub, err, lastSummary(t, s))
		}
	})

	t.Run("printed through lp records the day", func(t *testing.T) {
		t.Parallel()
		bin := t.TempDir()
		received := lp(t, bin, false)
		s := openDemoEnv(t, testEnv(t, bin))
		pub, err := s.Publish(ctx, app.PublishRequest{Doc: meetingSummary(t, s), Lang: model.LangZh, Print: true, Fallback: filepath.Join(t.TempDir(), "x.pdf")})
		if err != nil || !pub.Printed || pub.KeptAt != "" || pub.Print.Key != printout.MsgPrinted {
			t.Fatalf("%+v %v", pub, err)
		}
		if !strings.Contains(read(t, received), "一、总体情况") {
			t.Error("lp did not receive the summary")
		}
		if pub.Day != today || lastSummary(t, s) != today {
			t.Errorf("day %s, stored %s", pub.Day, lastSummary(t, s))
		}
	})

	t.Run("no printer: the file is kept and the day is not recorded", func(t *testing.T) {
		t.Parallel()
		env := testEnv(t, t.TempDir())
		desktop := filepath.Join(env.Home, "Desktop")
		if err := os.Mkdir(desktop, 0o700); err != nil {
			t.Fatal(err)
		}
		s := openDemoEnv(t, env)
		pub, err := s.Publish(ctx, app.PublishRequest{Doc: meetingSummary(t, s), Lang: model.LangEn, Print: true})
		if err != nil || pub.Printed || pub.Print.Key != printout.MsgNoPrinter {
			t.Fatalf("%+v %v", pub, err)
		}
		// Without a fallback named, the default folder (the desktop).
		if filepath.Dir(pub.KeptAt) != desktop || !strings.HasSuffix(pub.KeptAt, ".html") {
			t.Errorf("kept at %q, want an HTML file on %s", pub.KeptAt, desktop)
		}
		if !pub.Day.IsZero() || !lastSummary(t, s).IsZero() {
			t.Errorf("recorded %s", lastSummary(t, s))
		}
	})

	t.Run("a printer that refuses: an error, the file kept, nothing recorded", func(t *testing.T) {
		t.Parallel()
		bin := t.TempDir()
		lp(t, bin, true)
		s := openDemoEnv(t, testEnv(t, bin))
		fallback := filepath.Join(t.TempDir(), "x.html")
		pub, err := s.Publish(ctx, app.PublishRequest{Doc: meetingSummary(t, s), Lang: model.LangZh, Print: true, Fallback: fallback})
		if err == nil || pub.Printed || pub.KeptAt == "" || !pub.Day.IsZero() || !lastSummary(t, s).IsZero() {
			t.Errorf("%+v %v", pub, err)
		}
	})

	t.Run("a file asked for and a printer that refuses: the file counts", func(t *testing.T) {
		t.Parallel()
		bin := t.TempDir()
		lp(t, bin, true)
		s := openDemoEnv(t, testEnv(t, bin))
		out := filepath.Join(t.TempDir(), "s.md")
		pub, err := s.Publish(ctx, app.PublishRequest{Doc: meetingSummary(t, s), Lang: model.LangZh, Format: summary.FormatMarkdown, Path: out, Print: true, Fallback: out})
		if err == nil || pub.Path != out || pub.Day != today {
			t.Errorf("%+v %v", pub, err)
		}
	})

	t.Run("a PDF without a browser fails before anything", func(t *testing.T) {
		t.Parallel()
		s := openDemoEnv(t, testEnv(t, t.TempDir()))
		out := filepath.Join(t.TempDir(), "s.pdf")
		_, err := s.Publish(ctx, app.PublishRequest{Doc: meetingSummary(t, s), Lang: model.LangZh, Format: summary.FormatPDF, Path: out})
		if m, ok := model.AsUserMsg(err); !ok || m.Key != printout.MsgNoBrowser {
			t.Errorf("%v", err)
		}
		if _, err := os.Stat(out); err == nil || !lastSummary(t, s).IsZero() {
			t.Error("a failed PDF wrote a file or recorded the day")
		}
	})

	t.Run("a read-only ledger publishes and says why the day is not recorded", func(t *testing.T) {
		t.Parallel()
		s, err := app.Open(storetest.DemoFile(t, 0), app.Options{Clock: storetest.Clock(), ReadOnly: true, Env: testEnv(t, t.TempDir())})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		out := filepath.Join(t.TempDir(), "s.txt")
		pub, err := s.Publish(ctx, app.PublishRequest{Doc: meetingSummary(t, s), Lang: model.LangZh, Format: summary.FormatText, Path: out})
		if err != nil || pub.Path != out || !errors.Is(pub.NotRecorded, app.ErrReadOnly) || !pub.Day.IsZero() {
			t.Errorf("%+v %v", pub, err)
		}
	})

	t.Run("a folder gets the document's own name", func(t *testing.T) {
		t.Parallel()
		s := openDemoEnv(t, testEnv(t, t.TempDir()))
		dir := t.TempDir()
		pub, err := s.Publish(ctx, app.PublishRequest{Doc: meetingSummary(t, s), Lang: model.LangEn, Format: summary.FormatMarkdown, Path: dir})
		if want := filepath.Join(dir, "summary_2026-09-01_2027-01-31.md"); err != nil || pub.Path != want {
			t.Errorf("%q %v, want %s", pub.Path, err, want)
		}
	})
}

// TestPublishNeverWritesOverWhatWasNotAskedFor: issue 10's first section
// for summaries, slips and the print fallback.
func TestPublishNeverWritesOverWhatWasNotAskedFor(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := openDemoEnv(t, testEnv(t, t.TempDir()))
	doc := meetingSummary(t, s)
	dir := t.TempDir()

	existing := filepath.Join(dir, "s.html")
	write(t, existing, "minutes of last week")
	_, err := s.Publish(ctx, app.PublishRequest{Doc: doc, Lang: model.LangZh, Format: summary.FormatHTML, Path: existing})
	if !errors.Is(err, app.ErrExists) || read(t, existing) != "minutes of last week" || !lastSummary(t, s).IsZero() {
		t.Fatalf("existing file without force: %v", err)
	}
	if _, err := s.Publish(ctx, app.PublishRequest{Doc: doc, Lang: model.LangZh, Format: summary.FormatHTML, Path: existing, Force: true}); err != nil || !strings.Contains(read(t, existing), "<html") {
		t.Fatalf("existing file with force: %v", err)
	}

	// The ledger itself, in every format, even forced (today this wrote
	// a PDF over the ledger).
	ledgerBytes := read(t, s.Path())
	for _, f := range []summary.Format{summary.FormatText, summary.FormatMarkdown, summary.FormatHTML} {
		for _, d := range []summary.Document{doc, slip(t, s)} {
			_, err := s.Publish(ctx, app.PublishRequest{Doc: d, Lang: model.LangZh, Format: f, Path: s.Path(), Force: true})
			if !errors.Is(err, app.ErrProtected) {
				t.Errorf("%v over the ledger: %v", f, err)
			}
		}
	}
	if read(t, s.Path()) != ledgerBytes {
		t.Fatal("the ledger was written over")
	}

	// A link: refused, then with force its target is replaced and it
	// stays a link.
	target := filepath.Join(dir, "target.md")
	write(t, target, "old")
	link := filepath.Join(dir, "link.md")
	symlink(t, target, link)
	if _, err := s.Publish(ctx, app.PublishRequest{Doc: doc, Lang: model.LangZh, Format: summary.FormatMarkdown, Path: link}); !errors.Is(err, app.ErrExists) {
		t.Fatalf("a link without force: %v", err)
	}
	if _, err := s.Publish(ctx, app.PublishRequest{Doc: doc, Lang: model.LangZh, Format: summary.FormatMarkdown, Path: link, Force: true}); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Error("the link became a plain file")
	}
	if !strings.HasPrefix(read(t, target), "# ") {
		t.Error("the link's target was not written")
	}

	// No printer: the fallback is written whatever happens, so an
	// existing one is refused before anything is made.
	fallback := filepath.Join(dir, "会议汇报.pdf")
	kept := strings.TrimSuffix(fallback, ".pdf") + ".html"
	write(t, kept, "yesterday's")
	if _, err := s.Publish(ctx, app.PublishRequest{Doc: doc, Lang: model.LangZh, Print: true, Fallback: fallback}); !errors.Is(err, app.ErrExists) || read(t, kept) != "yesterday's" {
		t.Fatalf("an existing print fallback: %v", err)
	}
}

// TestPublishFallbackBesideAWorkingPrinter: when a printer is there the
// fallback is written only if it fails, so an existing file of that name
// is not a reason to refuse; if it is needed it gets a fresh name.
func TestPublishFallbackBesideAWorkingPrinter(t *testing.T) {
	t.Parallel()
	if runtime.GOOS == "windows" {
		t.Skip("lp is the Unix way to print")
	}
	bin := t.TempDir()
	lp(t, bin, true)
	s := openDemoEnv(t, testEnv(t, bin))
	dir := t.TempDir()
	old := filepath.Join(dir, "会议汇报.txt")
	write(t, old, "yesterday's")
	pub, err := s.Publish(context.Background(), app.PublishRequest{Doc: meetingSummary(t, s), Lang: model.LangZh, Print: true, Fallback: filepath.Join(dir, "会议汇报.html")})
	if err == nil || pub.KeptAt != filepath.Join(dir, "会议汇报 (2).txt") {
		t.Fatalf("kept at %q: %v", pub.KeptAt, err)
	}
	if read(t, old) != "yesterday's" {
		t.Fatal("the old file was written over")
	}
}
