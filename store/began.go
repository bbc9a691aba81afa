package store

import (
	"time"

	bolt "go.etcd.io/bbolt"

	"secretary/model"
)

// The day a ledger began (model.Ledger.Began) lives in the meta bucket
// under keyBegan as an ISO date, so periods of the required work that
// ended before anyone kept the ledger are not counted as missed.
//
// Why the meta bucket, not the settings: the meta bucket is raw bytes
// that a program of the same schema reads key by key, so a ledger or a
// snapshot carrying the key still opens in a program built before it
// (the settings are CBOR decoded strictly: an unknown field there would
// read as damage). A snapshot is a copy of the file, so it carries the
// key; the content digest does not cover the meta bucket, so the key can
// be added without changing any snapshot's digest.
//
//   - A new ledger: the day it is made (initSchema).
//   - A ledger filled whole (the demo, test fixtures: Fill): the ledger's
//     own Began, stored empty when zero — unknown, every period counts.
//   - A ledger made before the key existed: the day of its first journal
//     entry, which for a ledger the program made is the day it was made
//     (the default obligations are that entry) or its first save; a
//     ledger filled whole by an older program (an old demo) is unknown.
//     Worked out on each load and never written, so opening a ledger
//     read-only or in an older program changes nothing.

// putBegan stores the day the ledger began; zero stores "unknown".
func putBegan(tx *bolt.Tx, d model.Date) error {
	return tx.Bucket(bucketMeta).Put(keyBegan, []byte(d.String()))
}

// beganTx reads the day the ledger began. A value that is not a date
// reads as unknown: it only decides how old periods are marked, and a
// ledger must open whatever it says.
func (s *Store) beganTx(tx *bolt.Tx) model.Date {
	if v := tx.Bucket(bucketMeta).Get(keyBegan); v != nil {
		var d model.Date
		if err := d.UnmarshalText(v); err != nil {
			return model.NoDate
		}
		return d
	}
	return s.firstEntryDay(tx)
}

// firstEntryDay is the civil day (in the clock's zone) of the journal's
// first entry, for a ledger made before keyBegan; NoDate when the
// journal is empty, the entry cannot be read, or it is an older Fill's
// (an import of a whole ledger: no changes, no file named), whose records
// may reach back before it.
func (s *Store) firstEntryDay(tx *bolt.Tx) model.Date {
	jb := tx.Bucket(bucketJournal)
	if jb == nil {
		return model.NoDate
	}
	k, v := jb.Cursor().First()
	if len(k) != 8 {
		return model.NoDate
	}
	var e model.JournalEntry
	if err := s.codec.decode(v, &e); err != nil || e.UnixMs == 0 {
		return model.NoDate
	}
	if e.Action == model.ActImport && len(e.Changes) == 0 && e.Parts == 0 && e.Title == "" {
		return model.NoDate
	}
	return model.DateOf(time.UnixMilli(e.UnixMs).In(s.opts.Clock.Now().Location()))
}
