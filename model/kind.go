package model

import (
	"fmt"
	"reflect"
	"sort"

	"secretary/internal/i18n"
)

// Kind is one kind of record, declared once in its kind_*.go file and
// listed in kinds.go. Everything that iterates kinds (the ledger, diffs,
// the store's buckets and references, the sheets) reads it, so a new kind
// needs a declaration, not an edit to a dozen switches.
type Kind struct {
	entity Entity
	prefix string
	code   string
	plural string
	fields []fieldSpec

	// targets are the kinds this kind's references can point at, and
	// referrers the kinds that can point at this one (filled in by the
	// registry): both derived from the reference fields.
	targets   []Entity
	referrers []Entity

	ops kindOps

	checkLinks func(r Record, others Records) []LinkProblem
	partsInUse func(before, after Record, others Records) ([]PartInUse, error)
	defaults   func(r Record, others Records)
	saveRules  func(r Record, others Records, today Date) []FieldError
	warnings   func(after, before Record, c *Checker) []Warning
}

// kindSpec is a kind's declaration: everything the program needs to know
// about records of type T. Only Entity, Prefix, Code, Plural, Slice and
// Fields are required.
type kindSpec[T any, P recordPtr[T]] struct {
	// entity is the kind's number. It is stored in journals: never
	// renumber, never reuse.
	entity Entity
	// prefix is the letter of display codes (T-41). It must not begin
	// another kind's prefix.
	prefix string
	// code is the ASCII name ("task"): message keys "entity.task",
	// "tab.entity.task", "count.task" and field keys "task.…" use it.
	code string
	// plural names the set ("tasks"): the store's bucket, the count's key
	// in a manifest, the sheet tab's code.
	plural string
	// slice reaches the kind's records in a Ledger, sorted by ID.
	slice func(*Ledger) *[]T
	// fields are what diffs and history compare, in the order forms show
	// them. Reference fields (ref, refTo) are the record's references too.
	fields []fieldSpec
	// checkLinks, if set, reports what r points at inside another record
	// that the other record lacks (a rectification's finding on its
	// assessment). It runs on every save, check, fill and sheet import.
	checkLinks func(r P, others Records) []LinkProblem
	// partsInUse, if set, reports parts an update drops that other
	// records still point at (an assessment's findings that still have
	// rectifications). The store refuses such an update.
	partsInUse func(before, after P, others Records) ([]PartInUse, error)
	// defaults, if set, fills fields left empty from the records r points
	// at (a rectification's registration date from its assessment). It
	// runs before every save and sheet import check (FillDefaults).
	defaults func(r P, others Records)
	// saveRules, if set, are the refusals that depend on the day or on
	// other records (a task done tomorrow, a rectification verified by
	// its owner). Every save runs them; `check` does not, so an old
	// ledger never turns invalid when a rule is added (ValidateSave).
	saveRules func(r P, others Records, today Date) []FieldError
	// warnings, if set, lists figures worth a second look before they
	// are saved (Checker.Warnings); before is nil for a new record.
	warnings func(after, before P, c *Checker) []Warning
}

// recordPtr is a pointer to a record type: *Task for Task.
type recordPtr[T any] interface {
	*T
	MutableRecord
}

// entityLimit bounds Entity numbers, so Counts can be a comparable array.
const entityLimit = 32

// declare turns a declaration into a Kind. A malformed declaration is a
// programming error found by any test run: it panics.
func declare[T any, P recordPtr[T]](s kindSpec[T, P]) *Kind {
	if s.entity == 0 || s.entity >= entityLimit || s.prefix == "" || s.code == "" || s.plural == "" || s.slice == nil || len(s.fields) == 0 {
		panic(fmt.Sprintf("model: incomplete kind declaration %q", s.code))
	}
	if got := P(new(T)).Entity(); got != s.entity {
		panic(fmt.Sprintf("model: kind %q: (*%T).Entity() is %d, declared %d", s.code, *new(T), got, s.entity))
	}
	checkCloneable(reflect.TypeFor[T]())
	k := &Kind{entity: s.entity, prefix: s.prefix, code: s.code, plural: s.plural, fields: s.fields,
		ops: kindImpl[T, P]{slice: s.slice}}
	for _, f := range s.fields {
		for _, t := range f.targets {
			if !containsEntity(k.targets, t) {
				k.targets = append(k.targets, t)
			}
		}
	}
	if s.checkLinks != nil {
		k.checkLinks = func(r Record, others Records) []LinkProblem {
			if p, ok := r.(P); ok {
				return s.checkLinks(p, others)
			}
			return nil
		}
	}
	if s.defaults != nil {
		k.defaults = func(r Record, others Records) {
			if p, ok := r.(P); ok {
				s.defaults(p, others)
			}
		}
	}
	if s.saveRules != nil {
		k.saveRules = func(r Record, others Records, today Date) []FieldError {
			if p, ok := r.(P); ok {
				return s.saveRules(p, others, today)
			}
			return nil
		}
	}
	if s.warnings != nil {
		k.warnings = func(after, before Record, c *Checker) []Warning {
			a, ok := after.(P)
			if !ok {
				return nil
			}
			b, _ := before.(P) // nil for a new record
			return s.warnings(a, b, c)
		}
	}
	if s.partsInUse != nil {
		k.partsInUse = func(before, after Record, others Records) ([]PartInUse, error) {
			b, ok1 := before.(P)
			a, ok2 := after.(P)
			if !ok1 || !ok2 {
				return nil, nil
			}
			return s.partsInUse(b, a, others)
		}
	}
	return k
}

func containsEntity(list []Entity, e Entity) bool {
	for _, x := range list {
		if x == e {
			return true
		}
	}
	return false
}

// registry is every kind, in the order tabs show them, and each kind by
// its number. Built once by init (kinds.go) and only read after.
type registry struct {
	list     []*Kind
	byEntity [entityLimit]*Kind
}

func newRegistry(list ...*Kind) registry {
	r := registry{list: list}
	seen := map[string]Entity{}
	for _, k := range list {
		if r.byEntity[k.entity] != nil {
			panic(fmt.Sprintf("model: entity %d declared twice", k.entity))
		}
		r.byEntity[k.entity] = k
		for _, name := range []string{"prefix:" + k.prefix, "code:" + k.code, "plural:" + k.plural} {
			if prev, dup := seen[name]; dup {
				panic(fmt.Sprintf("model: %s of entity %d is also entity %d's", name, k.entity, prev))
			}
			seen[name] = k.entity
		}
	}
	for _, k := range list {
		for _, other := range list {
			if containsEntity(other.targets, k.entity) {
				k.referrers = append(k.referrers, other.entity)
			}
		}
	}
	return r
}

// Kinds lists every kind of record, in the order the tabs show them.
func Kinds() []*Kind { return append([]*Kind(nil), kinds.list...) }

// KindOf is the kind with the entity number, or nil for an unknown one.
func KindOf(e Entity) *Kind {
	if int(e) >= len(kinds.byEntity) {
		return nil
	}
	return kinds.byEntity[e]
}

// Entities lists every kind of record, in the order the tabs show them.
func Entities() []Entity {
	out := make([]Entity, len(kinds.list))
	for i, k := range kinds.list {
		out[i] = k.entity
	}
	return out
}

// ReferenceOrder lists the kinds so that every kind comes after the kinds
// it points at (owners before the plans they lead, assessments before
// their rectifications), otherwise in tab order: the order to write a
// ledger's records in so each reference finds its target.
func ReferenceOrder() []Entity {
	var out []Entity
	placed := map[Entity]bool{}
	for len(out) < len(kinds.list) {
		progress := false
		for _, k := range kinds.list {
			if placed[k.entity] {
				continue
			}
			ready := true
			for _, t := range k.targets {
				if t != k.entity && !placed[t] {
					ready = false
					break
				}
			}
			if ready {
				out, placed[k.entity], progress = append(out, k.entity), true, true
				break
			}
		}
		if !progress { // a cycle: place the rest in tab order
			for _, k := range kinds.list {
				if !placed[k.entity] {
					out, placed[k.entity] = append(out, k.entity), true
				}
			}
		}
	}
	return out
}

// Entity is the kind's number.
func (k *Kind) Entity() Entity { return k.entity }

// Prefix is the letter of the kind's display codes: T for T-41.
func (k *Kind) Prefix() string { return k.prefix }

// Code is the kind's stable ASCII name: "task".
func (k *Kind) Code() string { return k.code }

// Plural names the set of the kind's records: "tasks". It is the store's
// bucket, the key of the kind's count in a snapshot's manifest and the
// code of its sheet tab.
func (k *Kind) Plural() string { return k.plural }

// Label is the kind's name in a sentence: 任务 / task ("entity.task").
func (k *Kind) Label() Label { return Label{Code: k.code, Key: i18n.Key("entity." + k.code)} }

// PluralLabel names the set as a heading or a sheet: 任务 / Tasks
// ("tab.entity.task").
func (k *Kind) PluralLabel() Label {
	return Label{Code: k.plural, Key: i18n.Key("tab.entity." + k.code)}
}

// CountKey is the message that counts records of the kind: "%d 项任务"
// ("count.task").
func (k *Kind) CountKey() i18n.Key { return i18n.Key("count." + k.code) }

// New is an empty record of the kind.
func (k *Kind) New() MutableRecord { return k.ops.newRecord() }

// FieldKeys lists the keys of the fields DiffRecords compares, in the
// order forms show them ("task.title", "task.plan", …).
func (k *Kind) FieldKeys() []string {
	out := make([]string, len(k.fields))
	for i, f := range k.fields {
		out[i] = f.key
	}
	return out
}

// Targets lists the kinds records of this kind can point at.
func (k *Kind) Targets() []Entity { return append([]Entity(nil), k.targets...) }

// Referrers lists the kinds whose records can point at records of this
// kind, in tab order: what a delete must check.
func (k *Kind) Referrers() []Entity { return append([]Entity(nil), k.referrers...) }

// Len is how many records of the kind the ledger holds.
func (k *Kind) Len(l *Ledger) int { return k.ops.len(l) }

// At is the ledger's i-th record of the kind (in ID order), a pointer
// into the ledger.
func (k *Kind) At(l *Ledger, i int) MutableRecord { return k.ops.at(l, i) }

// Get is the ledger's record of the kind with the ID, or nil.
func (k *Kind) Get(l *Ledger, id ID) Record { return k.ops.get(l, id) }

// Each calls fn with a pointer to each of the ledger's records of the
// kind, in ID order, until fn returns an error.
func (k *Kind) Each(l *Ledger, fn func(MutableRecord) error) error {
	for i, n := 0, k.ops.len(l); i < n; i++ {
		if err := fn(k.ops.at(l, i)); err != nil {
			return err
		}
	}
	return nil
}

// Records lists the ledger's records of the kind, in ID order.
func (k *Kind) Records(l *Ledger) []Record {
	out := make([]Record, k.ops.len(l))
	for i := range out {
		out[i] = k.ops.at(l, i)
	}
	return out
}

// Alloc replaces the ledger's records of the kind with n empty ones, for
// a loader to fill in place with At (in ID order).
func (k *Kind) Alloc(l *Ledger, n int) { k.ops.alloc(l, n) }

// Clone copies a record of the kind deeply enough that changing the copy,
// its lists included, never touches the original.
func (k *Kind) Clone(r Record) MutableRecord { return k.ops.clone(r) }

// kindOps are the operations a kind's generic implementation provides.
type kindOps interface {
	newRecord() MutableRecord
	len(l *Ledger) int
	at(l *Ledger, i int) MutableRecord
	get(l *Ledger, id ID) Record
	alloc(l *Ledger, n int)
	sorted(l *Ledger) bool
	sort(l *Ledger)
	put(l *Ledger, r Record)
	remove(l *Ledger, id ID) bool
	clone(r Record) MutableRecord
}

type kindImpl[T any, P recordPtr[T]] struct {
	slice func(*Ledger) *[]T
}

func (k kindImpl[T, P]) newRecord() MutableRecord { return P(new(T)) }

func (k kindImpl[T, P]) len(l *Ledger) int { return len(*k.slice(l)) }

func (k kindImpl[T, P]) at(l *Ledger, i int) MutableRecord { return P(&(*k.slice(l))[i]) }

func (k kindImpl[T, P]) get(l *Ledger, id ID) Record {
	if p := find[T, P](*k.slice(l), id); p != nil {
		return p
	}
	return nil
}

func (k kindImpl[T, P]) alloc(l *Ledger, n int) { *k.slice(l) = make([]T, n) }

func (k kindImpl[T, P]) sorted(l *Ledger) bool {
	s := *k.slice(l)
	for i := 1; i < len(s); i++ {
		if P(&s[i-1]).GetID() >= P(&s[i]).GetID() {
			return false
		}
	}
	return true
}

func (k kindImpl[T, P]) sort(l *Ledger) {
	s := *k.slice(l)
	sort.SliceStable(s, func(i, j int) bool { return P(&s[i]).GetID() < P(&s[j]).GetID() })
}

// put stores a copy of r at its place in ID order: over the record with
// its ID, or inserted.
func (k kindImpl[T, P]) put(l *Ledger, r Record) {
	p, ok := r.(P)
	if !ok {
		panic(fmt.Sprintf("model: Put of a %T as entity %d", r, r.Entity()))
	}
	sp := k.slice(l)
	i, found := search[T, P](*sp, p.GetID())
	if found {
		(*sp)[i] = *p
		return
	}
	*sp = append(*sp, *new(T))
	s := *sp
	copy(s[i+1:], s[i:])
	s[i] = *p
}

func (k kindImpl[T, P]) remove(l *Ledger, id ID) bool {
	sp := k.slice(l)
	i, found := search[T, P](*sp, id)
	if !found {
		return false
	}
	s := *sp
	copy(s[i:], s[i+1:])
	var zero T
	s[len(s)-1] = zero
	*sp = s[:len(s)-1]
	return true
}

func (k kindImpl[T, P]) clone(r Record) MutableRecord {
	p, ok := r.(P)
	if !ok {
		panic(fmt.Sprintf("model: Clone of a %T", r))
	}
	c := new(T)
	*c = *p
	cloneSlices(reflect.ValueOf(c).Elem())
	return P(c)
}

// search finds the index of the record with the ID in a slice sorted by
// ID, or where it would go. Ledgers without deletions hold IDs 1…n, so it
// looks at index id-1 first.
func search[T any, P recordPtr[T]](s []T, id ID) (int, bool) {
	if id >= 1 && id <= ID(len(s)) && P(&s[id-1]).GetID() == id {
		return int(id - 1), true
	}
	lo, hi := 0, len(s)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if P(&s[m]).GetID() < id {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < len(s) && P(&s[lo]).GetID() == id
}

// find is a pointer to the record with the ID, or nil.
func find[T any, P recordPtr[T]](s []T, id ID) P {
	if id == 0 {
		return nil
	}
	if i, ok := search[T, P](s, id); ok {
		return P(&s[i])
	}
	return nil
}

// cloneSlices gives each slice field of a struct its own backing array.
// A nil list stays nil and an empty one empty, so a clone is DeepEqual to
// its original.
func cloneSlices(v reflect.Value) {
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		if f.Kind() != reflect.Slice || f.IsNil() {
			continue
		}
		c := reflect.MakeSlice(f.Type(), f.Len(), f.Len())
		reflect.Copy(c, f)
		f.Set(c)
	}
}

// checkCloneable refuses a record type Clone cannot copy safely: its
// fields may be values, arrays of values, and lists of values, but
// nothing that shares memory deeper down (a list of lists, a map, a
// pointer).
func checkCloneable(t reflect.Type) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		ft := f.Type
		if ft.Kind() == reflect.Slice {
			ft = ft.Elem()
		}
		if !flat(ft) {
			panic(fmt.Sprintf("model: %s.%s cannot be cloned by Kind.Clone: lists of plain values only", t.Name(), f.Name))
		}
	}
}

// flat reports a type whose values share no memory when copied.
func flat(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Slice, reflect.Map, reflect.Pointer, reflect.Interface, reflect.Chan, reflect.Func, reflect.UnsafePointer:
		return false
	case reflect.Array:
		return flat(t.Elem())
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			if !flat(t.Field(i).Type) {
				return false
			}
		}
	}
	return true
}
