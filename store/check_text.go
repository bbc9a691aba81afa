package store

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	bolt "go.etcd.io/bbolt"

	"secretary/internal/sanitize"
	"secretary/model"
)

// Check findings about text and buckets (issue 10: nothing that acts on a
// terminal gets into a record).
const (
	MsgCheckControl = "check.control"        // args: record code (or the settings), U+XXXX
	MsgCheckBucket  = "check.unknown_bucket" // args: bucket name (shown safely)
)

// checkTexts reports every record, and the settings, holding a character
// the sanitising rule (internal/sanitize) removes: stored before the rule,
// or written into the file by something other than this program. Load
// shows such records without those characters; saving one again stores
// it clean.
func (s *Store) checkTexts(tx *bolt.Tx, rep *Report, all []model.Record) {
	walkers := map[reflect.Type]*sanitize.Walker{}
	for _, r := range all {
		t := reflect.TypeOf(r)
		w := walkers[t]
		if w == nil {
			w = sanitize.NewWalker(t)
			walkers[t] = w
		}
		if bad, ok := w.First(r); ok {
			rep.add(MsgCheckControl, model.CodeOf(r), runeName(bad))
		}
	}
	if sb := tx.Bucket(bucketSettings); sb != nil {
		var set model.Settings
		if v := sb.Get(keySetting); v != nil && s.codec.decode(v, &set) == nil {
			if bad, ok := sanitize.NewWalker(reflect.TypeFor[model.Settings]()).First(&set); ok {
				rep.add(MsgCheckControl, model.M(MsgTheSettings), runeName(bad))
			}
		}
	}
}

// checkBuckets reports top-level buckets this program does not make: a
// snapshot carrying one would bring data nobody can see or check into the
// receiver's ledger.
func checkBuckets(tx *bolt.Tx, rep *Report) {
	known := map[string]bool{string(bucketSnapshot): true}
	for _, b := range allBuckets() {
		known[string(b)] = true
	}
	_ = tx.ForEach(func(name []byte, _ *bolt.Bucket) error {
		if !known[string(name)] {
			rep.add(MsgCheckBucket, safeName(name))
		}
		return nil
	})
}

// runeName is a character as U+XXXX.
func runeName(r rune) string { return fmt.Sprintf("U+%04X", r) }

// safeName shows a name read from a file with anything but printable
// characters escaped, and at most 64 bytes of it.
func safeName(b []byte) string {
	s := string(b[:min(len(b), 64)])
	if sanitize.Clean(s) && !strings.ContainsAny(s, "\t\n") {
		return s
	}
	q := strconv.Quote(s)
	return q[1 : len(q)-1]
}
