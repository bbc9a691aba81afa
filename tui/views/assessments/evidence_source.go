package assessments

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/components/browse"
	"secretary/tui/components/cell"
	"secretary/tui/components/detail"
	"secretary/tui/components/table"
	"secretary/tui/forms"
	"secretary/tui/theme"
)

// evidenceState is what the evidence view's lists share: the evidence
// folder's answer about each file (missing, changed), read in a command
// and kept here.
type evidenceState struct {
	files model.FileStates
}

// indicatorSource tells the browser about the active rubric's indicators:
// the tree in rubric order with points, self-score and evidence, ⚠ where
// evidence is missing or a file is missing or changed.
type indicatorSource struct{ st *evidenceState }

func (s indicatorSource) Entity() model.Entity { return model.EntityIndicator }

// Depends: a row counts its evidence and rolls its children up; the tab
// rebuilds the rows when an indicator changes (a parent shows its
// children's scores).
func (s indicatorSource) Depends() []model.Entity {
	return []model.Entity{model.EntityEvidence, model.EntityRubric}
}

func (s indicatorSource) Columns(ctx *common.Context) []table.Column {
	return []table.Column{
		{Title: ctx.T("col.ind.code"), Min: 6, Max: 14},
		{Title: ctx.T("col.ind.title"), Min: 12, Flex: 3},
		{Title: ctx.T("col.ind.points"), Min: 4},
		{Title: ctx.T("col.ind.score"), Min: 4},
		{Title: ctx.T("col.ind.items"), Min: 4, Drop: 1},
	}
}

// coverage is the active rubric's tree with the files' states.
func (s indicatorSource) coverage(ctx *common.Context) *model.EvidenceCoverage {
	r := ctx.Ledger.ActiveRubric()
	if r == nil {
		return &model.EvidenceCoverage{}
	}
	return model.BuildCoverage(ctx.Ledger, r.ID, s.st.files)
}

func (s indicatorSource) Rows(ctx *common.Context) []table.Row {
	cov := s.coverage(ctx)
	rows := make([]table.Row, len(cov.Rows))
	for i := range cov.Rows {
		rows[i] = indicatorRow(ctx, &cov.Rows[i], i)
	}
	return rows
}

func (s indicatorSource) Row(ctx *common.Context, id model.ID) (table.Row, bool) {
	cov := s.coverage(ctx)
	for i := range cov.Rows {
		if cov.Rows[i].Indicator.ID == id {
			return indicatorRow(ctx, &cov.Rows[i], i), true
		}
	}
	return table.Row{}, false
}

func indicatorRow(ctx *common.Context, r *model.CoverageRow, at int) table.Row {
	indent := strings.Repeat("  ", r.Depth-1)
	score := "—"
	if r.Scored {
		score = r.Score.String()
	}
	items := cell.Count(r.Count)
	if r.FileProblems > 0 {
		items += theme.MarkOverdue
	}
	row := table.Row{
		ID:    r.Indicator.ID,
		Cells: []string{indent + r.Indicator.Code, r.Indicator.Title, r.Indicator.Points.String(), score, items},
		Order: fmt.Sprintf("%06d", at),
	}
	if r.Warn() {
		row.Mark = table.MarkOverdue
	}
	return row
}

// Quick: all, what is missing (no evidence, or a file missing or
// changed), not yet scored, files with problems.
func (s indicatorSource) Quick(ctx *common.Context, _ model.ID) []browse.Quick {
	rows := map[model.ID]*model.CoverageRow{}
	cov := s.coverage(ctx)
	for i := range cov.Rows {
		rows[cov.Rows[i].Indicator.ID] = &cov.Rows[i]
	}
	keep := func(f func(*model.CoverageRow) bool) func(*table.Row) bool {
		return func(r *table.Row) bool { c := rows[r.ID]; return c != nil && f(c) }
	}
	return []browse.Quick{
		{Name: ctx.T("quick.all")},
		{Name: ctx.T("quick.ind_missing"), Keep: keep((*model.CoverageRow).Warn)},
		{Name: ctx.T("quick.ind_unscored"), Keep: keep(func(c *model.CoverageRow) bool { return c.Leaf && !c.Scored })},
		{Name: ctx.T("quick.ind_files"), Keep: keep(func(c *model.CoverageRow) bool { return c.FileProblems > 0 })},
	}
}

func (s indicatorSource) NewDraft(ctx *common.Context) forms.Draft {
	if r := ctx.Ledger.ActiveRubric(); r != nil {
		return forms.NewIndicatorDraft(r.ID, 0)
	}
	return nil
}

func (s indicatorSource) EditDraft(ctx *common.Context, id model.ID) forms.Draft {
	if in := ctx.Ledger.Indicator(id); in != nil {
		return forms.EditIndicatorDraft(*in)
	}
	return nil
}

func (s indicatorSource) Describe(ctx *common.Context, id model.ID) string {
	if in := ctx.Ledger.Indicator(id); in != nil {
		return ctx.T("describe.record", ctx.L(model.EntityIndicator.Label()), in.Code, in.Title)
	}
	return model.Code(model.EntityIndicator, id)
}

// Detail shows what the indicator asks for, its self-score, and its
// evidence with where each item is.
func (s indicatorSource) Detail(ctx *common.Context, id model.ID, width int) string {
	l, st := ctx.Ledger, ctx.Styles
	cov := s.coverage(ctx)
	r := cov.Row(id)
	if r == nil {
		return ""
	}
	in := r.Indicator
	b := detail.New(st, width, 10).Title(in.DisplayName())
	b.Field(ctx.T("field.indicator.points"), in.Points.String())
	score := ctx.T("detail.not_scored")
	if r.Scored {
		score = r.Score.String()
	}
	b.Field(ctx.T("field.indicator.score"), score)
	if in.ScoreNote != "" {
		b.Field(ctx.T("field.indicator.score_note"), in.ScoreNote)
	}
	if in.Criteria != "" {
		b.Section(ctx.T("field.indicator.criteria")).Line(in.Criteria)
	}
	if in.Evidence != "" {
		b.Section(ctx.T("field.indicator.evidence")).Line(in.Evidence)
	}
	b.Section(ctx.T("detail.evidence", r.Count))
	if !r.Leaf && len(r.Items) == 0 {
		if r.Missing > 0 {
			b.StyledLine(theme.MarkOverdue+" "+ctx.T("detail.evidence_below", r.Missing), st.Overdue)
		} else {
			b.Faint(ctx.T("detail.evidence_below_all"))
		}
	}
	if r.Leaf && len(r.Items) == 0 {
		b.StyledLine(theme.MarkOverdue+" "+ctx.T("detail.evidence_none"), st.Overdue)
	}
	for _, e := range r.Items {
		line, style := itemLine(ctx, e, s.st.files)
		b.Bullet(line, style)
	}
	_ = l
	return b.String()
}

// itemLine is one evidence item in a detail: code, title, where it is,
// and ⚠ when its file is missing or changed.
func itemLine(ctx *common.Context, e *model.Evidence, files model.FileStates) (string, lipgloss.Style) {
	st := ctx.Styles
	s := model.CodeOf(e) + " " + e.Title + " · " + where(ctx, e)
	switch files[e.SHA256] {
	case model.FileMissing:
		if e.HasFile() {
			return theme.MarkOverdue + " " + s + " · " + ctx.T("detail.file_missing"), st.Overdue
		}
	case model.FileChanged:
		if e.HasFile() {
			return theme.MarkOverdue + " " + s + " · " + ctx.T("detail.file_changed"), st.Overdue
		}
	}
	return s, st.Value
}

// where says where an item is: its file, the record, or both.
func where(ctx *common.Context, e *model.Evidence) string {
	switch {
	case e.HasFile() && !e.Record.IsZero():
		return e.FileName + " (" + e.Record.Code() + ")"
	case e.HasFile():
		return e.FileName
	}
	return e.Record.Code()
}

// itemSource tells the browser about evidence items: all of them, or an
// indicator's (the tab scopes them).
type itemSource struct{ st *evidenceState }

func (s itemSource) Entity() model.Entity { return model.EntityEvidence }

// Depends: a row names its indicators by code.
func (s itemSource) Depends() []model.Entity { return []model.Entity{model.EntityIndicator} }

func (s itemSource) Columns(ctx *common.Context) []table.Column {
	return []table.Column{
		{Title: ctx.T("col.code"), Min: 4, Sortable: true},
		{Title: ctx.T("col.item.title"), Min: 12, Flex: 3, Sortable: true},
		{Title: ctx.T("col.item.where"), Min: 8, Flex: 2, Drop: 2, Sortable: true},
		{Title: ctx.T("col.date"), Min: 10, Drop: 3, Sortable: true},
		{Title: ctx.T("col.item.indicators"), Min: 6, Max: 24, Drop: 1},
	}
}

func (s itemSource) Rows(ctx *common.Context) []table.Row {
	return browse.RowsOf(ctx.Ledger.Evidence, func(e *model.Evidence) table.Row { return s.row(ctx, e) })
}

func (s itemSource) Row(ctx *common.Context, id model.ID) (table.Row, bool) {
	return browse.RowOf(ctx.Ledger.EvidenceItem, id, func(e *model.Evidence) table.Row { return s.row(ctx, e) })
}

func (s itemSource) row(ctx *common.Context, e *model.Evidence) table.Row {
	codes := make([]string, 0, len(e.Indicators))
	for _, id := range e.Indicators {
		if in := ctx.Ledger.Indicator(id); in != nil {
			codes = append(codes, in.Code)
		}
	}
	r := table.Row{
		ID:    e.ID,
		Cells: []string{model.CodeOf(e), e.Title, where(ctx, e), cell.Date(e.Date), strings.Join(codes, " ")},
		Sort:  []string{cell.NumKey(int(e.ID)), "", "", cell.DateKey(e.Date), ""},
	}
	if e.HasFile() && s.st.files[e.SHA256].Problem() {
		r.Mark = table.MarkOverdue
	}
	return r
}

// Quick: all, files, records, linked to nothing, files with problems.
func (s itemSource) Quick(ctx *common.Context, _ model.ID) []browse.Quick {
	l := ctx.Ledger
	keep := func(f func(*model.Evidence) bool) func(*table.Row) bool { return browse.Keep(l.EvidenceItem, f) }
	return []browse.Quick{
		{Name: ctx.T("quick.all")},
		{Name: ctx.T("quick.item_files"), Keep: keep((*model.Evidence).HasFile)},
		{Name: ctx.T("quick.item_records"), Keep: keep(func(e *model.Evidence) bool { return !e.HasFile() })},
		{Name: ctx.T("quick.item_unlinked"), Keep: keep(func(e *model.Evidence) bool { return len(e.Indicators) == 0 })},
		{Name: ctx.T("quick.ind_files"), Keep: keep(func(e *model.Evidence) bool { return e.HasFile() && s.st.files[e.SHA256].Problem() })},
	}
}

// NewDraft: evidence is added with a (on an indicator or any record).
func (s itemSource) NewDraft(*common.Context) forms.Draft { return nil }

func (s itemSource) EditDraft(ctx *common.Context, id model.ID) forms.Draft {
	if e := ctx.Ledger.EvidenceItem(id); e != nil {
		return forms.EditEvidenceDraft(*e)
	}
	return nil
}

// Detail shows the item, its file or record, and its indicators.
func (s itemSource) Detail(ctx *common.Context, id model.ID, width int) string {
	l, st := ctx.Ledger, ctx.Styles
	e := l.EvidenceItem(id)
	if e == nil {
		return ""
	}
	b := detail.New(st, width, 10).Title(model.CodeOf(e) + "  " + e.Title)
	if e.HasFile() {
		state := ctx.T("detail.file_ok")
		style := st.Value
		switch s.st.files[e.SHA256] {
		case model.FileMissing:
			state, style = theme.MarkOverdue+" "+ctx.T("detail.file_missing"), st.Overdue
		case model.FileChanged:
			state, style = theme.MarkOverdue+" "+ctx.T("detail.file_changed"), st.Overdue
		case model.FileUnknown:
			state = ctx.T("detail.file_unknown")
		}
		b.Field(ctx.T("field.evidence.file"), e.FileName+" · "+model.SizeText(e.Size))
		b.StyledField(ctx.T("detail.file_state"), state, style)
		b.Field("SHA-256", e.SHA256)
	}
	if !e.Record.IsZero() {
		b.Field(ctx.T("field.evidence.record"), describeRef(ctx, e.Record))
	}
	b.Field(ctx.T("field.evidence.date"), cell.Date(e.Date)).
		Field(ctx.T("field.evidence.added_by"), cell.Dash(e.AddedBy)+" · "+cell.Date(e.AddedOn))
	b.Section(ctx.T("detail.indicators_linked", len(e.Indicators)))
	if len(e.Indicators) == 0 {
		b.Faint(ctx.T("detail.link_hint"))
	}
	for _, iid := range e.Indicators {
		if in := l.Indicator(iid); in != nil {
			b.Bullet(in.DisplayName(), st.Value)
		}
	}
	if e.Notes != "" {
		b.Section(ctx.T("field.evidence.notes")).Line(e.Notes)
	}
	return b.String()
}

func (s itemSource) Describe(ctx *common.Context, id model.ID) string {
	if e := ctx.Ledger.EvidenceItem(id); e != nil {
		return ctx.T("describe.record", ctx.L(model.EntityEvidence.Label()), model.CodeOf(e), e.Title)
	}
	return model.Code(model.EntityEvidence, id)
}

// describeRef names a record: 活动 A-3「title」.
func describeRef(ctx *common.Context, ref model.RecordRef) string {
	r := ctx.Ledger.Record(ref.Entity, ref.ID)
	if r == nil {
		return ref.Code()
	}
	name := r.DisplayName()
	if n, ok := r.(model.NamedIn); ok {
		name = n.NameIn(ctx.Lang())
	}
	return ctx.T("describe.record", ctx.L(ref.Entity.Label()), ref.Code(), name)
}

// docSource tells the browser about the group's documents; a review
// overdue is ⚠, one due within 30 days ⏳.
type docSource struct{}

func (docSource) Entity() model.Entity    { return model.EntityDocument }
func (docSource) Depends() []model.Entity { return nil }

func (docSource) Columns(ctx *common.Context) []table.Column {
	return []table.Column{
		{Title: ctx.T("col.code"), Min: 4, Sortable: true},
		{Title: ctx.T("col.kind"), Min: 4, Max: 8, Drop: 3, Sortable: true},
		{Title: ctx.T("col.doc.title"), Min: 14, Flex: 3, Sortable: true},
		{Title: ctx.T("col.doc.number"), Min: 8, Max: 20, Drop: 2, Sortable: true},
		{Title: ctx.T("col.doc.adopted"), Min: 10, Drop: 4, Sortable: true},
		{Title: ctx.T("col.doc.review"), Min: 10, Drop: 1, Sortable: true},
	}
}

func (docSource) Rows(ctx *common.Context) []table.Row {
	return browse.RowsOf(ctx.Ledger.Documents, func(d *model.Document) table.Row { return docRow(ctx, d) })
}

func (docSource) Row(ctx *common.Context, id model.ID) (table.Row, bool) {
	return browse.RowOf(ctx.Ledger.Document, id, func(d *model.Document) table.Row { return docRow(ctx, d) })
}

func docRow(ctx *common.Context, d *model.Document) table.Row {
	r := table.Row{
		ID:    d.ID,
		Cells: []string{model.CodeOf(d), ctx.L(model.LabelOf(d.Kind)), d.Title, d.Number, cell.Date(d.Adopted), cell.Date(d.ReviewDue)},
		Sort:  []string{cell.NumKey(int(d.ID)), "", "", "", cell.DateKey(d.Adopted), cell.DateKey(d.ReviewDue)},
	}
	switch d.Review(ctx.Derived.Today) {
	case model.ReviewOverdue:
		r.Mark = table.MarkOverdue
	case model.ReviewDueSoon:
		r.Mark = table.MarkSoon
	}
	if d.Status == model.DocRepealed {
		r.Mark = table.MarkFaint
	}
	return r
}

// Quick: all, due for review, in force, of the selected one's kind.
func (docSource) Quick(ctx *common.Context, selected model.ID) []browse.Quick {
	l, today := ctx.Ledger, ctx.Derived.Today
	keep := func(f func(*model.Document) bool) func(*table.Row) bool { return browse.Keep(l.Document, f) }
	q := []browse.Quick{
		{Name: ctx.T("quick.all")},
		{Name: ctx.T("quick.doc_review"), Keep: keep(func(d *model.Document) bool { return d.ReviewIsDue(today) })},
		{Name: ctx.T("quick.doc_in_force"), Keep: keep(func(d *model.Document) bool { return d.Status != model.DocRepealed })},
	}
	if d := l.Document(selected); d != nil {
		kind := d.Kind
		q = append(q, browse.Quick{Name: ctx.L(model.LabelOf(kind)), Keep: keep(func(x *model.Document) bool { return x.Kind == kind })})
	}
	return q
}

func (docSource) NewDraft(ctx *common.Context) forms.Draft {
	return forms.NewDocumentDraft(ctx.Today())
}

func (docSource) EditDraft(ctx *common.Context, id model.ID) forms.Draft {
	if d := ctx.Ledger.Document(id); d != nil {
		return forms.EditDocumentDraft(*d)
	}
	return nil
}

// Detail shows the document, its review and the indicators it is filed
// under.
func (docSource) Detail(ctx *common.Context, id model.ID, width int) string {
	l, st, today := ctx.Ledger, ctx.Styles, ctx.Derived.Today
	d := l.Document(id)
	if d == nil {
		return ""
	}
	b := detail.New(st, width, 10).Title(model.CodeOf(d) + "  " + d.Title)
	b.Field(ctx.T("field.document.kind"), ctx.L(model.LabelOf(d.Kind))).
		Field(ctx.T("field.document.number"), cell.Dash(d.Number)).
		Field(ctx.T("field.document.issuer"), cell.Dash(d.Issuer)).
		Field(ctx.T("field.document.adopted"), cell.Dash(cell.Date(d.Adopted))).
		Field(ctx.T("field.document.status"), ctx.L(model.LabelOf(d.Status)))
	switch d.Review(today) {
	case model.ReviewOverdue:
		b.StyledField(ctx.T("field.document.review_due"), theme.MarkOverdue+" "+ctx.T("detail.review_overdue", d.ReviewDue.String(), d.ReviewDue.DaysUntil(today)), st.Overdue)
	case model.ReviewDueSoon:
		b.StyledField(ctx.T("field.document.review_due"), theme.MarkSoon+" "+ctx.T("detail.review_soon", d.ReviewDue.String(), today.DaysUntil(d.ReviewDue)), st.Soon)
	default:
		b.Field(ctx.T("field.document.review_due"), cell.Dash(cell.Date(d.ReviewDue)))
	}
	ins := model.IndicatorsOf(l, model.EntityDocument, id)
	b.Section(ctx.T("detail.filed_under", len(ins)))
	if len(ins) == 0 {
		b.Faint(ctx.T("detail.link_hint"))
	}
	for _, in := range ins {
		b.Bullet(in.DisplayName(), st.Value)
	}
	if d.Notes != "" {
		b.Section(ctx.T("field.document.notes")).Line(d.Notes)
	}
	return b.String()
}

func (docSource) Describe(ctx *common.Context, id model.ID) string {
	if d := ctx.Ledger.Document(id); d != nil {
		return ctx.T("describe.record", ctx.L(model.EntityDocument.Label()), model.CodeOf(d), d.Title)
	}
	return model.Code(model.EntityDocument, id)
}
