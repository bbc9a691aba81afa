package app

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"secretary/model"
	"secretary/model/summary"
	"secretary/printout"
	"secretary/store"
)

// The publishing policy, one for both front ends:
//
// The last summary day (Settings.LastSummary, which "since the last
// summary" counts from) is recorded when a meeting summary leaves the
// program the way the user asked for it:
//
//   - written to a file the user asked for (-o, --format pdf, the TUI's
//     w), or
//   - accepted by the printer's spooler (lp, lpr), or opened in the
//     browser's print dialog (Windows).
//
// It is not recorded for a task slip, for text shown in a terminal, for
// anything that failed, nor when printing found no printer (or the
// printer refused) and the document was only kept in a file the program
// named: the meeting has no paper yet, and the user is told where the
// file is. A read-only ledger still publishes; the result says why the
// day was not recorded. Recording the day is one undoable step, skipped
// when today is already the day.

// PublishRequest is a document to write to a file, print, or both.
type PublishRequest struct {
	Doc    summary.Document // a meeting summary (*summary.Summary) or a task slip
	Lang   model.Lang
	Width  int // of the text format; 0 is summary.DefaultWidth
	Format summary.Format
	// Path is the file to write in Format; "" writes none. A folder (an
	// existing one, or a name ending in a separator) gets the document's
	// own file name inside it.
	Path string
	// Print sends the document to the printer: lp or lpr (a PDF when a
	// browser can make one, else text), or the browser's print dialog on
	// Windows.
	Print bool
	// Fallback is where printing keeps the document when no printer
	// takes it; its extension is replaced by the format kept. "": the
	// default folder; a folder: in it; under the document's own file
	// name.
	Fallback string
	// Force replaces existing files (see CheckOutput). Without it an
	// existing file at Path or, when printing is sure to keep one, at the
	// fallback, is refused before anything is made (ErrExists).
	Force bool
}

// Published is what a publish did, for the front end to say.
type Published struct {
	Path string // the file written at the request's Path (a folder resolved); "" when none
	// Print is what happened to the print job, as a message to show
	// ("sent to lp", "no printer: kept in …"); zero when not printing.
	Print   model.Msg
	Printed bool   // the document reached a printer or the print dialog
	KeptAt  string // the file printing kept the document in, if any
	// Day is the last summary day recorded (today); zero when the
	// policy records nothing or recording failed.
	Day model.Date
	// NotRecorded is why a published meeting summary's day could not
	// be recorded (a read-only ledger); nil otherwise.
	NotRecorded error
	// Changed is the settings change recording made, for a screen to
	// patch its ledger; empty when nothing was written.
	Changed Result
}

// Publish writes and/or prints a document, then records the summary day
// under the policy above. The returned error is what failed; a print
// that failed after the file at Path was written still returns what was
// done (Path, KeptAt, Day) with the error. ctx bounds the browser and
// the printer, which can take seconds: run it in a tea.Cmd.
func (s *Service) Publish(ctx context.Context, req PublishRequest) (Published, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	var out Published
	if req.Doc == nil || (req.Path == "" && !req.Print) {
		return out, model.NewMsgError(MsgNothingToDo)
	}
	env := s.opts.Env.printEnv()
	opts := summary.Options{Lang: req.Lang, Width: req.Width}
	if opts.Width == 0 {
		opts.Width = summary.DefaultWidth
	}
	guard := Guard{Ledger: s.Path()}

	// Every check before anything is made: a PDF takes seconds, and a
	// refusal after it would waste them.
	path, target := req.Path, ""
	if path != "" {
		if isFolder(path) {
			path = filepath.Join(path, req.Doc.FileName(req.Format, req.Lang))
		}
		var err error
		if target, err = CheckOutput(path, req.Force, guard); err != nil {
			return out, err
		}
		if req.Format == summary.FormatPDF && printout.FindBrowser(env) == "" {
			return out, model.NewMsgError(printout.MsgNoBrowser)
		}
	}
	fallback := ""
	if req.Print {
		var err error
		if fallback, err = s.printFallback(req, env, guard, target); err != nil {
			return out, err
		}
	}

	if path != "" {
		data, err := printout.Render(ctx, env, req.Doc, req.Format, opts)
		if err != nil {
			return out, err
		}
		if err := writeFile(path, target, writeBytes(data)); err != nil {
			return out, err
		}
		out.Path = path
	}
	var printErr error
	if req.Print {
		var res printout.Result
		res, printErr = printout.Print(ctx, env, req.Doc, opts, fallback)
		if printErr == nil || res.Path != "" {
			out.Print = res.Msg()
		}
		out.KeptAt = res.Path
		out.Printed = printErr == nil && res.Method != printout.MethodNone
	}
	if isMeetingSummary(req.Doc) && (out.Path != "" || out.Printed) {
		s.recordDay(&out)
	}
	return out, printErr
}

// isMeetingSummary reports a document that brings the summary to a
// meeting: the summary itself, or the meeting pack that holds it.
func isMeetingSummary(d summary.Document) bool {
	switch d.(type) {
	case *summary.Summary, *summary.Pack:
		return true
	}
	return false
}

// printFallback is the file printing keeps the document in when no
// printer takes it. When printing is sure to keep it (no printer at
// all) it is checked like any file the user writes; when it is kept
// only if a printer fails, an existing name is never replaced: the
// file gets a fresh one instead (会议汇报 (2).pdf).
func (s *Service) printFallback(req PublishRequest, env printout.Env, guard Guard, written string) (string, error) {
	fallback := req.Fallback
	switch {
	case fallback == "":
		fallback = filepath.Join(s.opts.Env.DefaultFolder(), req.Doc.FileName(summary.FormatPDF, req.Lang))
	case isFolder(fallback):
		fallback = filepath.Join(fallback, req.Doc.FileName(summary.FormatPDF, req.Lang))
	}
	kept, always := printout.Plan(env, fallback)
	if written != "" && samePath(kept, written) {
		// The file this request writes at Path: printing may keep the
		// same document there again.
		return fallback, nil
	}
	if always {
		target, err := CheckOutput(kept, req.Force, guard)
		if err != nil {
			return "", err
		}
		if target != kept {
			// A link the user allowed to be replaced: keep the document
			// in the file it points to.
			return target, nil
		}
		return fallback, nil
	}
	if err := guard.check(kept, kept, statOrNil(kept)); err != nil {
		return "", err
	}
	if req.Force {
		return fallback, nil
	}
	return freshName(kept), nil
}

// freshName is path, or, when that exists, the first of "name (2).ext",
// "name (3).ext" … that does not.
func freshName(path string) string {
	if _, err := os.Lstat(path); errors.Is(err, fs.ErrNotExist) {
		return path
	}
	ext := filepath.Ext(path)
	stem := strings.TrimSuffix(path, ext)
	for i := 2; ; i++ {
		p := stem + " (" + strconv.Itoa(i) + ")" + ext
		if _, err := os.Lstat(p); errors.Is(err, fs.ErrNotExist) {
			return p
		}
	}
}

// samePath reports two names of one file, existing or not.
func samePath(a, b string) bool {
	fa, errA := os.Stat(a)
	fb, errB := os.Stat(b)
	if errA == nil && errB == nil {
		return os.SameFile(fa, fb)
	}
	return absPath(a) == absPath(b)
}

func statOrNil(path string) fs.FileInfo {
	fi, err := os.Stat(path)
	if err != nil {
		return nil
	}
	return fi
}

// recordDay records today as the last summary day, reading the settings
// as they are in the file (not as a screen last loaded them) so no other
// setting is written back stale.
func (s *Service) recordDay(out *Published) {
	today := s.Today()
	res, err := s.write(func(st *store.Store) (model.JournalEntry, error) {
		set, err := st.Settings()
		if err != nil || set.LastSummary == today {
			return model.JournalEntry{}, err
		}
		set.LastSummary = today
		return st.SaveSettings(set)
	})
	if err != nil {
		out.NotRecorded = err
		return
	}
	out.Day, out.Changed = today, res
}

// OpenFile shows a file the program wrote in the machine's own program
// for it (`secretary print … --open`).
func (s *Service) OpenFile(path string) error { return printout.Open(s.opts.Env.printEnv(), path) }
