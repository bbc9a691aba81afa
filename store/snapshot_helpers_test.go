package store_test

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"secretary/model"
	"secretary/store"
	"secretary/store/storetest"
)

// testPass is a passphrase with Chinese, mixed case and an emoji; tests
// encrypt with a low scrypt cost so they stay fast.
const testPass = "交接口令 Handover-2026 🔐"

func cryptOpts(pass string) store.CryptOptions {
	return store.CryptOptions{Passphrase: func() (string, error) { return pass, nil }, MaxWorkFactor: 12}
}

func exportOpts(encrypt bool) store.ExportOptions {
	if !encrypt {
		return store.ExportOptions{}
	}
	return store.ExportOptions{Encrypt: true, Passphrase: testPass, WorkFactor: 4}
}

// exportDemo writes the demo ledger's snapshot and returns it, the source
// store and the source's records.
func exportDemo(t testing.TB, size int, encrypt bool) (string, *store.Store, *model.Ledger) {
	t.Helper()
	s, l := storetest.Demo(t, size)
	out := filepath.Join(t.TempDir(), "handover", "交接.snapshot")
	if _, err := s.Export(out, exportOpts(encrypt)); err != nil {
		t.Fatalf("export: %v", err)
	}
	return out, s, l
}

// fileSum is the SHA-256 of a file's bytes.
func fileSum(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// sameRecords fails unless two ledgers hold equal records and settings.
func sameRecords(t testing.TB, want, got *model.Ledger) {
	t.Helper()
	pairs := []struct {
		name      string
		want, got any
	}{
		{"settings", want.Settings, got.Settings},
		{"plans", want.Plans, got.Plans},
		{"owners", want.Owners, got.Owners},
		{"tasks", want.Tasks, got.Tasks},
		{"activities", want.Activities, got.Activities},
		{"assessments", want.Assessments, got.Assessments},
		{"rectifications", want.Rectifications, got.Rectifications},
	}
	for _, p := range pairs {
		if !reflect.DeepEqual(p.want, p.got) {
			t.Errorf("%s differ after the round trip", p.name)
		}
	}
	if want.Counts().Total() == 0 || want.Counts() != got.Counts() {
		t.Errorf("counts: want %+v, got %+v", want.Counts(), got.Counts())
	}
}

// tempLeftovers lists the dot-files ending in .tmp in a folder: what an
// interrupted write would leave.
func tempLeftovers(t testing.TB, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			out = append(out, e.Name())
		}
	}
	return out
}

// errKey is the message key of a store error, "" for others.
func errKey(err error) string {
	if m, ok := model.AsUserMsg(err); ok {
		return string(m.Key)
	}
	return ""
}
