package store_test

import (
	"encoding/binary"
	"hash/crc32"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/fxamacker/cbor/v2"
	bolt "go.etcd.io/bbolt"

	"secretary/internal/sanitize"
	"secretary/model"
	"secretary/store"
	"secretary/store/storetest"
)

// plant rewrites stored values by hand, the way a hostile sender (or an
// older program) could have written them: fn gets each value's bucket,
// key and decoded form in v (a pointer of the bucket's kind) and reports
// whether it changed it.
func plant(t *testing.T, path string, bucket string, key []byte, v any, fn func()) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{PageSize: store.PageSize})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	enc, _ := cbor.CoreDetEncOptions().EncMode()
	err = db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte(bucket))
		if err := cbor.Unmarshal(b.Get(key)[4:], v); err != nil {
			return err
		}
		fn()
		p, err := enc.Marshal(v)
		if err != nil {
			return err
		}
		return b.Put(key, append(binary.BigEndian.AppendUint32(nil, crc32.Checksum(p, crc32.MakeTable(crc32.Castagnoli))), p...))
	})
	if err != nil {
		t.Fatal(err)
	}
}

func key(id model.ID) []byte { return binary.BigEndian.AppendUint64(nil, uint64(id)) }

// hostileTitle changes a terminal's title and writes its clipboard (OSC
// 52) when printed raw, and hides a reversed extension with U+202E.
const hostileTitle = "讲座\x1b]0;pwned\x07\x1b]52;c;ZXZpbA==\x07\u202egpj.exe"

func TestCheckNamesRecordsHoldingControlCharacters(t *testing.T) {
	t.Parallel()
	s, l := storetest.Demo(t, 0)
	path := s.Path()
	task, owner := l.Tasks[0].ID, l.Owners[1].ID
	s.Close()
	var tk model.Task
	plant(t, path, "tasks", key(task), &tk, func() { tk.Title = hostileTitle })
	var o model.Owner
	plant(t, path, "owners", key(owner), &o, func() { o.Notes = "备注\u0085\u009b2J" })
	var set model.Settings
	plant(t, path, "settings", []byte("settings"), &set, func() { set.School = "阳光\u2066中学" })

	s = storetest.OpenAt(t, path, storetest.Options())
	rep, err := s.Check()
	if err != nil {
		t.Fatal(err)
	}
	var found []string
	for _, p := range rep.Problems {
		if p.Msg.Key == store.MsgCheckControl {
			found = append(found, fmtMsg(p.Msg))
		}
	}
	all := strings.Join(found, "\n")
	for _, want := range []string{model.Code(model.EntityTask, task), model.Code(model.EntityOwner, owner), "settings", "U+001B", "U+0085", "U+2066"} {
		if !strings.Contains(all, want) {
			t.Errorf("check does not name %s:\n%s", want, all)
		}
	}
	if len(found) != 3 {
		t.Errorf("%d findings, want 3:\n%s", len(found), all)
	}
	// Loaded, the records show no control character.
	nl, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	got := nl.Task(task).Title
	if strings.ContainsAny(got, "\x1b\x07\u202e") || !strings.HasPrefix(got, "讲座") {
		t.Errorf("loaded title %q", got)
	}
	if nl.Settings.School != "阳光中学" {
		t.Errorf("loaded school %q", nl.Settings.School)
	}
	// Saving the record once stores it clean, and check passes again.
	tk2 := *nl.Task(task)
	tk2.Notes = "edited"
	if _, err := s.Update(&tk2); err != nil {
		t.Fatal(err)
	}
	rep, _ = s.Check()
	for _, p := range rep.Problems {
		if p.Msg.Key == store.MsgCheckControl && strings.Contains(fmtMsg(p.Msg), model.Code(model.EntityTask, task)) {
			t.Errorf("still reported after saving: %s", fmtMsg(p.Msg))
		}
	}
}

// A snapshot whose records carry control characters is refused, naming
// them; so is one with a bucket this program never writes, and one whose
// manifest strings carry control characters.
func TestSnapshotsCarryingHostileTextAreRefused(t *testing.T) {
	t.Parallel()
	cases := map[string]struct {
		plant   func(t *testing.T, out string, l *model.Ledger)
		key     string
		mention string
	}{
		"record": {func(t *testing.T, out string, l *model.Ledger) {
			var tk model.Task
			plant(t, out, "tasks", key(l.Tasks[2].ID), &tk, func() { tk.Title = hostileTitle })
		}, store.MsgSnapControl, model.Code(model.EntityTask, 3)},
		"bucket": {func(t *testing.T, out string, _ *model.Ledger) {
			db, _ := bolt.Open(out, 0o600, nil)
			db.Update(func(tx *bolt.Tx) error {
				b, _ := tx.CreateBucket([]byte("payload\x1b[2J"))
				return b.Put([]byte("k"), []byte("v"))
			})
			db.Close()
		}, store.MsgSnapUnknownBucket, `payload\x1b[2J`},
		"manifest": {func(t *testing.T, out string, _ *model.Ledger) {
			var w struct {
				Format   int       `cbor:"1,keyasint,omitempty"`
				UnixMs   int64     `cbor:"2,keyasint,omitempty"`
				Version  string    `cbor:"3,keyasint,omitempty"`
				Source   string    `cbor:"4,keyasint,omitempty"`
				Schema   int       `cbor:"5,keyasint,omitempty"`
				Counts   []int     `cbor:"6,keyasint,omitempty"`
				Digest   []byte    `cbor:"7,keyasint,omitempty"`
				Settings [3]string `cbor:"8,keyasint,omitempty"`
			}
			plant(t, out, "snapshot", []byte("manifest"), &w, func() { w.Settings[1] = "学校\x1b]0;x\x07" })
		}, store.MsgSnapCorrupt, "school"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			out, _, l := exportDemo(t, 0, false)
			c.plant(t, out, l)
			recv := storetest.Open(t)
			before := fileSum(t, recv.Path())
			_, err := recv.PrepareImport(out, store.ImportOptions{})
			if err == nil {
				t.Fatal("imported")
			}
			if got := errKey(err); got != c.key {
				t.Fatalf("refused with %s: %s", got, fmtErr(err))
			}
			msg := fmtErr(err)
			if !strings.Contains(msg, c.mention) || strings.ContainsAny(msg, "\x1b\x07") {
				t.Errorf("message %q does not name %q, or carries control characters", msg, c.mention)
			}
			t.Log(msg)
			if left := tempLeftovers(t, filepath.Dir(recv.Path())); len(left) > 0 {
				t.Errorf("left %v", left)
			}
			recv.Close()
			if fileSum(t, recv.Path()) != before {
				t.Error("the ledger changed")
			}
		})
	}
}

// Whatever way a record comes in (a form, the command line, a sheet
// import, a caller that forgot to normalise a field), every text is
// stored clean: every string of a record of each kind is set to a hostile
// one and saved, and check finds nothing.
func TestNoRecordIsStoredWithAControlCharacter(t *testing.T) {
	t.Parallel()
	s, l := storetest.Demo(t, 0)
	// The first record of every kind the registry holds, the kinds the
	// group's year brought too.
	var recs []model.Record
	for _, e := range model.Entities() {
		k := model.KindOf(e)
		if k.Len(l) == 0 {
			t.Fatalf("the demo has no %s", e.Code())
		}
		recs = append(recs, k.Clone(k.At(l, 0)))
	}
	for _, r := range recs {
		set := 0
		sanitize.NewWalker(reflect.TypeOf(r)).Each(reflect.ValueOf(r), func(v reflect.Value) {
			if v.CanSet() && v.String() != "" {
				v.SetString("甲\x1b[31m乙\u202e丙\u0085")
				set++
			}
		})
		if set == 0 {
			t.Fatalf("%s has no text to set", model.CodeOf(r))
		}
		if _, err := s.Update(r); err != nil {
			t.Fatalf("%s: %v", model.CodeOf(r), fmtErr(err))
		}
	}
	rep, err := s.Check()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range rep.Problems {
		t.Errorf("check: %s", fmtMsg(p.Msg))
	}
}
