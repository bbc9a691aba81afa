package printout

import (
	"bytes"
	"context"
	"io"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"secretary/internal/fsutil"
	"secretary/model"
	"secretary/model/summary"
)

// Render is the document in the format as bytes; PDF goes through the
// browser (found on the machine when browser is "").
func Render(ctx context.Context, env Env, d summary.Document, f summary.Format, o summary.Options) ([]byte, error) {
	if f != summary.FormatPDF {
		var b bytes.Buffer
		if err := d.Write(&b, f, o); err != nil {
			return nil, err
		}
		return b.Bytes(), nil
	}
	var page bytes.Buffer
	if err := d.Write(&page, summary.FormatHTML, o); err != nil {
		return nil, err
	}
	return PDF(ctx, env, FindBrowser(env), page.Bytes())
}

// WriteFile renders the document and writes it to path the safe way:
// a temporary file beside it, synced and renamed (0600, folder 0700), so
// a failure never leaves half a file where a good one was.
func WriteFile(ctx context.Context, env Env, path string, d summary.Document, f summary.Format, o summary.Options) error {
	data, err := Render(ctx, env, d, f, o)
	if err != nil {
		return err
	}
	return writeAtomic(path, data)
}

func writeAtomic(path string, data []byte) error {
	err := fsutil.WriteFileAtomic(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
	if err != nil {
		return model.NewMsgError(MsgWriteError, path, err.Error()).Wrap(err)
	}
	return nil
}

// SpoolTimeout bounds handing a document to lp/lpr: a print service that
// does not answer must not hang the program.
const SpoolTimeout = 60 * time.Second

// Method is how a document went to the printer.
type Method uint8

// Printing methods.
const (
	// MethodNone: the machine has no way to print; the document was
	// written to a file instead (Result.Path).
	MethodNone Method = iota
	// MethodSpooler: sent to lp or lpr (Result.Program), as PDF when a
	// browser engine made one, else as plain text.
	MethodSpooler
	// MethodBrowser: Windows — the HTML (Result.Path) was opened in the
	// default browser, which shows its print dialog.
	MethodBrowser
)

// Result says what Print did, for the user.
type Result struct {
	Method  Method
	Program string         // lp or lpr
	Sent    summary.Format // what went to the spooler: PDF or text
	Path    string         // the file written, when one was
}

// Message keys of what Print did; internal/i18n translates them.
const (
	MsgPrinted      = "summary.printed"       // args: program, format
	MsgPrintBrowser = "summary.print_browser" // args: path
	MsgNoPrinter    = "summary.no_printer"    // args: path
	MsgKept         = "summary.kept"          // args: path
)

// Msg says what happened, for the user: sent to lp as PDF, opened in the
// browser, or written to a file for want of a printer. After a failed
// Print it says where the document was kept, if it was.
func (r Result) Msg() model.Msg {
	switch r.Method {
	case MethodSpooler:
		if r.Path != "" {
			return model.M(MsgKept, r.Path)
		}
		return model.M(MsgPrinted, r.Program, r.Sent.String())
	case MethodBrowser:
		return model.M(MsgPrintBrowser, r.Path)
	}
	return model.M(MsgNoPrinter, r.Path)
}

// Print sends the document to the machine's printing. fallback is where
// to write a file when there is no way to print (the CLI's -o, or a
// default name): the caller tells the user where it is.
//
//   - Windows: the HTML, which opens its print dialog itself, is written
//     to fallback and opened in the default browser.
//   - lp or lpr on PATH (Linux, macOS, BSD): the PDF is piped to it when a
//     browser engine is found, else the plain text.
//   - Otherwise: the PDF (or, without a browser, the HTML) is written to
//     fallback, with its extension.
func Print(ctx context.Context, env Env, d summary.Document, o summary.Options, fallback string) (Result, error) {
	if env.goos() == "windows" {
		return printWindows(ctx, env, d, o, fallback)
	}
	browser := FindBrowser(env)
	spooler := ""
	for _, name := range []string{"lp", "lpr"} {
		if p := env.lookPath(name); p != "" {
			spooler = p
			break
		}
	}
	if spooler == "" {
		f := summary.FormatHTML
		if browser != "" {
			f = summary.FormatPDF
		}
		path := withExt(fallback, f)
		if err := WriteFile(ctx, env, path, d, f, o); err != nil {
			return Result{}, err
		}
		return Result{Method: MethodNone, Path: path}, nil
	}
	f := summary.FormatText
	var data []byte
	var err error
	if browser != "" {
		f = summary.FormatPDF
		var page bytes.Buffer
		if err = d.Write(&page, summary.FormatHTML, o); err != nil {
			return Result{}, err
		}
		data, err = PDF(ctx, env, browser, page.Bytes())
	} else {
		data, err = Render(ctx, env, d, f, o)
	}
	if err != nil {
		return Result{}, err
	}
	res := Result{Method: MethodSpooler, Program: filepath.Base(spooler), Sent: f}
	title := strings.TrimSuffix(d.FileName(f, o.Lang), f.Ext())
	args := []string{"-t", title}
	if res.Program == "lpr" {
		args = []string{"-T", title}
	}
	ctx, cancel := context.WithTimeout(ctx, SpoolTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, spooler, args...)
	cmd.Stdin = bytes.NewReader(data)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		// No default printer, CUPS not running…: keep the document so the
		// meeting still has it, and say both things.
		path := withExt(fallback, f)
		if werr := writeAtomic(path, data); werr == nil {
			res.Path = path
		}
		why := lastLine(out.String())
		if why == "" {
			why = err.Error()
		}
		return res, model.NewMsgError(MsgPrintError, res.Program, why).Wrap(err)
	}
	return res, nil
}

// printWindows writes the HTML that prints itself on load and opens it
// in the default browser (rundll32's URL handler needs no shell quoting).
func printWindows(ctx context.Context, env Env, d summary.Document, o summary.Options, fallback string) (Result, error) {
	o.AutoPrint = true
	path := withExt(fallback, summary.FormatHTML)
	if err := WriteFile(ctx, env, path, d, summary.FormatHTML, o); err != nil {
		return Result{}, err
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	// rundll32 by its full path: a bare name would be looked up on PATH,
	// where a folder of the user's files could hold another one.
	rundll := filepath.Join(env.getenv("SystemRoot"), "System32", "rundll32.exe")
	if !isAbsPath(rundll, "windows") {
		rundll = `C:\Windows\System32\rundll32.exe`
	}
	cmd := exec.CommandContext(ctx, rundll, "url.dll,FileProtocolHandler", abs)
	if err := cmd.Start(); err != nil {
		return Result{Method: MethodNone, Path: path}, model.NewMsgError(MsgPrintError, "rundll32", err.Error()).Wrap(err)
	}
	go func() { _ = cmd.Wait() }() // the browser outlives the call; nothing to report
	return Result{Method: MethodBrowser, Path: path}, nil
}

// withExt gives path the format's extension, replacing a known one.
func withExt(path string, f summary.Format) string {
	if _, ok := summary.FormatOfPath(path); ok {
		path = strings.TrimSuffix(path, filepath.Ext(path))
	}
	return path + f.Ext()
}
