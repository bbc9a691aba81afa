package store

import (
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"

	"secretary/model"
)

// Message keys that say what is damaged and how. One of them is the
// second argument of store.damaged (Load, Get, undo) and the argument of
// check.record (Check), so a damaged file reads the same way wherever it
// is met: "secretary.db 已损坏：记录 T-41（校验码不符，内容已被改动）".
const (
	MsgDamageRecord   = "damage.record"   // args: code such as "T-41" (or bucket and key in hex), cause
	MsgDamageSettings = "damage.settings" // args: cause
	MsgDamageJournal  = "damage.journal"  // args: journal sequence number, cause
	MsgDamageUndo     = "damage.undo"     // args: cause; the undo or redo list
	MsgDamagePage     = "damage.page"     // the file's page structure; bbolt's own words stay in the cause
	MsgDamagePageAt   = "damage.page_at"  // args: page number; one page of the file
	MsgDamageBucket   = "damage.bucket"   // args: bucket name; a part of the ledger is missing
	MsgDamageKind     = "damage.kind"     // args: journal sequence number; it names an unknown kind of record

	MsgCauseChecksum = "damage.checksum" // the value's CRC does not match its bytes
	MsgCauseDecode   = "damage.decode"   // args: the decoder's message
	MsgCauseKey      = "damage.key"      // args: the code the value holds; it disagrees with its key
	MsgCauseMissing  = "damage.missing"  // a journal entry that should be there is not
)

// causeOf says why a stored value could not be read.
func causeOf(err error) model.Msg {
	if errors.Is(err, errDamaged) {
		return model.M(MsgCauseChecksum)
	}
	return model.M(MsgCauseDecode, oneLine(err.Error()))
}

// recordName is the display code of the record stored under key, or the
// bucket and key in hex when the key is not an ID.
func recordName(e model.Entity, key []byte) string {
	if id, ok := keyID(key); ok {
		return model.Code(e, id)
	}
	return fmt.Sprintf("%s %x", e.Code(), key)
}

// damaged is the error for damage found in the ledger.
func (s *Store) damaged(cause error, what model.Msg) *Error {
	return newErr(KindDamaged, cause, MsgDamaged, s.path, what)
}

// recordDamaged is the error for a record that cannot be read.
func (s *Store) recordDamaged(e model.Entity, key []byte, err error) *Error {
	return s.damaged(err, model.M(MsgDamageRecord, recordName(e, key), causeOf(err)))
}

// pageDamaged turns a panic of bbolt's while it walked the file into the
// damage it reports.
func (s *Store) pageDamaged(r any) *Error {
	return s.damaged(fmt.Errorf("bbolt: %v", r), model.M(MsgDamagePage))
}

// guardedView runs fn in a read transaction and reports a damaged page as
// a *Error instead of crashing: bbolt panics on a page that is not what
// its parent says, and reads outside the mapped file fault, which
// SetPanicOnFault turns into a panic too. Open uses it for its first
// reads, before the file's structure is known to be sound.
func (s *Store) guardedView(fn func(*bolt.Tx) error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = s.pageDamaged(r)
		}
	}()
	return s.db.View(fn)
}

// oneLine makes a library's message fit in the one line an error gets:
// whitespace folded, invalid UTF-8 dropped, at most 160 characters.
func oneLine(s string) string {
	s = strings.ToValidUTF8(strings.Join(strings.Fields(s), " "), "")
	if utf8.RuneCountInString(s) > 160 {
		s = string([]rune(s)[:160]) + "…"
	}
	return s
}
