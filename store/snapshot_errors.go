package store

import (
	"errors"
	"fmt"
	"strings"

	"secretary/model"
)

// snapErr restates a store error about a (possibly temporary) file as a
// snapshot error about the file the user named.
func snapErr(err error, shown string) error {
	var se *Error
	if !errors.As(err, &se) {
		return newErr(KindIO, err, MsgSnapReadFailed, shown, model.Cause(err))
	}
	switch {
	case se.Msg.Key == MsgEmptyFile:
		return newErr(KindNotLedger, err, MsgSnapEmptyFile, shown)
	case se.Msg.Key == MsgTruncated:
		return newErr(KindDamaged, err, MsgSnapTruncated, shown)
	case se.Kind == KindNotLedger:
		return newErr(KindNotLedger, err, MsgSnapNotLedger, shown)
	case se.Kind == KindNewerSchema:
		return newErr(KindNewerSchema, err, MsgSnapNewer, append([]any{shown}, se.Msg.Args...)...)
	case se.Kind == KindDamaged:
		// The store names what is damaged as a message (a page, a
		// record); it is passed on as one, to be translated, never
		// printed as its catalogue key.
		var what any = model.M(MsgDamagePage)
		if len(se.Msg.Args) > 1 {
			what = se.Msg.Args[1]
		}
		return newErr(KindDamaged, err, MsgSnapCorrupt, shown, model.M(MsgCheckRecord, what), 1)
	case se.Kind == KindLocked:
		return se
	}
	return newErr(se.Kind, err, MsgSnapReadFailed, shown, se.Msg)
}

// refusal turns a failed check into the one error an import reports:
// damage when the file itself is broken, tampering when it is sound but
// disagrees with its manifest.
func refusal(rep *Report, shown string) error {
	if rep.OK() {
		return nil
	}
	var codes []string
	onlyText := true
	for _, p := range rep.Problems {
		switch p.Msg.Key {
		case MsgCheckBucket:
			return newErr(KindTampered, nil, MsgSnapUnknownBucket, shown, p.Msg.Args[0])
		case MsgCheckControl:
			if len(codes) < 8 {
				codes = append(codes, fmt.Sprint(p.Msg.Args[0]))
			}
		default:
			onlyText = false
		}
	}
	if onlyText && len(codes) > 0 {
		return newErr(KindUnsafeText, nil, MsgSnapControl, shown, strings.Join(codes, ", "), len(rep.Problems))
	}
	first := rep.Problems[0].Msg
	switch first.Key {
	case MsgSnapCountMismatch, MsgSnapDigestMismatch:
		return newErr(KindTampered, nil, MsgSnapTampered, shown, first)
	}
	return newErr(KindDamaged, nil, MsgSnapCorrupt, shown, first, len(rep.Problems))
}

// Messages for the user's own ledger (or one of its backups) failing a
// check: the advice is to restore a backup, never to ask anyone for it
// again. Args: path, first problem, number of problems / path.
const (
	MsgLedgerCorrupt   = "store.ledger_corrupt"
	MsgLedgerTruncated = "store.ledger_truncated"
)

// ownFileErr restates an error about a snapshot as one about the user's
// own ledger: the same finding, with the advice that fits a ledger.
func ownFileErr(err error) error {
	var se *Error
	if !errors.As(err, &se) || len(se.Msg.Args) == 0 {
		return err
	}
	path := se.Msg.Args[0]
	switch se.Msg.Key {
	case MsgSnapCorrupt:
		if len(se.Msg.Args) == 3 {
			return newErr(KindDamaged, se, MsgLedgerCorrupt, path, se.Msg.Args[1], se.Msg.Args[2])
		}
	case MsgSnapTruncated:
		return newErr(KindDamaged, se, MsgLedgerTruncated, path)
	}
	return err
}
