package model_test

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"

	"secretary/internal/i18n"
	"secretary/model"
)

// TestEveryKindIsDeclaredCompletely walks the registry and says, for each
// kind, what its declaration or the catalogue lacks. It is the test the
// author of a new kind runs first (docs/ADDING_A_KIND.md).
func TestEveryKindIsDeclaredCompletely(t *testing.T) {
	cat := i18n.Catalog()
	both := func(k model.Kind, key i18n.Key, what string) {
		t.Helper()
		text, ok := cat[key]
		if !ok || strings.TrimSpace(text.Zh) == "" || strings.TrimSpace(text.En) == "" {
			t.Errorf("%s: %s %q is not in the catalogue (internal/i18n/kinds.go) in both languages", k.Code(), what, key)
		}
	}
	kinds := model.Kinds()
	if len(kinds) < 6 {
		t.Fatalf("the registry holds %d kinds", len(kinds))
	}
	for _, k := range kinds {
		k := *k
		e := k.Entity()
		if model.KindOf(e) == nil || model.KindOf(e).Code() != k.Code() {
			t.Errorf("%s: KindOf(%d) does not find it", k.Code(), e)
		}
		if r := model.NewRecord(e); r == nil || r.Entity() != e || r.GetID() != 0 {
			t.Errorf("%s: NewRecord gives %#v", k.Code(), r)
		}
		for _, r := range k.Prefix() {
			if r < 'A' || r > 'Z' {
				t.Errorf("%s: prefix %q must be upper-case ASCII letters (ParseCode upper-cases what it reads)", k.Code(), k.Prefix())
			}
		}
		for _, other := range kinds {
			if other.Entity() != e && strings.HasPrefix(other.Prefix(), k.Prefix()) {
				t.Errorf("%s: prefix %q begins %s's %q; ParseCode could not tell them apart", k.Code(), k.Prefix(), other.Code(), other.Prefix())
			}
		}
		if got, want := model.Code(e, 7), k.Prefix()+"-7"; got != want {
			t.Errorf("%s: Code = %q, want %q", k.Code(), got, want)
		}
		if pe, id, ok := model.ParseCode(strings.ToLower(k.Prefix()) + "7"); !ok || pe != e || id != 7 {
			t.Errorf("%s: ParseCode(%q) = %v %d %v", k.Code(), strings.ToLower(k.Prefix())+"7", pe, id, ok)
		}
		both(k, k.Label().Key, "its name")
		both(k, k.PluralLabel().Key, "its plural (tab and sheet name)")
		both(k, k.CountKey(), "its count")
		if text := cat[k.CountKey()]; !strings.Contains(text.Zh, "%d") || !strings.Contains(text.En, "%d") {
			t.Errorf("%s: %s must show the number (%%d)", k.Code(), k.CountKey())
		}
		both(k, i18n.Key("field."+k.Code()+".id"), "its code column's field name")
		keys := k.FieldKeys()
		if len(keys) == 0 {
			t.Errorf("%s: no fields", k.Code())
		}
		for _, f := range keys {
			both(k, i18n.Key("field."+f), "the field name")
			if !strings.HasPrefix(f, k.Code()+".") && !strings.HasPrefix(f, "rect.") {
				t.Errorf("%s: field key %q should start with %q", k.Code(), f, k.Code()+".")
			}
		}
		// Every reference a full record makes is declared, so the store
		// checks deletes against every kind that can point here.
		full := model.NewRecord(e)
		fill(reflect.ValueOf(full).Elem())
		for _, ref := range full.References() {
			if !slices.Contains(k.Targets(), ref.Entity) {
				t.Errorf("%s: %s points at %s, which the kind's fields do not declare", k.Code(), ref.Field, ref.Entity.Code())
			}
			if !slices.Contains(keys, ref.Field) {
				t.Errorf("%s: reference %s is not one of its fields", k.Code(), ref.Field)
			}
			if !slices.Contains(model.KindOf(ref.Entity).Referrers(), e) {
				t.Errorf("%s: %s does not list it among its referrers", k.Code(), ref.Entity.Code())
			}
		}
	}
}

// TestReferrersAreDerivedFromReferenceFields pins what the store checks
// before a delete, derived from the kinds' reference fields.
func TestReferrersAreDerivedFromReferenceFields(t *testing.T) {
	want := map[model.Entity][]model.Entity{
		model.EntityOwner:         {model.EntityPlan, model.EntityTask, model.EntityActivity, model.EntityRectification, model.EntityMeeting, model.EntityDecision, model.EntityEvidence},
		model.EntityPlan:          {model.EntityTask, model.EntityActivity, model.EntityAssessment, model.EntityEvidence},
		model.EntityTask:          {model.EntityActivity, model.EntityAssessment, model.EntityEvidence},
		model.EntityActivity:      {model.EntityAssessment, model.EntityEvidence},
		model.EntityAssessment:    {model.EntityRectification, model.EntityEvidence},
		model.EntityRectification: {model.EntityEvidence},
		model.EntityMeeting:       {model.EntityDecision, model.EntityEvidence},
		model.EntityDecision:      {model.EntityTask, model.EntityEvidence},
		// Evidence may be a record of any kind but the rubric's own.
		model.EntityRubric:    {model.EntityIndicator},
		model.EntityIndicator: {model.EntityIndicator, model.EntityEvidence},
		model.EntityEvidence:  nil,
		model.EntityDocument:  {model.EntityEvidence},
		// Obligations are requirements, never evidence.
		model.EntityObligation: {model.EntityTask},
	}
	for e, w := range want {
		if got := model.KindOf(e).Referrers(); !slices.Equal(got, w) {
			t.Errorf("%s: referrers %v, want %v", e.Code(), got, w)
		}
	}
	// Tasks point at decisions (and decisions at meetings) and at obligations: all come before tasks.
	if got, w := model.ReferenceOrder(), []model.Entity{model.EntityOwner, model.EntityPlan, model.EntityMeeting, model.EntityDecision,
		model.EntityObligation, model.EntityTask, model.EntityActivity, model.EntityAssessment, model.EntityRectification,
		model.EntityRubric, model.EntityIndicator, model.EntityDocument, model.EntityEvidence}; !slices.Equal(got, w) {
		t.Errorf("reference order %v, want %v", got, w)
	}
}

// TestCloneSharesNothing fills every field of every kind's record, clones
// it and changes the clone's lists: the original must not move.
func TestCloneSharesNothing(t *testing.T) {
	for _, k := range model.Kinds() {
		orig := k.New()
		fill(reflect.ValueOf(orig).Elem())
		keep := k.Clone(orig)
		c := k.Clone(orig)
		if !reflect.DeepEqual(c, orig) {
			t.Errorf("%s: clone differs: %#v", k.Code(), c)
		}
		v := reflect.ValueOf(c).Elem()
		for i := 0; i < v.NumField(); i++ {
			if f := v.Field(i); f.Kind() == reflect.Slice && f.Len() > 0 {
				f.Index(0).Set(reflect.Zero(f.Type().Elem()))
			}
		}
		if !reflect.DeepEqual(orig, keep) {
			t.Errorf("%s: changing a clone's lists changed the original", k.Code())
		}
		// A nil list stays nil, an empty one empty: an import compares
		// records with DeepEqual to find the unchanged ones.
		empty := k.New()
		if !reflect.DeepEqual(k.Clone(empty), empty) {
			t.Errorf("%s: clone of an empty record differs", k.Code())
		}
	}
}

func TestPutAndRemoveKeepSlicesInIDOrder(t *testing.T) {
	l := &model.Ledger{}
	for _, id := range []model.ID{5, 1, 3, 9, 7} {
		l.Put(&model.Task{ID: id, Title: "t"})
	}
	ids := func() []model.ID {
		var out []model.ID
		for _, x := range l.Tasks {
			out = append(out, x.ID)
		}
		return out
	}
	if got := ids(); !slices.Equal(got, []model.ID{1, 3, 5, 7, 9}) {
		t.Fatalf("after puts: %v", got)
	}
	l.Put(&model.Task{ID: 3, Title: "changed"})
	if len(l.Tasks) != 5 || l.Task(3).Title != "changed" {
		t.Fatalf("put over 3: %+v", l.Tasks)
	}
	if !l.Remove(model.EntityTask, 5) || l.Remove(model.EntityTask, 5) || l.Task(5) != nil {
		t.Fatal("remove 5")
	}
	if got := ids(); !slices.Equal(got, []model.ID{1, 3, 7, 9}) {
		t.Fatalf("after remove: %v", got)
	}
	for _, id := range []model.ID{1, 3, 7, 9} {
		if l.Task(id) == nil || l.Record(model.EntityTask, id) == nil {
			t.Errorf("task %d not found", id)
		}
	}
	if l.Task(2) != nil || l.Task(10) != nil || l.Record(model.EntityTask, 4) != nil {
		t.Error("found a task that is not there")
	}
	// Put stores a copy: changing the argument later changes nothing.
	o := &model.Owner{ID: 1, Name: "张三"}
	l.Put(o)
	o.Name = "李四"
	if l.OwnerName(1) != "张三" {
		t.Error("Put kept a reference to its argument")
	}
	if c := l.Counts(); c != model.NewCounts(0, 1, 4) {
		t.Errorf("counts %v", c)
	}
}

// TestCountsJSONIsUnchanged: counts read and write as they always have,
// keyed by plural in tab order, and JSON written before a kind existed
// still reads.
func TestCountsJSONIsUnchanged(t *testing.T) {
	c := model.NewCounts(1, 2, 3, 4, 5, 6, 7, 8)
	b, err := json.Marshal(c)
	const want = `{"plans":1,"owners":2,"tasks":3,"activities":4,"assessments":5,"rectifications":6,"meetings":7,"decisions":8,"obligations":0,` +
		`"rubrics":0,"indicators":0,"evidence":0,"documents":0}`
	if err != nil || string(b) != want {
		t.Fatalf("json %s %v, want %s", b, err, want)
	}
	var back model.Counts
	if err := json.Unmarshal([]byte(want), &back); err != nil || back != c {
		t.Fatalf("read back %v %v", back, err)
	}
	var older model.Counts
	if err := json.Unmarshal([]byte(`{"plans":1,"tasks":3}`), &older); err != nil || older != model.NewCounts(1, 0, 3) {
		t.Fatalf("older json: %v %v", older, err)
	}
	if err := json.Unmarshal([]byte(`{"plans":1,"tasks":3,"activities":4,"assessments":5,"rectifications":6}`), &older); err != nil || older.Of(model.EntityMeeting) != 0 {
		t.Fatalf("json from before meetings: %v %v", older, err)
	}
	if err := json.Unmarshal([]byte(`{"minutes":1}`), &older); err == nil {
		t.Error("a kind this program does not know was accepted")
	}
	if c.Total() != 36 || c.Of(model.EntityTask) != 3 || c.Of(0) != 0 || c.Of(99) != 0 {
		t.Errorf("counts %v", c)
	}
}

// BenchmarkPut100k patches a 100,000-task ledger the way a view does
// after a save: an edit in the middle, a new record at the end.
func BenchmarkPut100k(b *testing.B) {
	l := &model.Ledger{Tasks: make([]model.Task, 100_000)}
	for i := range l.Tasks {
		l.Tasks[i] = model.Task{ID: model.ID(2 * (i + 1)), Title: "任务"} // gaps, so lookups search
	}
	edit := model.Task{ID: 100_000, Title: "改过"}
	b.Run("update", func(b *testing.B) {
		for b.Loop() {
			l.Put(&edit)
		}
	})
	b.Run("insert-middle", func(b *testing.B) {
		for b.Loop() {
			l.Put(&model.Task{ID: 100_001, Title: "新"})
			l.Remove(model.EntityTask, 100_001)
		}
	})
	b.Run("append", func(b *testing.B) {
		for b.Loop() {
			l.Put(&model.Task{ID: 300_000, Title: "新"})
			l.Remove(model.EntityTask, 300_000)
		}
	})
}
