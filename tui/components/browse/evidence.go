package browse

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/components/evidence"
)

// Evidence on every list (issue 15): a attaches a file about the record
// (or, on an indicator, a file or record for it); l links the record or
// evidence item to the rubric's indicators. Which kinds take part is the
// registry's answer (model.Linkable), so a kind added later, such as
// meetings, takes part without code here.

// attachable reports whether a attaches evidence to this list's records.
func (b *Browser) attachable() bool {
	e := b.src.Entity()
	return model.Linkable(e) || e == model.EntityIndicator
}

// linkable reports whether l links this list's records to indicators.
func (b *Browser) linkable() bool {
	e := b.src.Entity()
	return model.Linkable(e) || e == model.EntityEvidence
}

// attach opens the attach flow for the record.
func (b *Browser) attach(id model.ID) tea.Cmd {
	if refuse := b.ctx.RefuseWrite(); refuse != nil {
		return refuse
	}
	t := evidence.Target{Record: model.RecordRef{Entity: b.src.Entity(), ID: id}}
	if b.src.Entity() == model.EntityIndicator {
		t = evidence.Target{Indicator: id}
	}
	return common.Open(evidence.NewAttach(b.ctx, t))
}

// link opens the link flow for the record or item.
func (b *Browser) link(id model.ID) tea.Cmd {
	if refuse := b.ctx.RefuseWrite(); refuse != nil {
		return refuse
	}
	if b.ctx.Ledger.ActiveRubric() == nil {
		return common.Status(b.ctx.T("evidence.no_rubric_yet"), true)
	}
	s := evidence.Subject{Record: model.RecordRef{Entity: b.src.Entity(), ID: id}}
	if b.src.Entity() == model.EntityEvidence {
		s = evidence.Subject{Item: id}
	}
	return common.Open(evidence.NewLink(b.ctx, s))
}

// evidenceNote is what the delete question adds when the record is filed
// as evidence: the indicators it supports, which lose it.
func evidenceNote(ctx *common.Context, e model.Entity, id model.ID) string {
	switch e {
	case model.EntityIndicator:
		n := 0
		for i := range ctx.Ledger.Evidence {
			if ctx.Ledger.Evidence[i].Supports(id) {
				n++
			}
		}
		if n > 0 {
			return "\n" + ctx.T("confirm.delete_indicator_links", n)
		}
		return ""
	case model.EntityRubric:
		return "\n" + ctx.T("confirm.delete_rubric_indicators", len(model.BuildCoverage(ctx.Ledger, id, nil).Rows))
	}
	ins := model.IndicatorsOf(ctx.Ledger, e, id)
	if len(ins) == 0 {
		return ""
	}
	codes := make([]string, 0, len(ins))
	for i, in := range ins {
		if i == 8 {
			codes = append(codes, "…")
			break
		}
		codes = append(codes, in.Code)
	}
	return "\n" + ctx.T("confirm.delete_evidence", strings.Join(codes, ctx.T("list.sep")))
}

// Entity is the kind of record the browser lists.
func (b *Browser) Entity() model.Entity { return b.src.Entity() }
