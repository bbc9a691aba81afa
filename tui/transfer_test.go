package tui_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"secretary/internal/fsutil"
	"secretary/model"
	"secretary/model/sheet"
	"secretary/store"
	"secretary/store/storetest"
	"secretary/tui/tuitest"
)

// typePath replaces the suggested path with one of the test's.
func typePath(d *tuitest.Driver, path string) {
	d.Keys("ctrl+u")
	d.Paste(path)
	d.Keys("enter")
}

func TestExportWorkbookFromTheTUI(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 100, 30)
	d.Keys("x")
	if !d.Contains("导出", "交接快照", "Excel 工作簿") {
		t.Fatalf("export menu:\n%s", d.View())
	}
	out := filepath.Join(t.TempDir(), "台账 导出.xlsx")
	d.Keys("3")
	typePath(d, out)
	if !d.Contains("已保存", "台账 导出.xlsx") {
		t.Fatalf("result:\n%s", d.View())
	}
	f, err := sheet.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	imp := sheet.Prepare(f, d.Ledger(), sheet.Options{Today: storetest.Today()})
	if !imp.OK() || !imp.Empty() {
		t.Fatalf("the workbook should match the ledger: problems %v", imp.Problems)
	}
	d.Keys("enter")
	if d.Contains("已保存") || !d.Contains("P-1") {
		t.Fatalf("enter should return to the tabs:\n%s", d.View())
	}
}

func TestExportSnapshotRefusesToOverwrite(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangEn, 100, 30)
	out := filepath.Join(t.TempDir(), "handover.snapshot")
	d.Keys("x", "1")
	typePath(d, out)
	if !d.Contains("Handover snapshot written", "SHA-256") {
		t.Fatalf("result:\n%s", d.View())
	}
	info, err := store.CheckSnapshot(out, store.ReadOptions{})
	if err != nil || !info.Report.OK() || info.Manifest.Counts != d.Ledger().Counts() {
		t.Fatalf("snapshot check: %+v %v", info, err)
	}
	before, _ := os.ReadFile(out)
	d.Keys("enter", "x", "1")
	typePath(d, out)
	if !d.Contains("already exists. Replace it", "y replace") {
		t.Fatalf("an existing file must not be replaced unasked:\n%s", d.View())
	}
	d.Keys("n")
	if !d.Contains("Save where?", "already exists") {
		t.Fatalf("n should keep the file and ask for another name:\n%s", d.View())
	}
	if after, _ := os.ReadFile(out); string(before) != string(after) {
		t.Fatal("the existing snapshot changed")
	}
	// Asked again, y replaces it.
	d.Keys("enter")
	d.Keys("y")
	if !d.Contains("Handover snapshot written") {
		t.Fatalf("y should replace the file:\n%s", d.View())
	}
	if info, err := store.CheckSnapshot(out, store.ReadOptions{}); err != nil || !info.Report.OK() {
		t.Fatalf("the replaced snapshot does not check: %v", err)
	}
}

func TestEncryptedExportAsksTwice(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangEn, 100, 30)
	d.Keys("x", "2")
	d.Paste("s3cret 口令")
	d.Keys("enter")
	d.Paste("different")
	d.Keys("enter")
	if !d.Contains("The two passphrases differ") || d.Contains("s3cret") {
		t.Fatalf("mismatch (and never show the passphrase):\n%s", d.View())
	}
	d.Paste("s3cret 口令")
	d.Keys("enter")
	d.Paste("s3cret 口令")
	d.Keys("enter")
	out := filepath.Join(t.TempDir(), "handover.snapshot.age")
	typePath(d, out)
	if !d.Contains("Handover snapshot written", "encrypted") {
		t.Fatalf("result:\n%s", d.View())
	}
	if enc, err := store.SniffSnapshot(out); err != nil || !enc {
		t.Fatalf("not encrypted: %v %v", enc, err)
	}
}

// snapshotOf exports a changed copy of the demo ledger: the successor's
// file to import.
func snapshotOf(t *testing.T, change func(*store.Store), opts store.ExportOptions) string {
	t.Helper()
	s, _ := storetest.Demo(t, 0)
	change(s)
	out := filepath.Join(t.TempDir(), "from-predecessor.snapshot")
	if _, err := s.Export(out, opts); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestImportSnapshotReplacesTheLedgerAfterPreview(t *testing.T) {
	t.Parallel()
	snap := snapshotOf(t, func(s *store.Store) {
		o := &model.Owner{Name: "新来的 Newcomer", Department: "心理中心"}
		if _, err := s.Create(o); err != nil {
			t.Fatal(err)
		}
	}, store.ExportOptions{})
	a := tuitest.Open(t, storetest.DemoFile(t, 0))
	d := tuitest.New(t, a, model.LangZh, 100, 30)
	d.Keys("i")
	if !d.Contains("导入", "交接快照", "表格") {
		t.Fatalf("import menu:\n%s", d.View())
	}
	d.Keys("1")
	typePath(d, snap)
	if !d.Contains("导入交接快照", "责任人：新增 1，修改 0，删除 0", "O-14 新来的 Newcomer", "SHA-256") {
		t.Fatalf("preview:\n%s", d.View())
	}
	d.Keys("y")
	if !d.Contains("已导入交接快照", "已备份到") {
		t.Fatalf("result:\n%s", d.View())
	}
	d.Keys("enter", "2", "o", "G")
	if !d.Contains("新来的 Newcomer") {
		t.Fatalf("the program should show the imported ledger without a restart:\n%s", d.View())
	}
	list, _ := store.ListBackups(a.Path())
	if len(list) == 0 {
		t.Fatal("no backup of the replaced ledger")
	}
}

func TestImportEncryptedSnapshotAsksAgainOnWrongPassphrase(t *testing.T) {
	t.Parallel()
	snap := snapshotOf(t, func(*store.Store) {}, store.ExportOptions{Encrypt: true, Passphrase: "对的 right", WorkFactor: 10})
	d := tuitest.Demo(t, model.LangEn, 100, 30)
	d.Keys("i", "1")
	typePath(d, snap)
	if !d.Contains("is encrypted: enter its passphrase") {
		t.Fatalf("passphrase prompt:\n%s", d.View())
	}
	d.Paste("wrong")
	d.Keys("enter")
	if !d.Contains("is encrypted", "passphrase") || d.Contains("Import handover snapshot") {
		t.Fatalf("a wrong passphrase should ask again:\n%s", d.View())
	}
	d.Paste("对的 right")
	d.Keys("enter")
	if !d.Contains("Import handover snapshot", "It holds the same as the current ledger") {
		t.Fatalf("preview:\n%s", d.View())
	}
	d.Keys("n")
	if !strings.Contains(d.Model.Status(), "unchanged") {
		t.Fatalf("status %q", d.Model.Status())
	}
}

func TestImportSpreadsheetIsOneUndoableStep(t *testing.T) {
	t.Parallel()
	d := tuitest.Demo(t, model.LangZh, 100, 30)
	// A workbook of the ledger with one task's title changed.
	l := d.Ledger()
	l.Tasks[0].Title = "心理辅导中心标准化建设（已验收）"
	out := filepath.Join(t.TempDir(), "改过的台账.xlsx")
	if err := fsutil.WriteFileAtomic(out, func(w ioWriter) error {
		return sheet.WriteXLSX(w, l, sheet.ExportOptions{Lang: model.LangZh, Now: storetest.Now()})
	}); err != nil {
		t.Fatal(err)
	}
	d.Keys("i", "2")
	typePath(d, out)
	// The changed title is shown as such before anything is written.
	if !d.Contains("导入预览：改过的台账.xlsx", "修改 1", "T-1", "名称改变（1 条）", "T-1 的名称将由「心理辅导中心标准化建") {
		t.Fatalf("preview:\n%s", d.View())
	}
	d.Keys("y")
	if got := d.Ledger().Task(1).Title; got != "心理辅导中心标准化建设（已验收）" {
		t.Fatalf("imported title %q\n%s", got, d.View())
	}
	d.Keys("enter", "u")
	if got := d.Ledger().Task(1).Title; got != "心理辅导中心标准化建设" {
		t.Fatalf("undo should restore the title, got %q", got)
	}
}
