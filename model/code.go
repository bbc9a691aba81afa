package model

import (
	"strconv"
	"strings"
)

// ID is a record's number within its kind, assigned by the store from a
// per-kind sequence. It never changes and is never reused.
type ID uint64

// Entity names a kind of record.
type Entity uint8

// The kinds of record in a ledger. The numbers are stored in the audit
// journal: never reorder.
const (
	EntityPlan Entity = 1 + iota
	EntityOwner
	EntityTask
	EntityActivity
	EntityAssessment
	EntityRectification
)

// Entities lists every kind of record, in the order the tabs show them.
func Entities() []Entity {
	return []Entity{EntityPlan, EntityOwner, EntityTask, EntityActivity, EntityAssessment, EntityRectification}
}

// entityInfo is read-only.
var entityInfo = [...]struct {
	prefix string
	label  Label
}{
	{},
	{"P", Label{"plan", "计划", "plan"}},
	{"O", Label{"owner", "责任人", "owner"}},
	{"T", Label{"task", "任务", "task"}},
	{"A", Label{"activity", "活动", "activity"}},
	{"E", Label{"assessment", "评估", "assessment"}},
	{"R", Label{"rectification", "整改", "rectification"}},
}

// Prefix is the letter of the entity's display codes: P, O, T, A, E, R.
func (e Entity) Prefix() string {
	if e == 0 || int(e) >= len(entityInfo) {
		return "?"
	}
	return entityInfo[e].prefix
}

// Code is the entity's stable ASCII name ("task").
func (e Entity) Code() string {
	if e == 0 || int(e) >= len(entityInfo) {
		return "unknown"
	}
	return entityInfo[e].label.Code
}

// Label is the entity's name in both languages.
func (e Entity) Label() Label {
	if int(e) >= len(entityInfo) {
		return Label{}
	}
	return entityInfo[e].label
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
	var ent Entity
	for _, e := range Entities() {
		if strings.HasPrefix(s, e.Prefix()) {
			ent = e
			break
		}
	}
	if ent == 0 {
		return 0, 0, false
	}
	num := strings.TrimPrefix(strings.TrimPrefix(s[1:], "-"), " ")
	n, err := strconv.ParseUint(num, 10, 64)
	if err != nil || n == 0 {
		return 0, 0, false
	}
	return ent, ID(n), true
}
