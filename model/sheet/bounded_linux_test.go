//go:build linux

package sheet_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"secretary/model"
	"secretary/model/demo"
	"secretary/model/sheet"
	"secretary/store/storetest"
)

// readLimits are issue 10's bounds for reading any spreadsheet of up to
// 10 MB: under 512 MB of memory and 10 s, or refused with the reason.
const (
	readRSSLimit  = 512 << 20
	readTimeLimit = 10 * time.Second
)

// TestReadInChild is the child side of TestSpreadsheetsAreReadWithinBounds:
// it reads one file and exits, so its peak memory is its own.
func TestReadInChild(t *testing.T) {
	path := os.Getenv("SECRETARY_SHEET_CHILD")
	if path == "" {
		t.Skip("run by TestSpreadsheetsAreReadWithinBounds")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sheet.Read(filepath.Base(path), data); err != nil {
		os.Stdout.WriteString("REFUSED " + errText(t, err, model.LangEn) + "\n")
	} else {
		os.Stdout.WriteString("READ\n")
	}
	// The peak of this process's own memory since exec (the rusage of a
	// child also counts the parent's memory it was forked from).
	status, _ := os.ReadFile("/proc/self/status")
	for _, l := range strings.Split(string(status), "\n") {
		if strings.HasPrefix(l, "VmHWM:") {
			os.Stdout.WriteString(l + "\n")
		}
	}
}

func readInChild(t *testing.T, path string) (out string, rss int64, took, cpu time.Duration) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestReadInChild$", "-test.v")
	// The child's memory is measured as the program's would be: with the
	// collector's defaults, whatever GOGC or GOMEMLIMIT the test run was
	// given (make test raises GOGC to spend less time collecting).
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GOGC=") && !strings.HasPrefix(kv, "GOMEMLIMIT=") {
			env = append(env, kv)
		}
	}
	cmd.Env = append(env, "SECRETARY_SHEET_CHILD="+path)
	start := time.Now()
	b, err := cmd.CombinedOutput()
	took = time.Since(start)
	if err != nil {
		t.Fatalf("child: %v\n%s", err, b)
	}
	cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) == 3 && f[0] == "VmHWM:" {
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			return string(b), kb << 10, took, cpu
		}
	}
	t.Fatalf("child did not report its memory:\n%s", b)
	return "", 0, 0, 0
}

// hugeCellWorkbook is a small workbook (a few hundred KB) whose one cell
// unpacks to mb megabytes, in the shared strings or inline in a sheet: the
// file that took 3.5 GB to read.
func hugeCellWorkbook(t *testing.T, dir, part string, mb int) string {
	t.Helper()
	base := sampleWorkbook(t)
	zr, _ := zip.NewReader(bytes.NewReader(base), int64(len(base)))
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		w, _ := zw.Create(f.Name)
		if f.Name == part {
			head, tail := `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>`, `</t></si></sst>`
			if part != "xl/sharedStrings.xml" {
				head, tail = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`, `</t></is></c></row></sheetData></worksheet>`
			}
			io.WriteString(w, head)
			chunk := strings.Repeat("A", 1<<20)
			for range mb {
				io.WriteString(w, chunk)
			}
			io.WriteString(w, tail)
			continue
		}
		rc, _ := f.Open()
		io.Copy(w, rc)
		rc.Close()
	}
	zw.Close()
	path := filepath.Join(dir, fmt.Sprintf("one-cell-%dMB-%s.xlsx", mb, filepath.Base(part)))
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestSpreadsheetsAreReadWithinBounds reads each file in a child process
// and measures its peak memory and CPU time: the crafted files with one
// huge cell are refused within the bounds (always, also under -race); a
// real ledger's workbook just under 10 MB is read within them (timed only
// without -race and -short: the race detector slows the parser several
// times).
func TestSpreadsheetsAreReadWithinBounds(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	// Under the race detector compressing the fixtures takes minutes, so
	// they are smaller there, each still past the limit it is for: the
	// unpacked size (400 MB), the shared strings (70 MB) and a cell's
	// length (60, 200 MB; 2 MB under -race).
	huge := []int{400, 60, 200}
	if raceOn {
		huge = []int{70, 2, 2}
	}
	cases := []struct{ path, want string }{
		{hugeCellWorkbook(t, dir, "xl/sharedStrings.xml", huge[0]), "REFUSED"},
		{hugeCellWorkbook(t, dir, "xl/sharedStrings.xml", huge[1]), "REFUSED"},
		{hugeCellWorkbook(t, dir, "xl/worksheets/sheet3.xml", huge[2]), "REFUSED"},
	}
	// A million one-cell rows: 2 MB of CSV that took 850 MB to import.
	million := filepath.Join(dir, "million-rows.csv")
	if err := os.WriteFile(million, bytes.Repeat([]byte("a\n"), 1_000_000), 0o600); err != nil {
		t.Fatal(err)
	}
	cases = append(cases, struct{ path, want string }{million, "REFUSED"})
	if !testing.Short() && !raceOn {
		// A real ledger's workbook just under 10 MB (66,000 records).
		var big bytes.Buffer
		if err := sheet.WriteXLSX(&big, demo.Build(storetest.Today(), 66_000), sheet.ExportOptions{Now: storetest.Now()}); err != nil {
			t.Fatal(err)
		}
		bigPath := filepath.Join(dir, "ledger.xlsx")
		os.WriteFile(bigPath, big.Bytes(), 0o600)
		cases = append(cases, struct{ path, want string }{bigPath, "READ"})
	}
	for _, c := range cases {
		st, _ := os.Stat(c.path)
		out, rss, took, cpu := readInChild(t, c.path)
		t.Logf("%s (%d KB): %s — peak %d MB, %v (CPU %v)", filepath.Base(c.path), st.Size()>>10, strings.TrimSpace(firstLine(out)), rss>>20, took.Round(time.Millisecond), cpu.Round(time.Millisecond))
		if !strings.Contains(out, c.want) {
			t.Errorf("%s: want %s, got\n%s", c.path, c.want, out)
		}
		if st.Size() > 10<<20 {
			t.Errorf("%s is %d bytes, over the 10 MB the bound is for", c.path, st.Size())
		}
		// CPU time, not wall time: on a shared machine the wall clock also
		// counts other programs' turns, and reading uses at most as much
		// wall time as CPU time once it has a core to itself.
		if rss > readRSSLimit || cpu > readTimeLimit {
			t.Errorf("%s: peak memory %d MB, CPU time %v; limits %d MB, %v", c.path, rss>>20, cpu, readRSSLimit>>20, readTimeLimit)
		}
	}
}

func firstLine(s string) string {
	for _, l := range strings.Split(s, "\n") {
		if strings.HasPrefix(l, "READ") || strings.HasPrefix(l, "REFUSED") {
			return l
		}
	}
	return s
}
