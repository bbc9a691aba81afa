package printout_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"secretary/internal/testenv"
	"secretary/printout"
)

// A page printed to PDF reaches nothing: not a server on this machine
// (by image, style sheet, frame, font or script), not another local file
// (by frame or object), and no script runs. The browser's temporary
// profile is gone afterwards.
func TestPrintedPageReachesNothing(t *testing.T) {
	e := chromiumEnv(t, t.TempDir())
	testenv.RequireTool(t, "reading the PDF back", "pdftotext")
	browser := printout.FindBrowser(e)
	if browser == "" {
		t.Fatal("no browser found")
	}
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Write([]byte("LISTENER-ANSWERED"))
	}))
	defer srv.Close()
	host := strings.Replace(srv.URL, "127.0.0.1", "localhost", 1)
	marker := filepath.Join(t.TempDir(), "private.txt")
	os.WriteFile(marker, []byte("MARKER-FILE-CONTENTS-4711"), 0o600)

	page := `<!DOCTYPE html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="` + srv.URL + `/style.css">
<style>@font-face { font-family: x; src: url(` + srv.URL + `/font.woff); } body { font-family: x; background: url(` + host + `/bg.png); }</style>
</head><body>
<p>PAGE-BODY</p>
<img src="` + srv.URL + `/img.png"><img src="` + host + `/img2.png">
<iframe src="file://` + marker + `" width="400" height="100"></iframe>
<object data="file://` + marker + `" width="400" height="100"></object>
<iframe src="` + srv.URL + `/frame"></iframe>
<script>fetch("` + srv.URL + `/fetch"); document.write("SCRIPT-RAN");</script>
</body></html>`

	// The work folder goes in the system's temporary folder: a private
	// one here, so that what is left in it afterwards is this print's.
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	pdf, err := printout.PDF(context.Background(), e, browser, []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "page.pdf")
	os.WriteFile(out, pdf, 0o600)
	txt := run(t, "pdftotext", out, "-")
	if !strings.Contains(txt, "PAGE-BODY") {
		t.Fatalf("the page did not print:\n%s", txt)
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the listener on this machine was reached %d times", n)
	}
	for _, leak := range []string{"MARKER-FILE", "LISTENER-ANSWERED", "SCRIPT-RAN"} {
		if strings.Contains(txt, leak) {
			t.Errorf("the PDF shows %s:\n%s", leak, txt)
		}
	}
	if left, _ := os.ReadDir(tmp); len(left) > 0 {
		t.Errorf("the browser's temporary folder is still there: %v", left)
	}
}

// Programs are found only through absolute PATH entries: a "." or a
// relative folder on PATH, or a relative browser name, finds nothing.
func TestProgramsAreFoundOnlyOnAbsolutePaths(t *testing.T) {
	dir, _ := fakeLP(t, "lp", "")
	wd, _ := os.Getwd()
	defer os.Chdir(wd)
	os.Chdir(filepath.Dir(dir))
	rel := filepath.Base(dir)
	for _, path := range []string{".", rel, "./" + rel, ""} {
		if got := printout.FindBrowser(env(path, printout.BrowserEnv, "./"+rel+"/lp")); got != "" {
			t.Errorf("a relative browser path was used: %s", got)
		}
	}
	os.Chdir(dir)
	for _, path := range []string{".", "", "." + string(os.PathListSeparator) + "/nonexistent"} {
		if got := printout.FindBrowser(env(path, printout.BrowserEnv, "lp")); got != "" {
			t.Errorf("PATH %q found %s in the current folder", path, got)
		}
	}
	if got := printout.FindBrowser(env(dir, printout.BrowserEnv, "lp")); got != filepath.Join(dir, "lp") {
		t.Errorf("an absolute PATH entry found %q", got)
	}
}
