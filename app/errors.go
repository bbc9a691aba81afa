package app

import (
	"fmt"

	"secretary/internal/i18n"
	"secretary/model"
	"secretary/store"
)

// Kinds of failure a front end acts on — ask for the passphrase again,
// offer to overwrite, say the ledger is busy in another window. Test
// with errors.Is(err, app.ErrLocked). Every error app returns also
// carries a translatable message (i18n.UserError): show it with
// Translator.Err; the kinds only choose what to do next.
const (
	ErrLocked = store.KindLocked // the ledger is busy in another window (for longer than the wait)
	// ErrChanged: another window changed what this write would overwrite
	// (the same record, the step an undo takes back, the ledger an import
	// previewed) or replaced the file, since the last Load. Nothing was
	// written; Load again, keep the user's input, let them retry.
	ErrChanged         = store.KindChanged
	ErrNewerSchema     = store.KindNewerSchema     // made by a newer version of the program
	ErrNotLedger       = store.KindNotLedger       // not a ledger or snapshot at all (or empty)
	ErrDamaged         = store.KindDamaged         // a ledger or snapshot that is damaged
	ErrReadOnly        = store.KindReadOnly        // the ledger is open for reading only
	ErrNotFound        = store.KindNotFound        // no such record
	ErrInUse           = store.KindInUse           // other records still point at it
	ErrNothing         = store.KindNothing         // nothing to undo or redo
	ErrIO              = store.KindIO              // the file system said no (missing, no permission, disk full)
	ErrWrongPassphrase = store.KindWrongPassphrase // the passphrase does not open the file
	ErrNeedPassphrase  = store.KindNeedPassphrase  // the file is encrypted and no passphrase was given
	ErrTampered        = store.KindTampered        // a snapshot that disagrees with its manifest
	ErrEmpty           = store.KindEmpty           // a snapshot with no records
	// ErrExists: the file to write exists (or is a link). Nothing was
	// written; call again with Force when the user says to replace it
	// (--force, or yes to the TUI's question).
	ErrExists = store.KindExists
)

// Kinds app itself adds to the store's.
const (
	// ErrProtected: the file to write is the open ledger, inside its
	// backups folder, or the file being read. It is refused even with
	// Force; the message names the reason.
	ErrProtected Kind = 1 + iota
	// ErrIsFolder: a file name was needed and a folder was given.
	ErrIsFolder
	// ErrUnknownSetting: no setting has that name.
	ErrUnknownSetting
)

// Kind is a kind of failure app reports itself; like the store's kinds it
// is an errors.Is target.
type Kind uint8

func (k Kind) Error() string { return fmt.Sprintf("app error kind %d", k) }

// Message keys of app's own errors and results; internal/i18n
// translates them.
const (
	MsgClosed         = "app.closed"          // args: ledger path
	MsgExists         = "app.file_exists"     // args: path
	MsgLink           = "app.file_link"       // args: path, where it points
	MsgIsLedger       = "app.file_is_ledger"  // args: path, ledger path
	MsgInBackups      = "app.file_in_backups" // args: path, backups folder
	MsgIsInput        = "app.file_is_input"   // args: path
	MsgIsFolder       = "app.file_is_folder"  // args: path
	MsgWriteFailed    = "app.write_failed"    // args: path, cause
	MsgUnknownSetting = "app.unknown_setting" // args: name, the names there are
	MsgNothingToDo    = "app.nothing_to_publish"
	MsgDemoExists     = "app.demo_exists" // args: path
)

// Reason is why a file may not be written.
type Reason uint8

// Why CheckOutput refused.
const (
	ReasonExists  Reason = 1 + iota // an existing file: replace it only with Force
	ReasonLink                      // a symbolic link: with Force its target is written, the link kept
	ReasonLedger                    // the open ledger itself
	ReasonBackups                   // inside the ledger's backups folder
	ReasonInput                     // the file the same command reads
	ReasonFolder                    // a folder, where a file name is needed
)

// FileError is a refusal to write a file the user named. errors.Is
// tells the front end what to do: ErrExists (ask, then call again with
// Force), ErrProtected (say why; never offered), ErrIsFolder.
type FileError struct {
	Path   string // the file as named
	Reason Reason
	// Other is the second name the message needs: where a link points,
	// the ledger, or its backups folder.
	Other string
}

func (e *FileError) Error() string { return e.UserMsg().String() }

// UserMsg is the translatable message.
func (e *FileError) UserMsg() model.Msg {
	switch e.Reason {
	case ReasonLink:
		return model.M(MsgLink, e.Path, e.Other)
	case ReasonLedger:
		return model.M(MsgIsLedger, e.Path, e.Other)
	case ReasonBackups:
		return model.M(MsgInBackups, e.Path, e.Other)
	case ReasonInput:
		return model.M(MsgIsInput, e.Path)
	case ReasonFolder:
		return model.M(MsgIsFolder, e.Path)
	}
	return model.M(MsgExists, e.Path)
}

// Is matches the kind of the refusal.
func (e *FileError) Is(target error) bool {
	switch e.Reason {
	case ReasonExists, ReasonLink:
		return target == error(ErrExists)
	case ReasonFolder:
		return target == error(ErrIsFolder)
	}
	return target == error(ErrProtected)
}

// kindError is a translatable error of one kind (app's or the store's).
type kindError struct {
	kind error
	msg  model.Msg
}

func (e *kindError) Error() string        { return e.msg.String() }
func (e *kindError) UserMsg() model.Msg   { return e.msg }
func (e *kindError) Is(target error) bool { return target == e.kind }
func kindErr(k error, key i18n.Key, args ...any) error {
	return &kindError{kind: k, msg: model.M(key, args...)}
}
