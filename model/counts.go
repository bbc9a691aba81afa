package model

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// Counts is how many records of each kind a ledger (or an import, or a
// snapshot's manifest) holds. It is a value: comparable with ==.
type Counts struct {
	n [entityLimit]int
}

// NewCounts lists counts in tab order (Entities), for tests and literals.
func NewCounts(n ...int) Counts {
	var c Counts
	for i, e := range Entities() {
		if i < len(n) {
			c.Add(e, n[i])
		}
	}
	return c
}

// Total is the number of records of every kind.
func (c Counts) Total() int {
	t := 0
	for _, n := range c.n {
		t += n
	}
	return t
}

// Of is the count for one entity; 0 for an unknown one.
func (c Counts) Of(e Entity) int {
	if KindOf(e) == nil {
		return 0
	}
	return c.n[e]
}

// Add increments the count for one entity; unknown entities are ignored.
func (c *Counts) Add(e Entity, n int) {
	if KindOf(e) != nil {
		c.n[e] += n
	}
}

// String lists the counts by kind: "plans:3 owners:3 …".
func (c Counts) String() string {
	parts := make([]string, 0, len(kinds.list))
	for _, k := range kinds.list {
		parts = append(parts, k.plural+":"+strconv.Itoa(c.n[k.entity]))
	}
	return strings.Join(parts, " ")
}

// MarshalJSON writes {"plans":N,"owners":N,…}: every kind, in tab order,
// keyed by its plural.
func (c Counts) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, k := range kinds.list {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Quote(k.plural) + ":" + strconv.Itoa(c.n[k.entity]))
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// UnmarshalJSON reads what MarshalJSON writes. A kind the JSON does not
// name counts 0 (written before the kind existed); a name no kind has is
// refused.
func (c *Counts) UnmarshalJSON(data []byte) error {
	var m map[string]int
	if err := json.Unmarshal(data, &m); err != nil {
		return err
	}
	var out Counts
	for name, n := range m {
		k := kindByPlural(name)
		if k == nil {
			return fmt.Errorf("counts: no kind of record is called %q", name)
		}
		out.n[k.entity] = n
	}
	*c = out
	return nil
}

func kindByPlural(name string) *Kind {
	for _, k := range kinds.list {
		if k.plural == name {
			return k
		}
	}
	return nil
}
