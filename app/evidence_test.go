package app_test

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"secretary/app"
	"secretary/internal/i18n"
	"secretary/model"
	"secretary/model/demo"
)

// openDemoWithFiles opens the demo ledger with the sample's evidence
// files beside it, as `secretary demo` leaves them.
func openDemoWithFiles(t *testing.T) *app.Service {
	t.Helper()
	s := openDemoEnv(t, testEnv(t, t.TempDir()))
	dir := s.EvidenceDir()
	for _, f := range demo.EvidenceFiles() {
		write(t, filepath.Join(dir, f.SHA256()+model.FileExt(f.Name)), string(f.Data))
	}
	return s
}

func sum(b []byte) string { s := sha256.Sum256(b); return hex.EncodeToString(s[:]) }

func msgKey(t *testing.T, err error) string {
	t.Helper()
	m, ok := model.AsUserMsg(err)
	if !ok {
		t.Fatalf("not a user message: %v", err)
	}
	return string(m.Key)
}

func indicatorByCode(t *testing.T, l *model.Ledger, code string) *model.RubricIndicator {
	t.Helper()
	for i := range l.Indicators {
		if l.Indicators[i].Code == code && l.Indicators[i].RubricID == l.ActiveRubric().ID {
			return &l.Indicators[i]
		}
	}
	t.Fatalf("no indicator %s", code)
	return nil
}

// TestAttachKeepsTheFileUnderItsHash: the file is copied into evidence/
// under its SHA-256 (0600 in a 0700 folder), the ledger records its
// name, size, hash, date and who added it, and attaching the same content
// again keeps one file.
func TestAttachKeepsTheFileUnderItsHash(t *testing.T) {
	t.Parallel()
	s := openDemoWithFiles(t)
	l := load(t, s)
	a1b2 := indicatorByCode(t, l, "A1.B2")
	src := filepath.Join(t.TempDir(), "会议签到表.JPG")
	content := "photo of a sign-in sheet"
	write(t, src, content)
	res, ev, err := s.AttachFile(app.AttachRequest{Path: src, Indicators: []model.ID{a1b2.ID}, Record: model.RecordRef{Entity: model.EntityActivity, ID: 1}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Empty() || ev.ID == 0 {
		t.Fatal("nothing saved")
	}
	stored := filepath.Join(s.EvidenceDir(), sum([]byte(content))+".jpg")
	if read(t, stored) != content {
		t.Fatalf("stored file %s", stored)
	}
	if ev.FileName != "会议签到表.JPG" || ev.Size != int64(len(content)) || ev.SHA256 != sum([]byte(content)) ||
		ev.Title != "会议签到表" || ev.AddedBy != l.Settings.Secretary || ev.AddedOn != s.Today() || ev.Date != s.Today() {
		t.Errorf("recorded %+v", ev)
	}
	if runtime.GOOS != "windows" {
		if fi, _ := os.Stat(stored); fi.Mode().Perm() != 0o600 {
			t.Errorf("file mode %v", fi.Mode().Perm())
		}
		if fi, _ := os.Stat(s.EvidenceDir()); fi.Mode().Perm() != 0o700 {
			t.Errorf("folder mode %v", fi.Mode().Perm())
		}
	}
	// The same content again, under another name: one file.
	again := filepath.Join(t.TempDir(), "copy.jpg")
	write(t, again, content)
	if _, _, err := s.AttachFile(app.AttachRequest{Path: again, Title: "again"}); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(s.EvidenceDir())
	if len(entries) != len(demo.EvidenceFiles())+1 {
		t.Errorf("%d files in the folder", len(entries))
	}
	// Undo takes the record back; the file stays for redo.
	if _, err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stored); err != nil {
		t.Error("undo removed the file")
	}
}

// TestAttachRefusesWhatCannotBeEvidence: a folder, a missing file, an
// empty one and one over 200 MB are refused with the reason before
// anything is copied or recorded.
func TestAttachRefusesWhatCannotBeEvidence(t *testing.T) {
	t.Parallel()
	s := openDemoWithFiles(t)
	before := load(t, s).Counts()
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	write(t, empty, "")
	big := filepath.Join(dir, "video.mp4")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(model.MaxEvidenceFile + 1); err != nil { // sparse: no 200 MB written
		t.Fatal(err)
	}
	f.Close()
	inside := filepath.Join(s.EvidenceDir(), demo.EvidenceFiles()[0].SHA256()+".pdf")
	for path, want := range map[string]string{
		dir:                               app.MsgEvidenceFolder,
		filepath.Join(dir, "nothing.pdf"): app.MsgEvidenceNoFile,
		empty:                             app.MsgEvidenceEmpty,
		big:                               app.MsgEvidenceTooBig,
		inside:                            app.MsgEvidenceInside,
	} {
		_, _, err := s.AttachFile(app.AttachRequest{Path: path})
		if err == nil || msgKey(t, err) != want {
			t.Errorf("%s: %v, want %s", filepath.Base(path), err, want)
			continue
		}
		for _, lang := range []model.Lang{model.LangZh, model.LangEn} {
			if text := i18n.For(lang).Err(err); strings.HasPrefix(text, "evidence.") || !strings.Contains(text, filepath.Base(path)) {
				t.Errorf("%s: message %q", lang, text)
			}
		}
	}
	// A record that does not exist: refused by the store, and the file
	// copied for it is taken out again.
	src := filepath.Join(dir, "ok.txt")
	write(t, src, "fine")
	if _, _, err := s.AttachFile(app.AttachRequest{Path: src, Record: model.RecordRef{Entity: model.EntityActivity, ID: 999}}); err == nil {
		t.Error("evidence about a missing record was saved")
	}
	if _, err := os.Stat(filepath.Join(s.EvidenceDir(), sum([]byte("fine"))+".txt")); !errors.Is(err, os.ErrNotExist) {
		t.Error("the refused file stayed in the evidence folder")
	}
	if after := load(t, s).Counts(); after != before {
		t.Errorf("counts %v → %v", before, after)
	}
}

// TestLinkingARecordAndDeletingIt: l on a record makes it evidence for
// the indicators picked (one item, changed in place, gone when none is
// left); deleting a record filed as evidence takes its item with it in
// the same undoable step, and a file about it keeps its file.
func TestLinkingARecordAndDeletingIt(t *testing.T) {
	t.Parallel()
	s := openDemoWithFiles(t)
	l := load(t, s)
	a4b2, a7b2 := indicatorByCode(t, l, "A4.B2"), indicatorByCode(t, l, "A7.B2")
	act := model.RecordRef{Entity: model.EntityActivity, ID: 6}
	if _, err := s.LinkRecord(act, []model.ID{a4b2.ID}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.LinkRecord(act, []model.ID{a4b2.ID, a7b2.ID}); err != nil {
		t.Fatal(err)
	}
	l = load(t, s)
	items := model.EvidenceFor(l, act.Entity, act.ID)
	if len(items) != 1 || len(items[0].Indicators) != 2 || items[0].HasFile() {
		t.Fatalf("items %+v", items)
	}
	codes := func(ins []*model.RubricIndicator) string {
		var out []string
		for _, in := range ins {
			out = append(out, in.Code)
		}
		return strings.Join(out, " ")
	}
	if got := codes(model.IndicatorsOf(l, act.Entity, act.ID)); got != "A4.B2 A7.B2" {
		t.Errorf("indicators of A-6: %s", got)
	}
	// A photo about the activity, then delete the activity.
	src := filepath.Join(t.TempDir(), "合影.png")
	write(t, src, "group photo")
	_, photo, err := s.AttachFile(app.AttachRequest{Path: src, Record: act, Indicators: []model.ID{a4b2.ID}})
	if err != nil {
		t.Fatal(err)
	}
	res, err := s.Delete(act.Entity, act.ID)
	if err != nil {
		t.Fatal(err)
	}
	if res.Entry.Entity != model.EntityActivity || res.Entry.RecordID != act.ID {
		t.Errorf("the step is named after %s", model.Code(res.Entry.Entity, res.Entry.RecordID))
	}
	l = load(t, s)
	if l.Activity(act.ID) != nil || len(model.EvidenceFor(l, act.Entity, act.ID)) != 0 {
		t.Fatal("the activity or its item is still there")
	}
	if p := l.EvidenceItem(photo.ID); p == nil || !p.Record.IsZero() || !p.Supports(a4b2.ID) {
		t.Fatalf("the photo: %+v", p)
	}
	if _, err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	l = load(t, s)
	if l.Activity(act.ID) == nil || len(model.EvidenceFor(l, act.Entity, act.ID)) != 2 {
		t.Error("undo did not bring the activity and its evidence back")
	}
	// Unlinking every indicator removes the record's item.
	if _, err := s.LinkRecord(act, nil); err != nil {
		t.Fatal(err)
	}
	if it := model.RecordEvidence(load(t, s), act.Entity, act.ID); it != nil {
		t.Errorf("item left: %+v", it)
	}
}

// TestSelfScores: a score above the points is refused; a parent's score
// is its children's.
func TestSelfScores(t *testing.T) {
	t.Parallel()
	s := openDemoWithFiles(t)
	l := load(t, s)
	leaf, parent := indicatorByCode(t, l, "A4.B2"), indicatorByCode(t, l, "A4")
	_, err := s.SetScore(leaf.ID, leaf.Points+1, true, "")
	var v *model.ValidationError
	if !errors.As(err, &v) {
		t.Fatalf("score above points: %v", err)
	}
	if f, ok := v.Field("indicator.score"); !ok || f.Msg.Key != model.MsgScoreAbovePoints {
		t.Errorf("problem %+v", v.Fields)
	}
	if _, err := s.SetScore(parent.ID, model.PointsOf(1), true, ""); err == nil || msgKey(t, err) != app.MsgScoreParent {
		t.Errorf("score on a parent: %v", err)
	}
	if _, err := s.SetScore(leaf.ID, model.Points(35), true, "有两个课例"); err != nil {
		t.Fatal(err)
	}
	cov := model.BuildCoverage(load(t, s), l.ActiveRubric().ID, nil)
	if r := cov.Row(parent.ID); !r.Scored || r.Score != model.Points(50+35) {
		t.Errorf("A4 scores %s", r.Score)
	}
}

// TestRubricImport: the sample goes in whole and becomes active when
// there is none; a file with problems imports nothing and lists each with
// its row.
func TestRubricImport(t *testing.T) {
	t.Parallel()
	s := openDemoWithFiles(t)
	before := load(t, s).Counts()
	csv := filepath.Join(t.TempDir(), "市级标准.csv")
	write(t, csv, "编码,指标名称,分值\nA1,组织,10\nA1.B1,机构,12\nA1,重复,5\nA2,计划,八\nX,环,1\n")
	rf, err := app.ReadRubricFile(csv)
	if err != nil {
		t.Fatal(err)
	}
	if rf.OK() {
		t.Fatal("a bad rubric was OK")
	}
	var lines []string
	for _, p := range rf.Problems {
		lines = append(lines, i18n.For(model.LangEn).Msg(p.Message()))
	}
	got := strings.Join(lines, "\n")
	for _, want := range []string{"row 3", "row 4", "row 5", "12 points is more than", "used twice", "八"} {
		if !strings.Contains(got, want) {
			t.Errorf("problems lack %q:\n%s", want, got)
		}
	}
	if _, err := s.ImportRubric(app.RubricImportRequest{File: rf}); err == nil {
		t.Error("a rubric with problems was imported")
	}
	if load(t, s).Counts() != before {
		t.Error("something was imported")
	}
	imp, err := s.ImportRubric(app.RubricImportRequest{File: app.SampleRubric(model.LangEn), Sample: true, Activate: true})
	if err != nil {
		t.Fatal(err)
	}
	l := load(t, s)
	if imp.Max != model.PointsOf(100) || imp.Indicators != len(app.SampleRubric(model.LangEn).Tree.Rows) || l.ActiveRubric().ID != imp.Rubric.ID {
		t.Errorf("imported %+v, active %v", imp, l.ActiveRubric())
	}
	if _, err := s.ActivateRubric(1); err != nil || load(t, s).ActiveRubric().ID != 1 {
		t.Errorf("activate: %v", err)
	}
	// Deleting a rubric takes its indicators and their links with it.
	if _, err := s.Delete(model.EntityRubric, 1); err != nil {
		t.Fatal(err)
	}
	l = load(t, s)
	for _, e := range l.Evidence {
		if len(e.Indicators) > 0 {
			t.Errorf("%s still links %v", model.CodeOf(&e), e.Indicators)
		}
	}
	if n := l.Counts().Of(model.EntityIndicator); n != imp.Indicators {
		t.Errorf("%d indicators left", n)
	}
}

// TestPackHoldsEverythingAndIsReproducible: the pack lists every
// evidence file renamed by its number, a printout of each record, the
// catalogue and self-assessment, and SHA256SUMS that checks; the same
// ledger gives the same bytes.
func TestPackHoldsEverythingAndIsReproducible(t *testing.T) {
	t.Parallel()
	s := openDemoWithFiles(t)
	dir := t.TempDir()
	p1, err := s.WritePack(context.Background(), app.PackRequest{Path: filepath.Join(dir, "pack.zip"), Lang: model.LangZh, NoPDF: true})
	if err != nil {
		t.Fatal(err)
	}
	p2, err := s.WritePack(context.Background(), app.PackRequest{Path: filepath.Join(dir, "again.zip"), Lang: model.LangZh, NoPDF: true})
	if err != nil {
		t.Fatal(err)
	}
	b1, b2 := read(t, p1.Path), read(t, p2.Path)
	if b1 != b2 || p1.SHA256 != p2.SHA256 || p1.SHA256 != sum([]byte(b1)) {
		t.Fatal("two packs of the same ledger differ")
	}
	if _, err := s.WritePack(context.Background(), app.PackRequest{Path: p1.Path, NoPDF: true}); !errors.Is(err, app.ErrExists) {
		t.Errorf("an existing pack was not refused: %v", err)
	}
	zr, err := zip.NewReader(bytes.NewReader([]byte(b1)), int64(len(b1)))
	if err != nil {
		t.Fatal(err)
	}
	names := map[string][]byte{}
	for _, f := range zr.File {
		rc, _ := f.Open()
		data, _ := io.ReadAll(rc)
		rc.Close()
		names[f.Name] = data
	}
	if p1.Entries != len(zr.File) {
		t.Errorf("the pack says it holds %d files; the zip has %d", p1.Entries, len(zr.File))
	}
	for _, want := range []string{"files/A1.B1-02.pdf", "files/A1.B2-03.txt", "files/A3.B2.C1-02.png",
		"records/A1.B1-01_W-4.html", "records/A5.B1-02_A-1.html", "自评报告_" + s.Today().String() + ".html", "档案盒目录_" + s.Today().String() + ".html"} {
		if _, ok := names[want]; !ok {
			t.Errorf("the pack lacks %s", want)
		}
	}
	for _, f := range demo.EvidenceFiles() {
		found := false
		for name, data := range names {
			if strings.HasPrefix(name, "files/") && sum(data) == f.SHA256() {
				found = true
			}
		}
		if !found {
			t.Errorf("%s is not in the pack with its content", f.Name)
		}
	}
	lines := strings.Split(strings.TrimSpace(string(names["SHA256SUMS"])), "\n")
	if len(lines) != len(names)-1 {
		t.Errorf("SHA256SUMS lists %d of %d files", len(lines), len(names)-1)
	}
	for _, line := range lines {
		h, name, _ := strings.Cut(line, "  ")
		if sum(names[name]) != h {
			t.Errorf("%s: hash differs", name)
		}
	}
	if p1.Files != len(demo.EvidenceFiles()) || p1.Records == 0 || len(p1.Left) != 0 || p1.PDF {
		t.Errorf("packed %+v", p1)
	}
	// A changed file is left out, and said so.
	changed := filepath.Join(s.EvidenceDir(), demo.EvidenceFiles()[2].SHA256()+".txt")
	write(t, changed, read(t, changed)+"（改）")
	p3, err := s.WritePack(context.Background(), app.PackRequest{Path: filepath.Join(dir, "changed.zip"), NoPDF: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(p3.Left) != 1 || p3.Left[0].FileName != demo.EvidenceFiles()[2].Name || p3.Files != len(demo.EvidenceFiles())-1 {
		t.Errorf("with a changed file: %+v", p3)
	}
	// Changed without changing size: found by its hash while packing,
	// left out, and marked in the self-assessment in the pack.
	photo := filepath.Join(s.EvidenceDir(), demo.EvidenceFiles()[1].SHA256()+".png")
	data := []byte(read(t, photo))
	data[len(data)/2] ^= 0xff
	write(t, photo, string(data))
	p4, err := s.WritePack(context.Background(), app.PackRequest{Path: filepath.Join(dir, "changed2.zip"), NoPDF: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(p4.Left) != 2 || p4.Files != len(demo.EvidenceFiles())-2 {
		t.Fatalf("with a photo changed in place: %+v", p4)
	}
	zr4, err := zip.OpenReader(p4.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr4.Close()
	for _, f := range zr4.File {
		if strings.HasSuffix(f.Name, ".png") {
			t.Errorf("the changed photo went in as %s", f.Name)
		}
		if strings.HasPrefix(f.Name, "自评报告") {
			rc, _ := f.Open()
			html, _ := io.ReadAll(rc)
			rc.Close()
			if !strings.Contains(string(html), `<td class="late" data-k="A3.B2.C1">`) {
				t.Error("the self-assessment in the pack does not mark the changed photo's indicator")
			}
		}
	}
}

// TestEvidenceFilesAreChecked: check reports a file missing, one changed
// and one nothing refers to.
func TestEvidenceFilesAreChecked(t *testing.T) {
	t.Parallel()
	s := openDemoWithFiles(t)
	l := load(t, s)
	files := demo.EvidenceFiles()
	os.Remove(filepath.Join(s.EvidenceDir(), files[0].SHA256()+".pdf"))
	write(t, filepath.Join(s.EvidenceDir(), files[1].SHA256()+".png"), "not the photo")
	write(t, filepath.Join(s.EvidenceDir(), "stray.doc"), "x")
	c := app.CheckEvidenceFiles(s.Path(), l, true)
	if c.OK() || len(c.Missing) != 1 || len(c.Changed) != 1 || len(c.Unreferenced) != 1 || c.Unreferenced[0] != "stray.doc" {
		t.Fatalf("check: missing %d changed %d unreferenced %v", len(c.Missing), len(c.Changed), c.Unreferenced)
	}
	if c.Missing[0].FileName != files[0].Name || c.Changed[0].FileName != files[1].Name {
		t.Error("the wrong items were named")
	}
}

// TestHandoverCarriesTheEvidenceFiles: export --with-evidence bundles the
// files, and the import checks and restores them beside the new ledger;
// a plain export says how many stay behind.
func TestHandoverCarriesTheEvidenceFiles(t *testing.T) {
	t.Parallel()
	s := openDemoWithFiles(t)
	dir := t.TempDir()
	plain, err := s.ExportSnapshot(app.SnapshotExportRequest{Path: filepath.Join(dir, "plain.snapshot")})
	if err != nil {
		t.Fatal(err)
	}
	if plain.EvidenceLeft != len(demo.EvidenceFiles()) || plain.Bundle.Files != 0 {
		t.Errorf("plain export: left %d, bundled %d", plain.EvidenceLeft, plain.Bundle.Files)
	}
	full, err := s.ExportSnapshot(app.SnapshotExportRequest{Path: filepath.Join(dir, "full.snapshot"), WithEvidence: true})
	if err != nil {
		t.Fatal(err)
	}
	if full.EvidenceLeft != 0 || full.Bundle.Files != len(demo.EvidenceFiles()) {
		t.Errorf("full export: left %d, bundled %+v", full.EvidenceLeft, full.Bundle)
	}
	info, err := app.CheckFile(full.Path, nil, app.Options{})
	if err != nil || !info.Report.OK() {
		t.Fatalf("check of the snapshot: %v %+v", err, info)
	}
	// The next secretary's empty ledger in another folder.
	next, err := app.Open(filepath.Join(t.TempDir(), "secretary.db"), app.Options{Env: testEnv(t, t.TempDir())})
	if err != nil {
		t.Fatal(err)
	}
	defer next.Close()
	in, err := next.PrepareImport(full.Path, app.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if in.EvidenceFiles != len(demo.EvidenceFiles()) {
		t.Errorf("the preview says %d files", in.EvidenceFiles)
	}
	done, err := next.ApplyImport(in)
	if err != nil || done.EvidenceErr != nil || done.Evidence != len(demo.EvidenceFiles()) {
		t.Fatalf("apply: %v %+v", err, done)
	}
	l := load(t, next)
	if c := app.CheckEvidenceFiles(next.Path(), l, true); !c.OK() || c.Files != len(demo.EvidenceFiles()) || len(c.Unreferenced) != 0 {
		t.Errorf("after the import: missing %d changed %d files %d", len(c.Missing), len(c.Changed), c.Files)
	}
	// The ledger does not keep the bundle's space.
	fi, _ := os.Stat(next.Path())
	if fi.Size() > plain.Size*2 {
		t.Errorf("the ledger is %d bytes, the plain snapshot %d", fi.Size(), plain.Size)
	}
	// A damaged bundle refuses the import.
	data := []byte(read(t, full.Path))
	i := bytes.Index(data, []byte("Sample scan: notice"))
	if i < 0 {
		t.Fatal("the scanned notice is not in the snapshot")
	}
	data[i] = 's'
	bad := filepath.Join(dir, "bad.snapshot")
	write(t, bad, string(data))
	if _, err := next.PrepareImport(bad, app.ImportOptions{}); err == nil {
		t.Error("a snapshot with a damaged evidence file was accepted")
	}
}

// TestNothingIsWrittenIntoTheEvidenceFolder: its files are never
// changed, so no writer puts a file there, even with Force.
func TestNothingIsWrittenIntoTheEvidenceFolder(t *testing.T) {
	t.Parallel()
	s := openDemoWithFiles(t)
	inside := filepath.Join(s.EvidenceDir(), "pack.zip")
	_, err := s.WritePack(context.Background(), app.PackRequest{Path: inside, Force: true, NoPDF: true})
	if !errors.Is(err, app.ErrProtected) {
		t.Fatalf("a pack inside the evidence folder: %v", err)
	}
	if _, err := app.CheckOutput(filepath.Join(s.EvidenceDir(), demo.EvidenceFiles()[0].SHA256()+".pdf"), true, app.Guard{Ledger: s.Path()}); !errors.Is(err, app.ErrProtected) {
		t.Errorf("an evidence file could be replaced: %v", err)
	}
	if text := i18n.For(model.LangEn).Err(err); !strings.Contains(text, "evidence folder") {
		t.Errorf("message %q", text)
	}
}

// A record whose work is still to come (a task due next term) is dated,
// as evidence, the day it is filed: a binder catalogue never lists an
// item dated ahead of the day it is printed.
func TestEvidenceOfFutureWorkIsDatedTheDayItIsFiled(t *testing.T) {
	t.Parallel()
	s := openDemoWithFiles(t)
	l := load(t, s)
	today := s.Today()
	filed := map[model.RecordRef]bool{}
	for _, ev := range l.Evidence {
		filed[ev.Record] = true
	}
	var task model.Task
	for _, x := range l.Tasks {
		if x.DoneOn.IsZero() && x.Due > today && !filed[model.RecordRef{Entity: model.EntityTask, ID: x.ID}] {
			task = x
			break
		}
	}
	if task.ID == 0 {
		t.Fatal("the demo has no task due ahead")
	}
	ref := model.RecordRef{Entity: model.EntityTask, ID: task.ID}
	if _, err := s.LinkRecord(ref, []model.ID{l.Indicators[1].ID}); err != nil {
		t.Fatal(err)
	}
	for _, ev := range load(t, s).Evidence {
		if ev.Record == ref && ev.Date != today {
			t.Errorf("evidence of %s (due %s) is dated %s, want today %s", model.CodeOf(&task), task.Due, ev.Date, today)
		}
	}
}
