package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvidenceCommands: a file added as evidence for two indicators and a
// record; check sees it and then a missing file; the self-assessment and
// the catalogue print; the pack is written and refused a second time.
func TestEvidenceCommands(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	c.env["SECRETARY_BROWSER"] = "/nonexistent"
	dir := t.TempDir()
	db := filepath.Join(dir, "ledger", "secretary.db")
	c.must(0, "--db", db, "demo")
	photo := filepath.Join(dir, "家访.jpg")
	os.WriteFile(photo, []byte("photo"), 0o600)

	r := c.must(0, "--db", db, "evidence", "add", photo, "--indicator", "a7.b2", "--indicator", "A6.B3", "--record", "A-3", "--title", "家访照片")
	for _, want := range []string{"Evidence Z-32 “家访照片” added", "Indicators: A7.B2, A6.B3", "SHA-256: "} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("add said %q, lacks %q", r.stdout, want)
		}
	}
	for args, want := range map[string]string{
		"evidence add " + dir:                          "is a folder and cannot be evidence",
		"evidence add " + photo + " --indicator Q9":    "has no indicator Q9",
		"evidence add " + photo + " --record K-1":      "is not the code of a record that can be evidence",
		"evidence add " + filepath.Join(dir, "no.pdf"): "There is no file",
	} {
		r := c.run(append([]string{"--db", db}, strings.Fields(args)...)...)
		if r.code == 0 || !strings.Contains(oneErrorLine(t, r), want) {
			t.Errorf("%s: exit %d, %q, want %q", args, r.code, r.stderr, want)
		}
	}
	r = c.must(0, "--db", db, "check")
	if !strings.Contains(r.stdout, "Evidence files sound: 4") {
		t.Errorf("check said %q", r.stdout)
	}

	r = c.must(0, "--db", db, "selfcheck")
	for _, want := range []string{"Self-assessment report", "A7.B2", "家访照片", "Head (signature)"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("selfcheck lacks %q", want)
		}
	}
	r = c.must(0, "--db", db, "evidence", "catalogue")
	if !strings.Contains(r.stdout, "A6.B3-01") || !strings.Contains(r.stdout, "A7.B2-01  家访照片  2026-11-20  same as A6.B3-01") {
		t.Errorf("catalogue:\n%s", r.stdout)
	}
	pack := filepath.Join(dir, "pack.zip")
	r = c.must(0, "--db", db, "evidence", "pack", pack)
	if !strings.Contains(r.stdout, "4 evidence file(s)") || !strings.Contains(r.stdout, "No Chrome, Edge or Chromium found") {
		t.Errorf("pack said %q", r.stdout)
	}
	r = c.must(1, "--db", db, "evidence", "pack", pack)
	if line := oneErrorLine(t, r); !strings.Contains(line, "--force") {
		t.Errorf("a second pack: %q", line)
	}

	// The file goes missing: check says which, and fails.
	entries, _ := os.ReadDir(filepath.Join(dir, "ledger", "evidence"))
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".jpg") {
			os.Remove(filepath.Join(dir, "ledger", "evidence", e.Name()))
		}
	}
	r = c.must(1, "--db", db, "check")
	if !strings.Contains(r.stdout, "missing: 家访.jpg of Z-32 “家访照片”") {
		t.Errorf("check after removing the file: %q", r.stdout)
	}
}

// TestRubricImportAndHandoverWithEvidence: a rubric file with problems
// lists each with its row and imports nothing; the template imports;
// a snapshot made --with-evidence restores the files on the other side,
// and a plain one says how many stay behind.
func TestRubricImportAndHandoverWithEvidence(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "a", "secretary.db")
	c.must(0, "--db", db, "demo")
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("编码,上级编码,指标名称,分值\nA1,,组织,10\nA1.B1,,机构,abc\nX,Y,环一,1\nY,X,环二,1\nA1,,重复,2\n"), 0o600)
	r := c.must(1, "--db", db, "rubric", "import", bad)
	for _, want := range []string{"row 3", "“abc” is not points", "row 4", "go round in a circle: X → Y → X", "row 6", "A1 is used twice (also on row 2)"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("problems lack %q:\n%s", want, r.stdout)
		}
	}
	if r := c.must(0, "--db", db, "rubric", "list"); strings.Contains(r.stdout, "K-2") {
		t.Error("a rubric with problems was imported")
	}
	tpl := filepath.Join(dir, "rubric.xlsx")
	c.must(0, "--db", db, "sheet", "template", tpl, "rubric")
	r = c.must(0, "--db", db, "rubric", "import", tpl, "--title", "市级标准", "--activate")
	if !strings.Contains(r.stdout, "Rubric K-2 “市级标准” imported: 36 indicator(s), 100 points") || !strings.Contains(r.stdout, "now the active rubric") {
		t.Errorf("import said %q", r.stdout)
	}
	c.must(2, "--db", db, "sheet", "template", filepath.Join(dir, "x.xlsx"), "meetings")

	plain := filepath.Join(dir, "plain.snapshot")
	if r := c.must(0, "--db", db, "export", plain); !strings.Contains(r.stdout, "3 evidence file(s) stay behind") {
		t.Errorf("plain export said %q", r.stdout)
	}
	full := filepath.Join(dir, "full.snapshot")
	if r := c.must(0, "--db", db, "export", "--with-evidence", full); !strings.Contains(r.stdout, "Evidence files: 3") {
		t.Errorf("export --with-evidence said %q", r.stdout)
	}
	other := filepath.Join(dir, "b", "secretary.db")
	c.must(0, "--db", other, "settings", "school", "新学校")
	r = c.must(0, "--db", other, "import", "--yes", full)
	if !strings.Contains(r.stdout, "carries 3 evidence file(s)") || !strings.Contains(r.stdout, "3 evidence file(s) put back") {
		t.Errorf("import said %q", r.stdout)
	}
	if r := c.must(0, "--db", other, "check"); !strings.Contains(r.stdout, "Evidence files sound: 3") {
		t.Errorf("check after the handover: %q", r.stdout)
	}
}

// `sheet template rubric` (the words) asks for the file's name;
// the kind may come before the file as well as after it.
func TestRubricTemplateInEitherOrder(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	c.env = map[string]string{"LANG": "zh_CN.UTF-8"}
	dir := t.TempDir()
	db := filepath.Join(dir, "secretary.db")
	c.must(0, "--db", db, "settings", "学校", "阳光中学")
	r := c.run("--db", db, "sheet", "template", "rubric")
	if r.code != exitUsage || !strings.Contains(r.stderr, "secretary sheet template 评估指标.xlsx rubric") {
		t.Errorf("exit %d: %q", r.code, r.stderr)
	}
	out := filepath.Join(dir, "指标.xlsx")
	if r := c.must(0, "--db", db, "sheet", "template", "rubric", out); !strings.Contains(r.stdout, "已写入评估指标模板") {
		t.Errorf("%q", r.stdout)
	}
	if _, err := os.Stat(out); err != nil {
		t.Fatal(err)
	}
}

// A ledger's backup is checked against the ledger's evidence folder: a
// backup has none of its own, and a healthy one must not fail for it.
func TestCheckOfABackupUsesTheLedgersEvidence(t *testing.T) {
	t.Parallel()
	c := newCLI(t)
	c.env = map[string]string{"LANG": "zh_CN.UTF-8"}
	db := filepath.Join(t.TempDir(), "secretary.db")
	c.must(0, "--db", db, "demo")
	c.must(0, "--db", db, "settings", "学校", "某校") // the first write backs the ledger up
	backups, err := os.ReadDir(filepath.Join(filepath.Dir(db), "backups"))
	if err != nil || len(backups) == 0 {
		t.Fatalf("no backup: %v", err)
	}
	r := c.run("--db", db, "check", filepath.Join(filepath.Dir(db), "backups", backups[0].Name()))
	if r.code != 0 || !strings.Contains(r.stdout, "佐证材料文件完好") {
		t.Errorf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}
