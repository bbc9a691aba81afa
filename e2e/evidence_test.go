package e2e

import (
	"archive/zip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"secretary/internal/testenv"
	"secretary/model"
)

// TestInspectionReadiness is issue 15 end to end in a real terminal: load
// the sample rubric, attach a file and a ledger record to an indicator,
// score it, write the inspection pack, then unzip the pack and check
// every file against SHA256SUMS (with sha256sum -c as well, where the
// machine has it).
func TestInspectionReadiness(t *testing.T) {
	t.Parallel()
	testenv.SkipShort(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "ledger", "secretary.db")
	if out, err := exec.Command(binary, "--db", db, "demo").CombinedOutput(); err != nil {
		t.Fatalf("demo: %v\n%s", err, out)
	}
	photo := filepath.Join(dir, "家访照片.jpg")
	if err := os.WriteFile(photo, []byte("a photo of a home visit"), 0o600); err != nil {
		t.Fatal(err)
	}
	home := filepath.Join(dir, "home")
	os.MkdirAll(home, 0o700)
	// No browser: the pack holds the printouts as HTML (the PDFs are
	// checked in printout's own Chromium test).
	env := []string{"LANG=zh_CN.UTF-8", "LC_ALL=zh_CN.UTF-8", "TERM=xterm-256color", "HOME=" + home, "SECRETARY_BROWSER=/nonexistent"}
	tm := newTerm(t, 120, 40, env, shellQuote(binary)+" --db "+shellQuote(db))
	tm.waitFor("心理健康教育工作台账", "P-1")

	// The sample rubric, from the rubrics menu: a second one, active.
	tm.keys("4", "o", "o")
	tm.waitFor("评估准备", "A1.B1")
	tm.keys("R")
	tm.waitFor("评估指标", "K-1")
	tm.keys("s")
	tm.waitFor("K-2", "已保存")
	tm.keys("Escape")
	tm.waitFor("自评 0/100 分 · 有佐证 0/26（0%）")

	// A7.B2 (home visits): a file, then a meeting by its code.
	tm.keys("/")
	tm.typeText("A7.B2")
	tm.keys("Enter")
	tm.waitFor("A7.B2", "家访与沟通")
	tm.keys("a")
	tm.waitFor("添加佐证材料", "指标：A7.B2 家访与沟通")
	tm.keys("C-u")
	tm.typeText(photo)
	tm.keys("Enter")
	tm.waitFor("说明：")
	tm.typeText("学期家访记录照片")
	tm.keys("Enter")
	tm.waitFor("已添加佐证材料 Z-32「学期家访记录照片」")
	tm.keys("a")
	tm.waitFor("添加佐证材料")
	tm.keys("C-u")
	tm.typeText("M-2") // a meeting: its minutes are evidence of the group at work
	tm.keys("Enter")
	tm.waitFor("已把 M-2 作为佐证材料")

	// Its self-score.
	tm.keys("v")
	tm.waitFor("自评：A7.B2 家访与沟通（4 分）")
	tm.keys("C-u")
	tm.typeText("3.5")
	tm.keys("C-s")
	tm.waitFor("修改评估指标", "自评 3.5/100 分 · 有佐证 1/26")

	// The pack, from the printouts page.
	pack := filepath.Join(dir, "迎检材料包.zip")
	tm.keys("p")
	tm.waitFor("自评报告", "档案盒目录")
	tm.keys("z")
	tm.waitFor("保存到")
	tm.keys("C-u")
	tm.typeText(pack)
	tm.keys("Enter")
	tm.waitFor("已写出迎检材料包")
	tm.keys("Escape")
	tm.keys("q")
	tm.waitFor("EXIT=0")

	// Unzipped, every file matches SHA256SUMS; the photo is there under
	// its number with its content, and the record has its printout.
	out := filepath.Join(dir, "unzipped")
	files := unzip(t, pack, out)
	sums, ok := files["SHA256SUMS"]
	if !ok {
		t.Fatalf("no SHA256SUMS in %v", keys(files))
	}
	listed := 0
	for _, line := range strings.Split(strings.TrimSpace(string(sums)), "\n") {
		want, name, _ := strings.Cut(line, "  ")
		got := sha256.Sum256(files[name])
		if hex.EncodeToString(got[:]) != want {
			t.Errorf("%s: SHA-256 differs", name)
		}
		listed++
	}
	if listed != len(files)-1 {
		t.Errorf("SHA256SUMS lists %d of %d files", listed, len(files)-1)
	}
	// Numbered by date: the meeting (held in September) comes first.
	if string(files["files/A7.B2-02.jpg"]) != "a photo of a home visit" {
		t.Errorf("the photo is not files/A7.B2-02.jpg: %v", keys(files))
	}
	if page, ok := files["records/A7.B2-01_M-2.html"]; !ok || !strings.Contains(string(page), "M-2") {
		t.Errorf("no printout of M-2: %v", keys(files))
	}
	if sc := string(files["自评报告_"+model.Today(model.SystemClock{}).String()+".html"]); !strings.Contains(sc, "A7.B2-01") || !strings.Contains(sc, "3.5") {
		t.Error("the self-assessment in the pack lacks the new evidence or score")
	}
	if sha, err := exec.LookPath("sha256sum"); err == nil {
		cmd := exec.Command(sha, "-c", "--quiet", "SHA256SUMS")
		cmd.Dir = out
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("sha256sum -c: %v\n%s", err, b)
		}
	}

	// check agrees: the new file is in the evidence folder, unchanged.
	if b, err := exec.Command(binary, "--db", db, "--lang", "en", "check").CombinedOutput(); err != nil || !strings.Contains(string(b), "Evidence files sound: 4") {
		t.Errorf("check: %v\n%s", err, b)
	}
}

// unzip writes the zip's files under dir and returns their contents.
func unzip(t *testing.T, path, dir string) map[string][]byte {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	out := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		out[f.Name] = data
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		os.MkdirAll(filepath.Dir(p), 0o700)
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

func keys(m map[string][]byte) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
