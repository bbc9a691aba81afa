package store

import (
	"errors"
	"fmt"

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
		cause := "?"
		if len(se.Msg.Args) > 1 {
			cause = fmt.Sprint(se.Msg.Args[1])
		}
		return newErr(KindDamaged, err, MsgSnapCorrupt, shown, model.M(MsgCheckRecord, "-", "-", cause), 1)
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
	first := rep.Problems[0].Msg
	switch first.Key {
	case MsgSnapCountMismatch, MsgSnapDigestMismatch:
		return newErr(KindTampered, nil, MsgSnapTampered, shown, first)
	}
	return newErr(KindDamaged, nil, MsgSnapCorrupt, shown, first, len(rep.Problems))
}
