package printout

import (
	"bytes"
	"context"
	"errors"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"secretary/model"
	"secretary/model/summary"
)

// Message keys of printing; internal/i18n translates them.
const (
	MsgNoBrowser  = "summary.no_browser"  // no Chromium-family browser; suggest --format html
	MsgPDFFailed  = "summary.pdf_failed"  // args: browser, cause
	MsgPrintError = "summary.print_error" // args: program, its message
	MsgWriteError = "summary.write_error" // args: path, cause
)

// BrowserEnv names a browser to use instead of searching for one: a path
// or a program name on PATH.
const BrowserEnv = "SECRETARY_BROWSER"

// PDFTimeout bounds one PDF rendering: a browser that hangs must not hang
// the program.
const PDFTimeout = 90 * time.Second

// pdfTimeout is PDFTimeout plus a second for every 32 KB of page: a wall
// list of 10,000 tasks (2 MB of HTML, 150 pages) takes Chromium over a
// minute on a busy two-core laptop, and must not be cut off for it.
func pdfTimeout(page []byte) time.Duration {
	return PDFTimeout + time.Duration(len(page)/(32<<10))*time.Second
}

// FindBrowser returns the path of a Chromium-family browser that can print
// to PDF headless, or "" when the machine has none. $SECRETARY_BROWSER
// wins; then Edge and Chrome where Windows installs them, the usual
// macOS applications, and Chromium, Chrome, Edge and Brave on PATH.
func FindBrowser(env Env) string {
	if b := env.getenv(BrowserEnv); b != "" {
		return env.lookPath(b)
	}
	for _, p := range knownBrowserPaths(env) {
		if isExecutable(p, env.goos()) {
			return p
		}
	}
	for _, name := range []string{
		"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome",
		"microsoft-edge", "microsoft-edge-stable", "msedge", "brave-browser", "brave",
	} {
		if p := env.lookPath(name); p != "" {
			return p
		}
	}
	return ""
}

func knownBrowserPaths(env Env) []string {
	switch env.goos() {
	case "windows":
		var out []string
		for _, root := range []string{env.getenv("ProgramFiles(x86)"), env.getenv("ProgramFiles"), env.getenv("LOCALAPPDATA")} {
			if root == "" {
				continue
			}
			out = append(out,
				filepath.Join(root, "Microsoft", "Edge", "Application", "msedge.exe"),
				filepath.Join(root, "Google", "Chrome", "Application", "chrome.exe"))
		}
		return out
	case "darwin":
		apps := []string{
			"Google Chrome.app/Contents/MacOS/Google Chrome",
			"Chromium.app/Contents/MacOS/Chromium",
			"Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
			"Brave Browser.app/Contents/MacOS/Brave Browser",
		}
		var out []string
		for _, dir := range []string{"/Applications", filepath.Join(env.getenv("HOME"), "Applications")} {
			for _, a := range apps {
				out = append(out, filepath.Join(dir, a))
			}
		}
		return out
	}
	return nil
}

// PDF prints the HTML page to an A4 PDF with the browser, headless, and
// returns the PDF. The browser runs with a fresh profile in a temporary
// folder, without background networking, extensions or first-run pages,
// so it neither touches the user's own profile nor calls home; the page
// itself loads nothing from the network.
func PDF(ctx context.Context, env Env, browser string, page []byte) ([]byte, error) {
	if browser == "" {
		return nil, model.NewMsgError(MsgNoBrowser)
	}
	dir, err := workDir(env, browser)
	if err != nil {
		return nil, model.NewMsgError(MsgPDFFailed, browser, err.Error()).Wrap(err)
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "summary.html")
	out := filepath.Join(dir, "summary.pdf")
	if err := os.WriteFile(in, withCSP(page), 0o600); err != nil {
		return nil, model.NewMsgError(MsgPDFFailed, browser, err.Error()).Wrap(err)
	}
	if err := noScriptProfile(filepath.Join(dir, "profile")); err != nil {
		return nil, model.NewMsgError(MsgPDFFailed, browser, err.Error()).Wrap(err)
	}
	limit := pdfTimeout(page)
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	args := []string{
		"--headless", "--disable-gpu", "--hide-scrollbars", "--mute-audio",
		"--user-data-dir=" + filepath.Join(dir, "profile"),
		"--no-first-run", "--no-default-browser-check", "--disable-default-apps",
		"--disable-extensions", "--disable-sync", "--disable-background-networking",
		"--disable-component-update", "--disable-client-side-phishing-detection",
		"--disable-features=Translate,MediaRouter,OptimizationHints,AutofillServerCommunication",
		"--disable-dev-shm-usage", "--metrics-recording-only", "--password-store=basic",
		"--run-all-compositor-stages-before-draw",
		"--no-pdf-header-footer", "--print-to-pdf-no-header",
		"--print-to-pdf=" + out,
		// The page is printed as it is: no script runs (the profile's
		// content settings, see noScriptProfile), and nothing on the
		// network can be reached, not even this machine — every
		// connection goes to a proxy that is not there (loopback too,
		// which Chromium would otherwise let past a proxy), and no name
		// resolves.
		"--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
		"--host-resolver-rules=MAP * ~NOTFOUND",
		"--disable-remote-fonts",
	}
	sandbox := !env.Root
	pdf, why, err := runBrowser(ctx, browser, dir, args, sandbox, in, out)
	if err != nil && sandbox && strings.Contains(strings.ToLower(why), "sandbox") {
		// Some machines (containers, locked-down kernels) cannot start
		// Chromium's sandbox for an ordinary user. The page is our own
		// file and loads nothing, so print it without one.
		pdf, why, err = runBrowser(ctx, browser, dir, args, false, in, out)
	}
	if err != nil {
		return nil, model.NewMsgError(MsgPDFFailed, browser, why).Wrap(err)
	}
	return pdf, nil
}

// runBrowser runs the browser once and returns the PDF, or why there is
// none.
func runBrowser(ctx context.Context, browser, dir string, args []string, sandbox bool, in, out string) ([]byte, string, error) {
	args = append([]string(nil), args...)
	if !sandbox {
		args = append(args, "--no-sandbox")
	}
	args = append(args, fileURL(in))
	cmd := exec.CommandContext(ctx, browser, args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	killGroup(cmd)
	runErr := cmd.Run()
	pdf, readErr := os.ReadFile(out)
	if readErr == nil && bytes.HasPrefix(pdf, []byte("%PDF")) {
		return pdf, "", nil
	}
	why := lastLine(stderr.String())
	if strings.Contains(strings.ToLower(stderr.String()), "sandbox") {
		why = "sandbox: " + why
	}
	switch {
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		why = "no PDF in time (the browser was stopped)"
	case runErr != nil && why == "":
		why = runErr.Error()
	case why == "":
		why = "no PDF was written"
	}
	return nil, why, errors.Join(runErr, readErr, errors.New(why))
}

// workDir is a fresh private folder for the page, the PDF and the
// browser's profile. A Snap-packaged browser (Ubuntu's chromium) cannot
// read the system's /tmp, so for one the folder goes in the home folder.
func workDir(env Env, browser string) (string, error) {
	base := ""
	if strings.Contains(filepath.ToSlash(browser), "/snap/") {
		base = env.getenv("HOME")
	}
	return os.MkdirTemp(base, "secretary-print-")
}

// fileURL is the file:// URL of an absolute path, on Windows too.
func fileURL(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/Users/… → /C:/Users/…
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// lastLine is the last non-empty line of a program's error output: the
// one that usually says what went wrong.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if l := strings.TrimSpace(lines[i]); l != "" {
			return l
		}
	}
	return ""
}

// withCSP makes sure the page carries our Content-Security-Policy before
// the browser sees it (summary.PageCSP): loading nothing from the network
// or from another file, and framing nothing. Our own pages have it; any
// other page printed gets it added at the top of its head.
func withCSP(page []byte) []byte {
	if bytes.Contains(page, []byte("Content-Security-Policy")) {
		return page
	}
	meta := []byte(`<meta http-equiv="Content-Security-Policy" content="` + summary.PageCSP(false) + `">`)
	if i := bytes.Index(bytes.ToLower(page), []byte("<head>")); i >= 0 {
		i += len("<head>")
		return append(append(append([]byte(nil), page[:i]...), meta...), page[i:]...)
	}
	return append(append([]byte("<!DOCTYPE html><head>"), meta...), append([]byte("</head>"), page...)...)
}

// noScriptProfile writes the temporary profile's preferences so that no
// page runs JavaScript (the content setting "javascript: block"). The
// command-line ways to say so (--blink-settings=scriptEnabled=false)
// stop headless Chromium from printing at all.
func noScriptProfile(profile string) error {
	if err := os.MkdirAll(filepath.Join(profile, "Default"), 0o700); err != nil {
		return err
	}
	prefs := `{"profile":{"default_content_setting_values":{"javascript":2}}}`
	return os.WriteFile(filepath.Join(profile, "Default", "Preferences"), []byte(prefs), 0o600)
}
