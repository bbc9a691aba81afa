package sanitize

import (
	"reflect"
	"unsafe"
)

// Walker visits every string a value of one type holds: string fields,
// slices of strings and the strings of nested structs and slices of
// structs, at any depth. It is built once per type from reflection and
// then only follows the fields that can hold text, so checking a 10,000
// record ledger costs a pass over its text, not a walk of every field.
type Walker struct {
	plan *plan
}

type plan struct {
	strs   []field // string fields (named string types too)
	lists  []field // []string fields
	nested []step  // structs and slices of structs that hold text
}

// field is a struct field by index (for reflection) and by byte offset
// (for the load's fast path, cleanDirect).
type field struct {
	index int
	off   uintptr
}

type step struct {
	field
	slice    bool
	elemSize uintptr
	plan     *plan
}

// NewWalker builds the walker for t, a struct type or a pointer to one.
func NewWalker(t reflect.Type) *Walker {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return &Walker{plan: planOf(t, 0)}
}

func planOf(t reflect.Type, depth int) *plan {
	if t.Kind() != reflect.Struct || depth > 8 {
		return nil
	}
	p := &plan{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		at := field{index: i, off: f.Offset}
		switch ft := f.Type; ft.Kind() {
		case reflect.String:
			p.strs = append(p.strs, at)
		case reflect.Slice:
			switch ft.Elem().Kind() {
			case reflect.String:
				p.lists = append(p.lists, at)
			case reflect.Struct:
				if sub := planOf(ft.Elem(), depth+1); sub != nil {
					p.nested = append(p.nested, step{field: at, slice: true, elemSize: ft.Elem().Size(), plan: sub})
				}
			}
		case reflect.Struct:
			if sub := planOf(ft, depth+1); sub != nil {
				p.nested = append(p.nested, step{field: at, plan: sub})
			}
		}
	}
	if len(p.strs)+len(p.lists)+len(p.nested) == 0 {
		return nil
	}
	return p
}

// Each calls fn with every string v holds (v a struct or a pointer to
// one, of the walker's type). The values are settable when v is a
// pointer, so fn may replace them.
func (w *Walker) Each(v reflect.Value, fn func(reflect.Value)) {
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	w.plan.each(v, fn)
}

func (p *plan) each(v reflect.Value, fn func(reflect.Value)) {
	if p == nil {
		return
	}
	for _, f := range p.strs {
		fn(v.Field(f.index))
	}
	for _, f := range p.lists {
		l := v.Field(f.index)
		for j := 0; j < l.Len(); j++ {
			fn(l.Index(j))
		}
	}
	for _, s := range p.nested {
		f := v.Field(s.index)
		if !s.slice {
			s.plan.each(f, fn)
			continue
		}
		for j := 0; j < f.Len(); j++ {
			s.plan.each(f.Index(j), fn)
		}
	}
}

// CleanAll applies the rule for a multi-line field (Text) to every string
// ptr points at that breaks it, in place, and reports whether it changed
// any. It is for values read back from a file, whose fields' kinds of
// text are not known here; a one-line field keeps a line break it should
// not have had, which is harmless, rather than lose one it should.
func (w *Walker) CleanAll(ptr any) bool { return w.cleanAll(ptr, true) }

// CleanDecoded is CleanAll for a value the CBOR decoder filled in, whose
// strings are valid UTF-8 already; ptr must be a pointer to a value of
// the walker's type. It is on the path of every ledger load, so it reads
// the fields by their offsets rather than through reflection (which cost
// as much as the scan itself), and skips checking UTF-8 again.
func (w *Walker) CleanDecoded(ptr any) bool {
	v := reflect.ValueOf(ptr)
	if v.Kind() != reflect.Pointer || v.IsNil() || w.plan == nil {
		return false
	}
	return w.plan.cleanDirect(v.UnsafePointer())
}

func (p *plan) cleanDirect(base unsafe.Pointer) bool {
	changed := false
	for _, f := range p.strs {
		changed = cleanString((*string)(unsafe.Add(base, f.off))) || changed
	}
	for _, f := range p.lists {
		l := *(*[]string)(unsafe.Add(base, f.off))
		for j := range l {
			changed = cleanString(&l[j]) || changed
		}
	}
	for _, s := range p.nested {
		at := unsafe.Add(base, s.off)
		if !s.slice {
			changed = s.plan.cleanDirect(at) || changed
			continue
		}
		// A slice's header starts with its data pointer and length.
		hdr := (*struct {
			data unsafe.Pointer
			n    int
		})(at)
		for j := 0; j < hdr.n; j++ {
			changed = s.plan.cleanDirect(unsafe.Add(hdr.data, uintptr(j)*s.elemSize)) || changed
		}
	}
	return changed
}

// cleanString applies the multi-line rule to *sp if it breaks it.
func cleanString(sp *string) bool {
	if i, _ := find(*sp, false); i < 0 {
		return false
	}
	*sp = Text(*sp)
	return true
}

func (w *Walker) cleanAll(ptr any, checkUTF8 bool) bool {
	changed := false
	w.Each(reflect.ValueOf(ptr), func(s reflect.Value) {
		if i, _ := find(s.String(), checkUTF8); i >= 0 && s.CanSet() {
			s.SetString(Text(s.String()))
			changed = true
		}
	})
	return changed
}

// First returns the first character of any string v holds that breaks
// the rule, and whether there is one.
func (w *Walker) First(v any) (rune, bool) {
	var bad rune
	found := false
	w.Each(reflect.ValueOf(v), func(s reflect.Value) {
		if found {
			return
		}
		if i, r := Find(s.String()); i >= 0 {
			bad, found = r, true
		}
	})
	return bad, found
}
