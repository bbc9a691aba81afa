package store_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"filippo.io/age"

	"secretary/internal/i18n"
	"secretary/model"
	"secretary/store"
	"secretary/store/storetest"
)

// keyPattern matches a catalogue key as it appears when a message is
// printed instead of translated: "store.damaged(", "damage.page_at".
func keyPattern() *regexp.Regexp {
	prefixes := map[string]bool{}
	for k := range i18n.Catalog() {
		if p, _, ok := strings.Cut(string(k), "."); ok {
			prefixes[regexp.QuoteMeta(p)] = true
		}
	}
	var list []string
	for p := range prefixes {
		list = append(list, p)
	}
	sort.Strings(list)
	return regexp.MustCompile(`\b(` + strings.Join(list, "|") + `)\.[a-z_]+[a-z_.]*\b`)
}

// Every error a store or snapshot path can reach here, and every problem
// a check reports, reads as a translated sentence in both languages:
// never a catalogue key ("store.damaged(…, damage.page_at(7))"). Damage
// to the user's own ledger is told to restore a backup, never to ask for
// it again; damage to a received file is told to ask again, never to
// restore a backup.
func TestNoErrorPathPrintsACatalogueKey(t *testing.T) {
	t.Parallel()
	keys := keyPattern()
	dir := t.TempDir()
	type outcome struct {
		name string
		err  error
		rep  *store.Report
		own  *bool // nil: either advice may fit
	}
	yes, no := true, false
	var cases []outcome
	add := func(name string, err error, rep *store.Report, own *bool) {
		cases = append(cases, outcome{name, err, rep, own})
	}
	checkAll := func(name, path string, own *bool) {
		ro := storetest.Options()
		ro.ReadOnly = true
		_, err := store.Open(path, ro)
		add(name+"/open", err, nil, nil)
		rep, err := store.CheckFile(path, storetest.Options())
		add(name+"/checkfile", err, rep, nil)
		info, err := store.CheckSnapshot(path, store.ReadOptions{Store: storetest.Options()})
		var r *store.Report
		if info != nil {
			r = info.Report
		}
		add(name+"/check", err, r, own)
		_, _, err = store.LoadSnapshot(path, store.ReadOptions{Store: storetest.Options()})
		add(name+"/load", err, nil, own)
		recv := storetest.OpenAt(t, filepath.Join(t.TempDir(), "recv.db"), storetest.Options())
		_, err = recv.PrepareImport(path, store.ImportOptions{Crypt: cryptOpts(testPass)})
		add(name+"/import", err, nil, &no)
		recv.Close()
	}

	// A ledger with a zeroed page, with backups beside it (the user's own).
	own := storetest.DemoFile(t, 0)
	if s, err := store.Open(own, backupOptions()); err == nil {
		s.Backup()
		s.Close()
	}
	off := findOnly(t, own, []byte("心理辅导中心标准化建设"))
	patchFile(t, own, off/store.PageSize*store.PageSize, make([]byte, store.PageSize))
	checkAll("zeroed-own", own, &yes)
	// The same damage in a file received (no backups of its own).
	recvd := filepath.Join(dir, "received.snapshot")
	copyBytes(t, own, recvd)
	checkAll("zeroed-received", recvd, &no)
	// Cut short.
	cut := filepath.Join(dir, "cut.snapshot")
	data, _ := os.ReadFile(storetest.DemoFile(t, 0))
	os.WriteFile(cut, data[:len(data)/2], 0o600)
	checkAll("truncated", cut, nil)
	// Not a ledger, empty, a folder, missing.
	notLedger := filepath.Join(dir, "notes.txt")
	os.WriteFile(notLedger, bytes.Repeat([]byte("不是台账 "), 2000), 0o600)
	checkAll("not-ledger", notLedger, nil)
	empty := filepath.Join(dir, "empty.snapshot")
	os.WriteFile(empty, nil, 0o600)
	checkAll("empty", empty, nil)
	checkAll("missing", filepath.Join(dir, "missing.snapshot"), nil)
	// A flipped byte in a record.
	flipped := storetest.DemoFile(t, 0)
	o := findOnly(t, flipped, []byte("心理辅导中心标准化建设"))
	patchFile(t, flipped, o+1, []byte{0x00})
	checkAll("flipped", flipped, nil)
	// Encrypted: wrong passphrase, and one made for an X25519 key.
	enc, _, _ := exportDemo(t, 0, true)
	recv := storetest.Open(t)
	_, err := recv.PrepareImport(enc, store.ImportOptions{Crypt: cryptOpts("not the passphrase")})
	add("wrong-passphrase", err, nil, nil)
	keyFile := filepath.Join(dir, "x25519-handover.snapshot")
	x, _ := age.GenerateX25519Identity()
	f, _ := os.Create(keyFile)
	w, _ := age.Encrypt(f, x.Recipient())
	w.Write(data)
	w.Close()
	f.Close()
	_, err = recv.PrepareImport(keyFile, store.ImportOptions{Crypt: cryptOpts(testPass)})
	add("x25519", err, nil, nil)
	if errKey(err) != store.MsgSnapKeyFile || !strings.Contains(fmtErr(err), "X25519") {
		t.Errorf("an X25519 file: %s", fmtErr(err))
	}
	// Hostile text.
	hostile, _, l := exportDemo(t, 0, false)
	var tk model.Task
	plant(t, hostile, "tasks", key(l.Tasks[0].ID), &tk, func() { tk.Title = hostileTitle })
	checkAll("hostile", hostile, nil)
	// No home; an unwritable backups folder.
	add("no-home", store.ResolvePath("", store.Env{Getenv: func(string) string { return "" }, GOOS: "linux"}).Err, nil, nil)
	blocked := storetest.DemoFile(t, 0)
	os.WriteFile(store.BackupDir(blocked), nil, 0o600)
	add("backups-blocked", store.CheckBackupDir(blocked), nil, nil)

	seen := 0
	for _, c := range cases {
		for _, lang := range []model.Lang{model.LangZh, model.LangEn} {
			tr := i18n.New(lang)
			var texts []string
			if c.err != nil {
				texts = append(texts, tr.Err(c.err))
			}
			if c.rep != nil {
				for _, p := range c.rep.Problems {
					texts = append(texts, tr.Msg(p.Msg))
				}
			}
			for _, text := range texts {
				seen++
				if m := keys.FindString(text); m != "" {
					t.Errorf("%s (%s) prints the key %q: %s", c.name, lang, m, text)
				}
				if strings.Contains(text, "Something went wrong") || strings.Contains(text, "出错了") {
					t.Errorf("%s (%s) is not explained: %s", c.name, lang, text)
				}
				if lang == model.LangEn && c.err != nil && c.own != nil && isDamage(c.err) {
					restore, again := strings.Contains(text, "Restore a backup") || strings.Contains(text, "restore a backup"), strings.Contains(text, "Ask for it again") || strings.Contains(text, "ask for it again")
					if *c.own && (!restore || again) {
						t.Errorf("%s: the user's own ledger gets the wrong advice: %s", c.name, text)
					}
					if !*c.own && (restore || !again) {
						t.Errorf("%s: a received file gets the wrong advice: %s", c.name, text)
					}
				}
			}
		}
	}
	if seen < 40 {
		t.Fatalf("only %d messages checked", seen)
	}
}

// isDamage reports an error about a damaged or cut-off file, where the
// advice depends on whose file it is.
func isDamage(err error) bool {
	switch errKey(err) {
	case store.MsgSnapCorrupt, store.MsgSnapTruncated, store.MsgLedgerCorrupt, store.MsgLedgerTruncated, store.MsgDamaged:
		return true
	}
	return false
}
