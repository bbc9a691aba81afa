package model

import (
	"strconv"
	"strings"
)

// ID is a record's number within its kind, assigned by the store from a
// per-kind sequence. It never changes and is never reused.
type ID uint64

// Entity names a kind of record. Each is declared once, in its
// kind_*.go file, and listed in kinds.go.
type Entity uint8

// The kinds of record in a ledger. The numbers are stored in the audit
// journal: never reorder, never reuse.
const (
	EntityPlan Entity = 1 + iota
	EntityOwner
	EntityTask
	EntityActivity
	EntityAssessment
	EntityRectification
	EntityMeeting
	EntityDecision
)

// EntityObligation is the required recurring work (规定动作). Numbers 7
// and 8 are the meetings' and their decisions' (issue 13).
const EntityObligation Entity = 9

// Prefix is the letter of the entity's display codes: P, O, T, A, E, R;
// "?" for an unknown entity.
func (e Entity) Prefix() string {
	if k := KindOf(e); k != nil {
		return k.prefix
	}
	return "?"
}

// Code is the entity's stable ASCII name ("task"); "unknown" for an
// unknown entity.
func (e Entity) Code() string {
	if k := KindOf(e); k != nil {
		return k.code
	}
	return "unknown"
}

// Label is the entity's name in a sentence, in both languages.
func (e Entity) Label() Label {
	if k := KindOf(e); k != nil {
		return k.Label()
	}
	return Label{}
}

// Code is a display code users can say aloud in a meeting: P-3, T-41.
func Code(e Entity, id ID) string {
	return e.Prefix() + "-" + strconv.FormatUint(uint64(id), 10)
}

// ParseCode reads a display code ("T-41", "t41", "Ｔ－41") back into its
// entity and ID.
func ParseCode(s string) (Entity, ID, bool) {
	s = strings.ToUpper(strings.TrimSpace(normalizeDateInput(s)))
	if len(s) < 2 {
		return 0, 0, false
	}
	var kind *Kind
	for _, k := range kinds.list {
		if strings.HasPrefix(s, k.prefix) {
			kind = k
			break
		}
	}
	if kind == nil {
		return 0, 0, false
	}
	num := strings.TrimPrefix(strings.TrimPrefix(s[len(kind.prefix):], "-"), " ")
	n, err := strconv.ParseUint(num, 10, 64)
	if err != nil || n == 0 {
		return 0, 0, false
	}
	return kind.entity, ID(n), true
}
