package summary

import (
	"io"

	"secretary/internal/i18n"
	"secretary/model"
)

// The inspection printouts (issue 15): the self-assessment report
// (自评报告), the binder catalogue (档案盒目录) and a printout of one
// ledger record filed as evidence. They are Documents like the meeting
// summary: text, Markdown and HTML here, PDF through package printout.

// Message keys of building the inspection printouts.
const (
	MsgNoRubric = "evidence.print.no_rubric" // the ledger has no rubric to report on
)

// SelfCheck is the self-assessment report of the active rubric: every
// indicator with its points, self-score, note and evidence, the total
// against the maximum, the group and school, and a line to sign.
type SelfCheck struct {
	Header    Header
	Today     model.Date
	Ledger    *model.Ledger
	Coverage  *model.EvidenceCoverage
	Catalogue *model.Catalogue
}

// BuildSelfCheck gathers the self-assessment of the rubric (0: the
// active one). files are the evidence folder's states (nil: not known,
// so no file is marked missing).
func BuildSelfCheck(l *model.Ledger, rubric model.ID, files model.FileStates, today model.Date) (*SelfCheck, error) {
	if rubric == 0 {
		if r := l.ActiveRubric(); r != nil {
			rubric = r.ID
		}
	}
	if l.Rubric(rubric) == nil {
		return nil, model.NewMsgError(MsgNoRubric)
	}
	cov := model.BuildCoverage(l, rubric, files)
	return &SelfCheck{
		Header: Header{Group: l.Settings.GroupName, School: l.Settings.School, Secretary: l.Settings.Secretary},
		Today:  today, Ledger: l, Coverage: cov, Catalogue: model.BuildCatalogue(cov),
	}, nil
}

// Write renders the report in a text format.
func (s *SelfCheck) Write(w io.Writer, f Format, o Options) error {
	return render(w, selfCheckDoc(s, o.Lang), f, o)
}

// FileName is "自评报告_2026-11-20.pdf".
func (s *SelfCheck) FileName(f Format, lang model.Lang) string {
	return i18n.For(lang).Sprintf("evidence.print.file.selfcheck") + "_" + s.Today.String() + f.Ext()
}

// BinderCatalogue is the binder catalogue of the same rubric: a printout
// of its own, built from a self-assessment's catalogue.
type BinderCatalogue struct{ *SelfCheck }

// Catalogue is the binder catalogue of the report's rubric.
func (s *SelfCheck) BinderCatalogue() *BinderCatalogue { return &BinderCatalogue{s} }

// Write renders the catalogue in a text format.
func (c *BinderCatalogue) Write(w io.Writer, f Format, o Options) error {
	return render(w, catalogueDoc(c.SelfCheck, o.Lang), f, o)
}

// FileName is "档案盒目录_2026-11-20.pdf".
func (c *BinderCatalogue) FileName(f Format, lang model.Lang) string {
	return i18n.For(lang).Sprintf("evidence.print.file.catalogue") + "_" + c.Today.String() + f.Ext()
}

// RecordSheet is one ledger record filed as evidence, printed on its own
// page: its fields as the ledger holds them, and the catalogue numbers it
// is filed under. Every kind prints through its declaration
// (model.FieldTexts), so a kind added later prints too.
type RecordSheet struct {
	Header  Header
	Today   model.Date
	Ledger  *model.Ledger
	Record  model.Record
	Numbers []string // the catalogue entries it is filed under
}

// Write renders the record in a text format.
func (r *RecordSheet) Write(w io.Writer, f Format, o Options) error {
	return render(w, recordDoc(r, o.Lang), f, o)
}

// FileName is the record's code: "A-3.html".
func (r *RecordSheet) FileName(f Format, _ model.Lang) string {
	return model.CodeOf(r.Record) + f.Ext()
}
