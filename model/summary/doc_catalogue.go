package summary

import (
	"secretary/model"
)

// catalogueDoc lays the binder catalogue out: one section per first-level
// indicator, and under it each indicator's numbered entries with the
// title, date and where the item is.
func catalogueDoc(s *SelfCheck, lang model.Lang) *document {
	w := pwords(lang)
	cov, cat := s.Coverage, s.Catalogue
	d := &document{Lang: lang, Title: s.Header.Group, Subtitle: w.Sprintf("evidence.print.catalogue.title")}
	if d.Title == "" {
		d.Title = s.Header.School
	}
	if d.Title == "" {
		d.Title = d.Subtitle
	}
	d.Meta = headerMeta(lang, s.Header, s.Today)
	d.Meta = append([]fact{{Label: w.Sprintf("evidence.print.rubric"), Value: cov.Rubric.Title, Key: "rubric"}}, d.Meta...)
	d.Legend = w.Sprintf("evidence.print.catalogue.legend", cat.Items)
	var sec *section
	for i := range cat.Sections {
		cs := &cat.Sections[i]
		r := cs.Row
		if r.Depth == 1 {
			d.Sections = append(d.Sections, section{Key: "cat_" + r.Code(), Title: r.Indicator.DisplayName()})
			sec = &d.Sections[len(d.Sections)-1]
			if len(cs.Entries) == 0 && !r.Leaf {
				continue
			}
		}
		if sec == nil {
			continue
		}
		if r.Depth > 1 {
			sec.Blocks = append(sec.Blocks, heading(r.Indicator.DisplayName()))
		}
		if len(cs.Entries) == 0 {
			if r.Leaf {
				sec.Blocks = append(sec.Blocks, note(markText(w.Sprintf("evidence.print.none"), true)))
			}
			continue
		}
		t := &table{Key: "cat_" + r.Code(), Cols: []column{
			{Head: w.Sprintf("evidence.print.col.no")}, {Head: w.Sprintf("evidence.print.col.title")},
			{Head: w.Sprintf("evidence.print.col.date")}, {Head: w.Sprintf("evidence.print.col.where")},
		}}
		for _, e := range cs.Entries {
			where := itemWhere(lang, s.Ledger, e.Item)
			if e.SameAs != "" {
				where = w.Sprintf("evidence.print.where.same", e.SameAs)
			}
			t.Rows = append(t.Rows, []cell{num(e.No, e.No), txt(e.Item.Title), txt(iso(e.Item.Date)), txt(where)})
		}
		sec.Blocks = append(sec.Blocks, t)
	}
	for i := range d.Sections {
		d.Sections[i].Title = sectionTitle(lang, i+1, d.Sections[i].Title)
	}
	return d
}

// recordDoc lays one ledger record out as a page of its fields.
func recordDoc(r *RecordSheet, lang model.Lang) *document {
	w := pwords(lang)
	name := r.Record.DisplayName()
	if n, ok := r.Record.(model.NamedIn); ok {
		name = n.NameIn(lang)
	}
	kind := model.KindOf(r.Record.Entity())
	d := &document{Lang: lang, Title: r.Header.Group, Subtitle: codeTitle(model.CodeOf(r.Record), name)}
	if d.Title == "" {
		d.Title = kind.Label().In(lang)
	}
	d.Meta = headerMeta(lang, r.Header, r.Today)
	d.Meta = append([]fact{{Label: w.Sprintf("evidence.print.record.kind"), Value: kind.Label().In(lang), Key: "kind"}}, d.Meta...)
	d.Legend = w.Sprintf("evidence.print.record.legend")
	t := &table{Key: "fields", Cols: []column{{Head: w.Sprintf("evidence.print.col.field")}, {Head: w.Sprintf("evidence.print.col.value")}}}
	for _, f := range model.FieldTexts(r.Record, r.Ledger, lang) {
		t.Rows = append(t.Rows, []cell{txt(fieldName(lang, f.Field)), txt(f.Text)})
	}
	d.Sections = []section{{Key: "fields", Title: sectionTitle(lang, 1, w.Sprintf("evidence.print.record.fields")), Blocks: []block{t}}}
	if len(r.Numbers) > 0 {
		d.Sections = append(d.Sections, section{Key: "filed", Title: sectionTitle(lang, 2, w.Sprintf("evidence.print.record.filed")),
			Blocks: []block{note(joinList(lang, r.Numbers))}})
	}
	return d
}

// fieldName is a field's name with a capital, as a table's first column
// shows it.
func fieldName(lang model.Lang, key string) string {
	s := pwords(lang).tr.Field(key)
	if lang == model.LangEn && s != "" && s[0] >= 'a' && s[0] <= 'z' {
		s = string(s[0]-'a'+'A') + s[1:]
	}
	return s
}
