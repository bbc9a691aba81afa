package summary

import (
	"strings"

	"secretary/internal/i18n"
	"secretary/model"
)

// pw is a printout's words in one language; its Sprintf takes the
// catalogue key as written, so the catalogue test finds every key.
type pw struct{ tr *i18n.Translator }

func pwords(lang model.Lang) pw { return pw{tr: i18n.For(lang)} }

// Sprintf is the key's text with the arguments exactly as given.
func (w pw) Sprintf(key i18n.Key, args ...any) string { return w.tr.Sprintf(key, args...) }

// selfCheckDoc lays the self-assessment out: one section per first-level
// indicator (a table of what is under it), then the totals.
func selfCheckDoc(s *SelfCheck, lang model.Lang) *document {
	w := pwords(lang)
	cov := s.Coverage
	d := &document{Lang: lang, Title: s.Header.Group, Subtitle: w.Sprintf("evidence.print.selfcheck.title")}
	if d.Title == "" {
		d.Title = s.Header.School
	}
	if d.Title == "" {
		d.Title = d.Subtitle
	}
	d.Meta = headerMeta(lang, s.Header, s.Today)
	d.Meta = append([]fact{{Label: w.Sprintf("evidence.print.rubric"), Value: cov.Rubric.Title, Key: "rubric"}}, d.Meta...)
	d.Legend = w.Sprintf("evidence.print.selfcheck.legend")
	if cov.Rubric.Sample {
		d.Legend += " " + w.Sprintf("evidence.print.sample_note")
	}
	numbers := entryNumbers(s.Catalogue)
	for i := range cov.Rows {
		r := &cov.Rows[i]
		if r.Depth != 1 {
			continue
		}
		sec := section{Key: "ind_" + r.Code(), Title: r.Indicator.DisplayName()}
		sec.Blocks = append(sec.Blocks, facts{
			{Label: w.Sprintf("evidence.print.points"), Value: r.Indicator.Points.String(), Key: r.Code() + ".points"},
			{Label: w.Sprintf("evidence.print.score"), Value: scoreText(r), Key: r.Code() + ".score"},
			{Label: w.Sprintf("evidence.print.items"), Value: itoa(r.Count), Key: r.Code() + ".items"},
			{Label: w.Sprintf("evidence.print.missing"), Value: itoa(r.Missing), Key: r.Code() + ".missing", Mark: r.Missing > 0},
		})
		t := &table{Key: "ind_" + r.Code(), Cols: []column{
			{Head: w.Sprintf("evidence.print.col.indicator")}, {Head: w.Sprintf("evidence.print.col.points"), Num: true},
			{Head: w.Sprintf("evidence.print.col.score"), Num: true}, {Head: w.Sprintf("evidence.print.col.note")},
			{Head: w.Sprintf("evidence.print.col.evidence")},
		}}
		for j := i; j < len(cov.Rows); j++ {
			c := &cov.Rows[j]
			if j > i && c.Depth == 1 {
				break
			}
			if j == i && len(c.Items) == 0 && !c.Leaf {
				continue // a first-level indicator's own row says nothing its facts do not
			}
			name := strings.Repeat("  ", c.Depth-1) + c.Indicator.DisplayName()
			t.Rows = append(t.Rows, []cell{
				{Text: name, Key: c.Code(), Bar: -1, Mark: c.Warn()},
				num(c.Indicator.Points.String(), c.Code()+".points"),
				num(scoreText(c), c.Code()+".score"),
				txt(c.Indicator.ScoreNote),
				txt(evidenceList(lang, s.Ledger, c, numbers)),
			})
		}
		if len(t.Rows) > 0 {
			sec.Blocks = append(sec.Blocks, t)
		}
		d.Sections = append(d.Sections, sec)
	}
	total := section{Key: "total", Title: w.Sprintf("evidence.print.total.title")}
	total.Blocks = append(total.Blocks, facts{
		{Label: w.Sprintf("evidence.print.total.max"), Value: cov.Max.String(), Key: "total.max"},
		{Label: w.Sprintf("evidence.print.total.score"), Value: cov.Score.String(), Key: "total.score"},
		{Label: w.Sprintf("evidence.print.total.scored"), Value: itoa(cov.Scored) + "/" + itoa(cov.Leaves), Key: "total.scored"},
		{Label: w.Sprintf("evidence.print.total.evidenced"), Value: itoa(cov.Evidenced) + "/" + itoa(cov.Leaves) + " " + itoa(cov.Percent()) + "%", Key: "total.evidenced", Mark: cov.Evidenced < cov.Leaves},
	})
	t := &table{Key: "total", Cols: []column{
		{Head: w.Sprintf("evidence.print.col.area")}, {Head: w.Sprintf("evidence.print.col.points"), Num: true},
		{Head: w.Sprintf("evidence.print.col.score"), Num: true}, {Head: w.Sprintf("evidence.print.col.evidenced"), Num: true},
	}}
	for i := range cov.Rows {
		r := &cov.Rows[i]
		if r.Depth != 1 {
			continue
		}
		leaves, have := leafCounts(cov, i)
		t.Rows = append(t.Rows, []cell{txt(r.Indicator.DisplayName()), num(r.Indicator.Points.String(), ""), num(scoreText(r), ""),
			{Text: itoa(have) + "/" + itoa(leaves), Bar: -1, Mark: have < leaves}})
	}
	t.Rows = append(t.Rows, []cell{txt(w.Sprintf("evidence.print.total.row")), num(cov.Max.String(), "total.max_row"), num(cov.Score.String(), "total.score_row"),
		txt(itoa(cov.Evidenced) + "/" + itoa(cov.Leaves))})
	total.Blocks = append(total.Blocks, t)
	d.Sections = append(d.Sections, total)
	for i := range d.Sections {
		d.Sections[i].Title = sectionTitle(lang, i+1, d.Sections[i].Title)
	}
	d.Footer = w.Sprintf("evidence.print.selfcheck.sign")
	return d
}

// scoreText is a self-score, or a dash when none was given.
func scoreText(r *model.CoverageRow) string {
	if !r.Scored {
		return "—"
	}
	return r.Score.String()
}

// leafCounts counts the leaves under the first-level row at i, and those
// with evidence.
func leafCounts(cov *model.EvidenceCoverage, i int) (leaves, have int) {
	for j := i; j < len(cov.Rows); j++ {
		if j > i && cov.Rows[j].Depth == 1 {
			break
		}
		if cov.Rows[j].Leaf {
			leaves++
			if len(cov.Rows[j].Items) > 0 {
				have++
			}
		}
	}
	return leaves, have
}

// entryNumbers maps (indicator, item) to the item's catalogue number
// under that indicator.
func entryNumbers(c *model.Catalogue) map[[2]model.ID]string {
	out := map[[2]model.ID]string{}
	for _, s := range c.Sections {
		for _, e := range s.Entries {
			out[[2]model.ID{s.Row.Indicator.ID, e.Item.ID}] = e.No
		}
	}
	return out
}

// evidenceList is an indicator's evidence, one item a line: its number,
// title and where it is; "none" when nothing is filed.
func evidenceList(lang model.Lang, l *model.Ledger, r *model.CoverageRow, numbers map[[2]model.ID]string) string {
	if len(r.Items) == 0 {
		if r.Leaf {
			return pwords(lang).Sprintf("evidence.print.none")
		}
		return ""
	}
	lines := make([]string, len(r.Items))
	for i, e := range r.Items {
		lines[i] = numbers[[2]model.ID{r.Indicator.ID, e.ID}] + " " + e.Title
		if where := itemWhere(lang, l, e); where != "" {
			lines[i] = aside(lang, lines[i], where)
		}
	}
	return strings.Join(lines, "\n")
}

// itemWhere says where an item is: its file's name, the record's code,
// or both.
func itemWhere(lang model.Lang, l *model.Ledger, e *model.Evidence) string {
	w := pwords(lang)
	switch {
	case e.HasFile() && !e.Record.IsZero():
		return w.Sprintf("evidence.print.where.file_about", e.FileName, e.Record.Code())
	case e.HasFile():
		return w.Sprintf("evidence.print.where.file", e.FileName)
	case !e.Record.IsZero():
		return w.Sprintf("evidence.print.where.record", e.Record.Code())
	}
	return ""
}
