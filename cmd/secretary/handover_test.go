package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"secretary/internal/testenv"
	"secretary/model"
	"secretary/store"
	"secretary/store/storetest"
)

// TestHandoverFromOneUserToAnother is the "done when": a user
// exports the demo ledger, another user (another HOME) imports it with
// and without a passphrase, sees the preview and the backup, and ends up
// with every record.
func TestHandoverFromOneUserToAnother(t *testing.T) {
	t.Parallel()
	outgoing, incoming := newUser(t), newUser(t)
	outgoing.mustRun(t, "demo")
	want := loadLedger(t, outgoing.ledger())
	stick := filepath.Join(t.TempDir(), "U盘")

	// Plain.
	snap := filepath.Join(stick, "交接.snapshot")
	out := outgoing.mustRun(t, "--lang", "zh", "export", snap)
	for _, s := range []string{"已导出交接快照：" + snap, "未加密", "计划 4 · 责任人 13 · 任务 21", "请把 SHA-256 读给接收人核对"} {
		if !strings.Contains(out, s) {
			t.Errorf("export output lacks %q:\n%s", s, out)
		}
	}
	if printedSHA(t, out) != sum(t, snap) {
		t.Fatalf("printed SHA-256 %s is not the file's %s", printedSHA(t, out), sum(t, snap))
	}
	bboltCheck(t, snap)

	out = incoming.mustRun(t, "--lang", "zh", "import", "--yes", snap)
	for _, s := range []string{"快照：" + snap, "秘书 周敏", "清单：计划 4", "✓ 快照完好", "任务（新增 21 · 修改 0 · 删除 0）", "+ T-1 心理辅导中心标准化建设", "原台账是空的，无需备份", "✓ 已导入：" + incoming.ledger()} {
		if !strings.Contains(out, s) {
			t.Errorf("import output lacks %q:\n%s", s, out)
		}
	}
	if printedSHA(t, out) != sum(t, snap) {
		t.Fatal("the receiver sees another SHA-256 than the sender")
	}
	if got := loadLedger(t, incoming.ledger()); !equalRecords(want, got) {
		t.Fatal("records differ after the plain handover")
	}
	checkClean(t, incoming.ledger())

	// The receiver edits, then imports an encrypted snapshot over it,
	// answering the question: the edit is backed up and replaced.
	incoming.mustRun(t, "settings", "school", "另一所学校 🏫")
	sealed := filepath.Join(stick, "交接.snapshot.age")
	outgoing.env[passEnv] = "交接 Passphrase 2026 🔐"
	out = outgoing.mustRun(t, "--lang", "en", "export", "--encrypt", sealed)
	if !strings.Contains(out, "encrypted (age, passphrase)") || !strings.Contains(out, "passphrase separately") {
		t.Errorf("encrypted export output:\n%s", out)
	}
	raw, _ := os.ReadFile(sealed)
	if !store.IsEncrypted(raw) || strings.Contains(string(raw), "周敏") {
		t.Fatal("the snapshot is not encrypted")
	}
	incoming.env[passEnv] = "交接 Passphrase 2026 🔐"
	code, out, errOut := incoming.run(t, "y\n", "--lang", "en", "import", sealed)
	if code != exitOK {
		t.Fatalf("encrypted import: %d %s %s", code, out, errOut)
	}
	for _, s := range []string{"encrypted (age, passphrase)", "Settings", "~ school: 另一所学校 🏫 → 阳光实验中学", "backed up into", "Type y to confirm", "The old ledger was backed up to "} {
		if !strings.Contains(out, s) {
			t.Errorf("encrypted import output lacks %q:\n%s", s, out)
		}
	}
	if got := loadLedger(t, incoming.ledger()); !equalRecords(want, got) {
		t.Fatal("records differ after the encrypted handover")
	}
	backups, _ := store.ListBackups(incoming.ledger())
	if len(backups) == 0 {
		t.Fatal("no backup of the replaced ledger")
	}
	found := false
	for _, b := range backups {
		if loadLedger(t, b.Path).Settings.School == "另一所学校 🏫" {
			found = true
		}
	}
	if !found {
		t.Fatal("no backup holds the receiver's edit")
	}
	checkClean(t, incoming.ledger())
	if left := leftovers(t, filepath.Dir(incoming.ledger())); len(left) != 0 {
		t.Fatalf("left beside the ledger: %v", left)
	}
}

// bboltCheck runs bbolt's own checker (go.etcd.io/bbolt/cmd/bbolt, a
// go.mod tool) on a file.
func bboltCheck(t *testing.T, path string) {
	t.Helper()
	goBin := testenv.RequireTool(t, "bbolt's own check of a snapshot (go tool bbolt)", "go")
	cmd := exec.Command(goBin, "tool", "bbolt", "check", path)
	cmd.Dir = testenv.ModuleRoot()
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "OK") {
		t.Fatalf("bbolt check %s: %v\n%s", path, err, out)
	}
}

func TestDecliningTheImportChangesNothing(t *testing.T) {
	t.Parallel()
	outgoing, incoming := newUser(t), newUser(t)
	outgoing.mustRun(t, "demo")
	incoming.mustRun(t, "demo", "--size", "200")
	snap := filepath.Join(t.TempDir(), "x.snapshot")
	outgoing.mustRun(t, "export", snap)
	before := sum(t, incoming.ledger())
	for _, answer := range []string{"n\n", "", "whatever\n"} {
		code, out, errOut := incoming.run(t, answer, "--lang", "zh", "import", snap)
		if code != exitFail || !strings.Contains(errOut, "已取消导入，台账未改动") || !strings.Contains(out, "确认用这份快照替换当前台账？") {
			t.Fatalf("answer %q: exit %d\n%s\n%s", answer, code, out, errOut)
		}
		if !strings.Contains(out, "修改") {
			t.Fatalf("no preview of changes:\n%s", out)
		}
	}
	if sum(t, incoming.ledger()) != before {
		t.Fatal("declined import changed the ledger")
	}
	if list, _ := store.ListBackups(incoming.ledger()); len(list) != 0 {
		t.Fatal("declined import made a backup")
	}
	if left := leftovers(t, filepath.Dir(incoming.ledger())); len(left) != 0 {
		t.Fatalf("left %v", left)
	}
}

// TestImportIntoALedgerOpenInAnotherWindow: the program holds the ledger
// only while it reads or writes, so an import from a second window goes
// through; the open window notices, and saves nothing of its older view
// into the new ledger until it has loaded it.
func TestImportIntoALedgerOpenInAnotherWindow(t *testing.T) {
	t.Parallel()
	outgoing, incoming := newUser(t), newUser(t)
	outgoing.mustRun(t, "demo")
	incoming.mustRun(t, "demo", "--size", "100")
	snap := filepath.Join(t.TempDir(), "x.snapshot")
	outgoing.mustRun(t, "export", snap)

	window, err := store.Open(incoming.ledger(), storetest.Options())
	if err != nil {
		t.Fatal(err)
	}
	defer window.Close()
	old, err := window.Load()
	if err != nil {
		t.Fatal(err)
	}
	incoming.mustRun(t, "--lang", "zh", "import", "--yes", snap)
	if changed, err := window.Changed(); !changed || err != nil {
		t.Fatalf("the open window did not notice the import: %v %v", changed, err)
	}
	stale := old.Owners[0]
	stale.Notes = "导入前打开的表单"
	if _, err := window.Update(&stale); !store.IsKind(err, store.KindChanged) {
		t.Fatalf("a save from before the import: %v", err)
	}
	got, err := window.Load()
	if err != nil {
		t.Fatal(err)
	}
	if !equalRecords(got, loadLedger(t, outgoing.ledger())) {
		t.Fatal("the open window does not see the imported ledger")
	}
}

func TestRefusalsAreOneTranslatedLineAndExit1(t *testing.T) {
	t.Parallel()
	outgoing, incoming := newUser(t), newUser(t)
	outgoing.mustRun(t, "demo")
	incoming.mustRun(t, "demo", "--size", "100")
	dir := t.TempDir()
	snap := filepath.Join(dir, "x.snapshot")
	outgoing.mustRun(t, "export", snap)
	raw, _ := os.ReadFile(snap)
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, b, 0o600)
		return p
	}
	before := sum(t, incoming.ledger())
	cases := []struct {
		file   string
		zh, en string
	}{
		{write("empty.snapshot", nil), "是空文件", "is an empty file"},
		{write("notes.txt", []byte("会议纪要 meeting notes")), "不是 secretary 的台账或交接快照", "is not a secretary ledger or snapshot"},
		{write("half.snapshot", raw[:len(raw)/2]), "不完整", "is cut short"},
		{filepath.Join(dir, "missing.snapshot"), "找不到文件", "There is no file"},
	}
	for _, c := range cases {
		for lang, want := range map[string]string{"zh": c.zh, "en": c.en} {
			code, out, errOut := incoming.run(t, "", "--lang", lang, "import", "--yes", c.file)
			line := strings.TrimSpace(errOut)
			if code != exitFail || !strings.Contains(line, want) || strings.Contains(line, "\n") || out != "" {
				t.Errorf("%s (%s): exit %d, stderr %q, stdout %q", filepath.Base(c.file), lang, code, errOut, out)
			}
			if !strings.Contains(line, map[string]string{"zh": "台账未改动", "en": "not changed"}[lang]) {
				t.Errorf("%s (%s) does not say the ledger is unchanged: %q", filepath.Base(c.file), lang, line)
			}
		}
	}
	if sum(t, incoming.ledger()) != before {
		t.Fatal("a refused import changed the ledger")
	}
}

func TestEncryptedSnapshotsNeedTheirPassphrase(t *testing.T) {
	t.Parallel()
	outgoing, incoming := newUser(t), newUser(t)
	outgoing.mustRun(t, "demo")
	dir := t.TempDir()
	sealed := filepath.Join(dir, "x.snapshot.age")

	// No passphrase and no terminal: refused, nothing written.
	code, _, errOut := outgoing.run(t, "", "--lang", "zh", "export", "--encrypt", sealed)
	if code != exitFail || !strings.Contains(errOut, "SECRETARY_PASSPHRASE") {
		t.Fatalf("export without a passphrase: %d %q", code, errOut)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("files written: %v", entries)
	}
	// The snapshot is made at a low scrypt cost: under the race detector
	// one derivation at the default cost takes seconds, and the end-to-end
	// test above already runs the default through the command line.
	s, err := store.Open(outgoing.ledger(), storetest.Options())
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.Export(sealed, store.ExportOptions{Encrypt: true, Passphrase: "口令 pass", WorkFactor: 4})
	s.Close()
	if err != nil {
		t.Fatal(err)
	}

	code, _, errOut = incoming.run(t, "", "--lang", "en", "check", sealed)
	if code != exitFail || !strings.Contains(errOut, "is encrypted and needs its passphrase") {
		t.Fatalf("check without passphrase: %d %q", code, errOut)
	}
	incoming.env[passEnv] = "口令 Pass"
	code, _, errOut = incoming.run(t, "", "--lang", "en", "check", sealed)
	if code != exitFail || !strings.Contains(errOut, "The passphrase does not open") {
		t.Fatalf("check with a wrong passphrase: %d %q", code, errOut)
	}
	incoming.env[passEnv] = "口令 pass"
	out := incoming.mustRun(t, "--lang", "zh", "check", sealed)
	if !strings.Contains(out, "已加密（age，口令）") || !strings.Contains(out, "✓ 快照完好，与清单一致") {
		t.Fatalf("check output:\n%s", out)
	}
	// A damaged encrypted file is not reported as a wrong passphrase.
	raw, _ := os.ReadFile(sealed)
	raw[len(raw)/2] ^= 1
	bad := filepath.Join(dir, "bad.age")
	os.WriteFile(bad, raw, 0o600)
	code, _, errOut = incoming.run(t, "", "--lang", "zh", "import", "--yes", bad)
	if code != exitFail || !strings.Contains(errOut, "已损坏或不完整") || !strings.Contains(errOut, "口令本身没有问题") {
		t.Fatalf("damaged: %d %q", code, errOut)
	}
	if _, err := os.Stat(incoming.ledger()); err == nil {
		if l := loadLedger(t, incoming.ledger()); l.Counts().Total() != 0 {
			t.Fatal("a refused import left records")
		}
	}
}

func TestCheckReportsATamperedSnapshot(t *testing.T) {
	t.Parallel()
	u := newUser(t)
	u.mustRun(t, "demo")
	snap := filepath.Join(t.TempDir(), "x.snapshot")
	u.mustRun(t, "export", snap)
	out := u.mustRun(t, "--lang", "zh", "check", snap)
	if !strings.Contains(out, "✓ 快照完好，与清单一致") || !strings.Contains(out, "导出于 2026-11-20") {
		t.Fatalf("check:\n%s", out)
	}
	// The current ledger still checks as a ledger.
	if out := u.mustRun(t, "--lang", "zh", "check"); !strings.Contains(out, "✓ 完好") {
		t.Fatalf("check of the ledger:\n%s", out)
	}
	// Remove a rectification behind the manifest's back.
	s, err := store.Open(snap, storetest.Options())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Delete(model.EntityRectification, 6); err != nil {
		t.Fatal(err)
	}
	s.Close()
	code, out, _ := u.run(t, "", "--lang", "zh", "check", snap)
	if code != exitFail || !strings.Contains(out, "清单记载整改 6 条，文件里有 5 条") || !strings.Contains(out, "记录内容与清单的校验值不一致") {
		t.Fatalf("tampered check: %d\n%s", code, out)
	}
}

func TestDiffShowsChangedFieldsPerTab(t *testing.T) {
	t.Parallel()
	u := newUser(t)
	u.mustRun(t, "demo")
	dir := t.TempDir()
	old := filepath.Join(dir, "old.snapshot")
	u.mustRun(t, "export", old)

	s, err := store.Open(u.ledger(), storetest.Options())
	if err != nil {
		t.Fatal(err)
	}
	l, _ := s.Load()
	task := *l.Task(3)
	task.Due = model.NewDate(2027, 1, 15)
	task.OwnerID = 2
	if _, err := s.Update(&task); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Create(&model.Owner{Name: "新老师 Ms. *Li*", Department: "心理中心"}); err != nil {
		t.Fatal(err)
	}
	s.Close()

	out := u.mustRun(t, "--lang", "zh", "diff", old, u.ledger())
	for _, want := range []string{
		"任务（新增 0 · 修改 1 · 删除 0）", "~ T-3 " + l.Task(3).Title,
		"截止日期：" + l.Task(3).Due.String() + " → 2027-01-15",
		"责任人：" + l.OwnerName(l.Task(3).OwnerID) + " → " + l.OwnerName(2),
		"责任人（新增 1 · 修改 0 · 删除 0）", "+ O-14 新老师 Ms. *Li*",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text diff lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "计划（") {
		t.Errorf("unchanged tab listed:\n%s", out)
	}
	md := u.mustRun(t, "--lang", "en", "diff", "--format", "md", old, u.ledger())
	for _, want := range []string{"# Ledger differences", "## Tasks (added 0 · changed 1 · removed 0)", "- changed **T-3**", "  - due date: ", "- added **O-14** 新老师 Ms. \\*Li\\*"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown diff lacks %q:\n%s", want, md)
		}
	}
	if out := u.mustRun(t, "--lang", "en", "diff", old, old); !strings.Contains(out, "No differences") {
		t.Errorf("same file: %s", out)
	}
	if code, _, errOut := u.run(t, "", "diff", "--format", "html", old, old); code != exitUsage || errOut == "" {
		t.Errorf("bad format: %d %q", code, errOut)
	}
}

func TestExportRefusesToOverwriteAndNeedsALedger(t *testing.T) {
	t.Parallel()
	u := newUser(t)
	code, _, errOut := u.run(t, "", "--lang", "zh", "export", filepath.Join(t.TempDir(), "x.snapshot"))
	if code != exitFail || !strings.Contains(errOut, "还不存在") {
		t.Fatalf("no ledger: %d %q", code, errOut)
	}
	if code, _, errOut := u.run(t, "", "--lang", "zh", "check"); code != exitFail || !strings.Contains(errOut, "还不存在") {
		t.Fatalf("check without a ledger: %d %q", code, errOut)
	}
	u.mustRun(t, "demo")
	existing := filepath.Join(t.TempDir(), "old.snapshot")
	os.WriteFile(existing, []byte("旧快照"), 0o600)
	code, _, errOut = u.run(t, "", "--lang", "zh", "export", existing)
	if code != exitFail || !strings.Contains(errOut, "已存在，没有覆盖") {
		t.Fatalf("existing: %d %q", code, errOut)
	}
	if b, _ := os.ReadFile(existing); string(b) != "旧快照" {
		t.Fatal("existing file replaced")
	}
}

// TestImportingABackupRestoresIt: a plain ledger file (a backup) has no
// manifest, but imports the same way, saying there is nothing to compare.
func TestImportingABackupRestoresIt(t *testing.T) {
	t.Parallel()
	u := newUser(t)
	u.mustRun(t, "demo")
	before := loadLedger(t, u.ledger())
	u.mustRun(t, "settings", "secretary", "新秘书 🙂") // the first change backs the ledger up
	backups, _ := store.ListBackups(u.ledger())
	if len(backups) != 1 {
		t.Fatalf("backups %v", backups)
	}
	out := u.mustRun(t, "--lang", "zh", "import", "--yes", backups[0].Path)
	for _, want := range []string{"普通台账文件，不是交接快照", "秘书：新秘书 🙂 → 周敏", "✓ 已导入"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if !equalRecords(before, loadLedger(t, u.ledger())) {
		t.Fatal("the backup was not restored")
	}
}
