package store

import (
	"errors"
	"fmt"

	"secretary/internal/i18n"
	"secretary/model"
)

// ErrNotFound is wrapped by every "no such record" error, so callers can
// test with errors.Is.
var ErrNotFound = errors.New("record not found")

// Message keys of store errors; internal/i18n translates them.
const (
	MsgBusy         = "store.busy"           // args: path; another window holds the lock past the wait
	MsgChanged      = "store.changed"        // args: code of the record changed in another window, or MsgTheSettings
	MsgStale        = "store.stale"          // args: path; the ledger changed in another window since the caller looked
	MsgReplaced     = "store.replaced"       // args: path; the file was replaced (an import) since the caller looked
	MsgReopen       = "store.reopen"         // args: path; replaced by an older program's file: open it again to update it
	MsgGone         = "store.gone"           // args: path; the file was moved or deleted while open
	MsgNewerSchema  = "store.newer_schema"   // args: found version, supported version
	MsgNotLedger    = "store.not_ledger"     // args: path
	MsgEmptyFile    = "store.empty_file"     // args: path
	MsgTruncated    = "store.truncated"      // args: path, size, expected size
	MsgDamaged      = "store.damaged"        // args: path, first problem
	MsgReadOnly     = "store.read_only"      // args: path
	MsgNotFound     = "store.not_found"      // args: code
	MsgInUse        = "store.in_use"         // args: code, title, list of "N 任务", the first few of them (MsgInUseRecord, MsgInUseMore)
	MsgInUseRecord  = "store.in_use.record"  // args: code, title
	MsgInUseMore    = "store.in_use.more"    // args: how many more
	MsgFindingInUse = "store.finding_in_use" // args: finding number, count
	MsgNothingUndo  = "store.nothing_undo"
	MsgNothingRedo  = "store.nothing_redo"
	MsgStepConflict = "store.step_conflict" // args: code of the record changed since, or MsgTheSettings
	MsgTheSettings  = "store.the_settings"  // "the ledger settings", where a record code would stand
	MsgNoLedger     = "store.no_ledger"     // args: path
	MsgIO           = "store.io"            // args: path, cause
	MsgNoFolder     = "store.no_folder"     // args: folder, cause
	MsgBackupFailed = "store.backup_failed" // args: folder, cause
)

// Error is a store error with a translatable message. Kind tells callers
// what happened without parsing text; Cause keeps the underlying error.
type Error struct {
	Kind  ErrorKind
	Msg   model.Msg
	Cause error
}

// ErrorKind classifies store errors.
type ErrorKind uint8

// Error kinds.
const (
	KindLocked ErrorKind = 1 + iota // the ledger is busy in another window (MsgBusy)
	KindNewerSchema
	KindNotLedger
	KindDamaged
	KindReadOnly
	KindNotFound
	KindInUse
	KindNothing
	KindIO
	// KindChanged refuses a write made against an out-of-date view of the
	// ledger: another window changed the same record, made the step an
	// undo would take back, or replaced the file. Nothing was written;
	// the caller reads the ledger again (Refresh) and the user retries.
	KindChanged
)

func (e *Error) Error() string {
	if e.Cause != nil {
		return fmt.Sprintf("%s: %v", e.Msg, e.Cause)
	}
	return e.Msg.String()
}

// UserMsg is the translatable message.
func (e *Error) UserMsg() model.Msg { return e.Msg }

// Unwrap exposes the cause.
func (e *Error) Unwrap() error { return e.Cause }

// Is lets errors.Is(err, ErrNotFound) match not-found errors, and
// errors.Is(err, KindLocked) (any kind) match a store error of that kind.
func (e *Error) Is(target error) bool {
	if k, ok := target.(ErrorKind); ok {
		return e.Kind == k
	}
	return target == ErrNotFound && e.Kind == KindNotFound
}

// Error makes a kind an errors.Is target, so the layers above can name a
// kind (app re-exports them as constants) without knowing this package's
// error type.
func (k ErrorKind) Error() string { return fmt.Sprintf("store error kind %d", k) }

func newErr(kind ErrorKind, cause error, key i18n.Key, args ...any) *Error {
	return &Error{Kind: kind, Msg: model.M(key, args...), Cause: cause}
}

// IsKind reports whether err is a store error of the kind.
func IsKind(err error, kind ErrorKind) bool {
	var e *Error
	return errors.As(err, &e) && e.Kind == kind
}

func notFound(e model.Entity, id model.ID) error {
	return newErr(KindNotFound, nil, MsgNotFound, model.Code(e, id))
}
