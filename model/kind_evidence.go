package model

// evidenceKind declares evidence items: files and records filed for a
// rubric's indicators.
var evidenceKind = declare(kindSpec[Evidence, *Evidence]{
	entity: EntityEvidence,
	prefix: "Z", // 佐证
	code:   "evidence",
	plural: "evidence",
	slice:  func(l *Ledger) *[]Evidence { return &l.Evidence },
	fields: []fieldSpec{
		plain("evidence.title", func(e *Evidence) any { return e.Title }),
		refAny("evidence.record", notEvidence,
			func(e *Evidence) any { return e.Record },
			func(e *Evidence) (Entity, ID) {
				if e.Record.IsZero() {
					return 0, 0
				}
				return e.Record.Entity, e.Record.ID
			},
			func(v any, side *Ledger, _ Lang) string {
				r := v.(RecordRef)
				if r.IsZero() {
					return ""
				}
				return refText(side, r.Entity, r.ID)
			}),
		plain("evidence.file", func(e *Evidence) any { return e.FileName }),
		custom("evidence.size", func(e *Evidence) any { return e.Size }, func(v any, _ *Ledger, _ Lang) string {
			if n := v.(int64); n != 0 {
				return SizeText(n)
			}
			return ""
		}),
		plain("evidence.sha256", func(e *Evidence) any { return e.SHA256 }),
		plain("evidence.date", func(e *Evidence) any { return e.Date }),
		plain("evidence.added_on", func(e *Evidence) any { return e.AddedOn }),
		plain("evidence.added_by", func(e *Evidence) any { return e.AddedBy }),
		refList("evidence.indicators", EntityIndicator, func(e *Evidence) []ID { return e.Indicators }),
		plain("evidence.notes", func(e *Evidence) any { return e.Notes }),
	},
})
