package assessments

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"secretary/app"
	"secretary/model"
	"secretary/tui/common"
	"secretary/tui/components/evidence"
	"secretary/tui/components/table"
	"secretary/tui/forms"
)

// The evidence view (评估准备): the active rubric's indicators as a tree,
// each with its points, self-score and evidence, ⚠ where evidence is
// missing or a file is missing or changed; enter shows an indicator's
// detail, m lists its items (m again: all items), a attaches, v scores,
// p shows the printouts, R the rubrics. On an item l links it.

// filesScannedMsg is the evidence folder's answer about each file.
type filesScannedMsg struct {
	common.To
	files model.FileStates
}

// scanFiles looks at the evidence folder in a command: each file the
// ledger names is there with its size (a full hash is `check`'s work).
func (v *View) scanFiles() tea.Cmd {
	items := append([]model.Evidence(nil), v.ctx.Ledger.Evidence...)
	path, to := v.ctx.App.Path(), v.id
	return func() tea.Msg {
		c := app.CheckEvidenceFiles(path, &model.Ledger{Evidence: items}, false)
		return filesScannedMsg{To: common.To{ID: to}, files: c.State}
	}
}

// shownEvidence brings the evidence view up to date when it is shown: its
// line now, the files' states when they come.
func (v *View) shownEvidence() tea.Cmd {
	if v.shown != listEvidence {
		return nil
	}
	v.head = v.evidenceHead()
	return v.scanFiles()
}

// refreshEvidence rebuilds the tree and the items (the rows roll children
// up, so one changed indicator changes its parents' rows too).
func (v *View) refreshEvidence() {
	v.tree, _ = v.tree.Update(common.LedgerChangedMsg{})
	v.items, _ = v.items.Update(common.LedgerChangedMsg{})
	if v.shown == listEvidence {
		v.tree, _ = v.tree.Update(common.ShownMsg{})
		v.items, _ = v.items.Update(common.ShownMsg{})
	}
	v.head = v.evidenceHead()
}

// evidenceChanged refreshes the evidence view after a write that touched
// what it shows; a new or changed file is looked at again.
func (v *View) evidenceChanged(msg common.LedgerChangedMsg) tea.Cmd {
	touched, files := msg.Result == nil, msg.Result == nil
	if msg.Result != nil {
		for _, c := range msg.Result.Changes {
			switch c.Entity {
			case model.EntityIndicator, model.EntityRubric:
				touched = true
			case model.EntityEvidence:
				touched, files = true, true
			}
		}
	}
	if !touched {
		return nil
	}
	v.refreshEvidence()
	if files && v.shown == listEvidence {
		return v.scanFiles()
	}
	return nil
}

// evidenceHead is the line above the tree: the rubric, its total score
// and how much of it has evidence; the documents due for review.
func (v *View) evidenceHead() string {
	l, st := v.ctx.Ledger, v.ctx.Styles
	r := l.ActiveRubric()
	if r == nil {
		return st.Faint.Render(v.ctx.T("evidence.no_rubric_yet"))
	}
	cov := model.BuildCoverage(l, r.ID, v.ev.files)
	line := v.ctx.T("evidence.head_figures", cov.Score.String(), cov.Max.String(), cov.Evidenced, cov.Leaves, cov.Percent())
	if n := len(model.DocumentsForReview(l, v.ctx.Derived.Today)); n > 0 {
		line += " · " + v.ctx.T("evidence.head_review", n)
	}
	line += " · " + r.Title
	style := st.Value
	if cov.Evidenced < cov.Leaves || cov.Problems > 0 {
		style = st.Warning
	}
	return style.Render(line)
}

// scopeItems shows the items of one indicator (0: all of them).
func (v *View) scopeItems(id model.ID) {
	v.itemsOf = id
	if id == 0 {
		v.items.SetScope("", nil)
		return
	}
	in := v.ctx.Ledger.Indicator(id)
	name := ""
	if in != nil {
		name = in.DisplayName()
	}
	v.items.SetScope(v.ctx.T("scope.indicator", name), func(r *table.Row) bool {
		e := v.ctx.Ledger.EvidenceItem(r.ID)
		return e != nil && e.Supports(id)
	})
}

// evidenceKey handles the evidence view's own keys; ok is false for a
// key the list on screen should have.
func (v *View) evidenceKey(km tea.KeyMsg) (tea.Cmd, bool) {
	k, ek := v.ctx.Keys, v.ctx.Keys.Evidence
	if v.showItems {
		switch {
		case key.Matches(km, k.Browse.New):
			return common.Status(v.ctx.T("status.items_new"), false), true
		case key.Matches(km, k.Browse.Back) && v.items.Table().Filter() == "" && v.items.QuickName() == "":
			v.showItems = false
			v.scopeItems(0)
			return v.forward(common.ShownMsg{}), true
		case key.Matches(km, ek.Items):
			// m again: the indicator's items, or all of them.
			if v.itemsOf != 0 {
				v.scopeItems(0)
				return common.Status(v.ctx.T("status.all_items"), false), true
			}
			v.scopeItems(v.tree.Selected())
			return nil, true
		}
		return nil, false
	}
	switch {
	case key.Matches(km, k.Browse.New):
		return v.newIndicator(), true
	case key.Matches(km, ek.Items):
		id := v.tree.Selected()
		v.showItems = true
		v.items, _ = v.items.Update(common.ShownMsg{})
		if id == 0 {
			v.scopeItems(0)
			return nil, true
		}
		v.scopeItems(id)
		return common.Status(v.ctx.T("status.indicator_items", v.ctx.Ledger.Indicator(id).DisplayName()), false), true
	case key.Matches(km, ek.Score):
		return v.score(), true
	case key.Matches(km, ek.Printouts), key.Matches(km, k.Browse.Print):
		// P prints a list elsewhere; here the printouts are the
		// self-assessment and the catalogue.
		p, ok := evidence.NewPrintouts(v.ctx, v.ev.files)
		if !ok {
			return common.Status(v.ctx.T("evidence.no_rubric_yet"), true), true
		}
		return common.Open(p), true
	case key.Matches(km, ek.Rubrics):
		return common.Open(evidence.NewRubrics(v.ctx)), true
	}
	return nil, false
}

// newIndicator opens the form of a new indicator under the selected one
// (beside it when that one is at the deepest level).
func (v *View) newIndicator() tea.Cmd {
	r := v.ctx.Ledger.ActiveRubric()
	if r == nil {
		return common.Status(v.ctx.T("evidence.no_rubric_yet"), true)
	}
	parent := model.ID(0)
	if row := model.BuildCoverage(v.ctx.Ledger, r.ID, nil).Row(v.tree.Selected()); row != nil {
		parent = row.Indicator.ID
		if row.Depth >= model.MaxIndicatorDepth {
			parent = row.Indicator.ParentID
		}
	}
	return v.tree.OpenForm(forms.NewIndicatorDraft(r.ID, parent), model.ActCreate)
}

// score opens the self-score form of the selected indicator; an
// indicator with sub-indicators is scored through them.
func (v *View) score() tea.Cmd {
	in := v.ctx.Ledger.Indicator(v.tree.Selected())
	if in == nil {
		return nil
	}
	for i := range v.ctx.Ledger.Indicators {
		if v.ctx.Ledger.Indicators[i].ParentID == in.ID {
			return common.Status(v.ctx.T("evidence.score_parent", in.Code), true)
		}
	}
	return v.tree.OpenForm(forms.NewScoreDraft(*in), model.ActUpdate)
}

// evidenceShortHelp is the evidence view's keys on the help line.
func (v *View) evidenceShortHelp() []key.Binding {
	ek := v.ctx.Keys.Evidence
	if v.showItems {
		return []key.Binding{ek.Link, ek.Items}
	}
	return []key.Binding{ek.Attach, ek.Items, ek.Score, ek.Printouts}
}

// evidenceFullHelp is every key of the evidence view.
func (v *View) evidenceFullHelp() []key.Binding {
	ek := v.ctx.Keys.Evidence
	if v.showItems {
		return []key.Binding{ek.Link, ek.Items}
	}
	return []key.Binding{ek.Items, ek.Score, ek.Printouts, ek.Rubrics}
}

// fitLine cuts a styled line to the width.
func fitLine(s string, w int) string {
	if w <= 0 {
		return s
	}
	return lipgloss.NewStyle().MaxWidth(w).Render(s)
}
