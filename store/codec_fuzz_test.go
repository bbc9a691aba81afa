package store

import (
	"bytes"
	"testing"
	"time"

	"secretary/model"
	"secretary/model/demo"
)

// FuzzDecodeRecord feeds arbitrary bytes to the framed-CBOR decoder as
// every kind of value the ledger stores: each record kind, a journal
// entry, the settings and an undo list. Half the time the bytes get a
// correct CRC, so the CBOR decoder itself is exercised rather than the
// checksum alone. Decoding must never panic or hang; what decodes must
// validate without panicking and encode back to bytes that decode to the
// same encoding.
func FuzzDecodeRecord(f *testing.F) {
	c := newCodec()
	l := demo.Build(model.NewDate(2026, time.November, 20), 0)
	seed := func(v any) {
		b, err := c.encode(v)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, false)
		f.Add(b[4:], true)
	}
	seed(&l.Plans[0])
	seed(&l.Owners[0])
	seed(&l.Tasks[0])
	seed(&l.Activities[0])
	seed(&l.Assessments[0])
	seed(&l.Rectifications[0])
	seed(&l.Meetings[0])
	seed(&l.Decisions[0])
	seed(&l.Obligations[0])
	seed(&l.Rubrics[0])
	seed(&l.Indicators[1])
	seed(&l.Evidence[1])
	seed(&l.Documents[0])
	seed(l.Settings)
	seed([]uint64{1, 2, 3})
	seed(model.JournalEntry{Seq: 7, Kind: model.JournalDo, Action: model.ActUpdate, Entity: model.EntityTask, RecordID: 1,
		Title: "组织心理健康讲座", Changes: []model.Change{{Entity: model.EntityTask, ID: 1, Before: []byte{1, 2}, After: []byte{3}}}})
	f.Add([]byte{}, false)
	f.Add([]byte{0xa1, 0x01, 0x9b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, true) // a huge array length
	f.Add(bytes.Repeat([]byte{0x81}, 64), true)                                           // deep nesting

	f.Fuzz(func(t *testing.T, data []byte, addCRC bool) {
		if addCRC {
			data = frame(data)
		}
		done := make(chan struct{})
		go func() {
			defer close(done)
			decodeAllKinds(t, c, data)
		}()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("decoding %d bytes took over 5 s", len(data))
		}
	})
}

func decodeAllKinds(t *testing.T, c codec, data []byte) {
	for _, e := range model.Entities() {
		r, err := c.decodeRecord(e, data)
		if err != nil {
			continue
		}
		_ = r.Validate()
		_ = r.References()
		_ = r.DisplayName()
		_ = model.CodeOf(r)
		reencodes(t, c, r, func() any { return model.NewRecord(e) })
	}
	var j model.JournalEntry
	if c.decode(data, &j) == nil {
		_ = j.Describe()
		reencodes(t, c, &j, func() any { return &model.JournalEntry{} })
	}
	var set model.Settings
	if c.decode(data, &set) == nil {
		reencodes(t, c, &set, func() any { return &model.Settings{} })
	}
	var stack []uint64
	if c.decode(data, &stack) == nil {
		reencodes(t, c, &stack, func() any { return &[]uint64{} })
	}
}

// reencodes checks that a decoded value encodes, and that its encoding
// decodes to a value with the same encoding: the journal and diff compare
// records by their bytes.
func reencodes(t *testing.T, c codec, v any, fresh func() any) {
	t.Helper()
	b1, err := c.encode(v)
	if err != nil {
		t.Fatalf("decoded %T does not encode: %v", v, err)
	}
	back := fresh()
	if err := c.decode(b1, back); err != nil {
		t.Fatalf("%T: its own encoding does not decode: %v", v, err)
	}
	b2, err := c.encode(back)
	if err != nil || !bytes.Equal(b1, b2) {
		t.Fatalf("%T: encoding is not stable: %x then %x (%v)", v, b1, b2, err)
	}
}
