package browse

import (
	"strings"

	"secretary/model"
	"secretary/store"
	"secretary/tui/common"
	"secretary/tui/components/cell"
	"secretary/tui/components/detail"
)

// historyText is a record's history from the audit journal, newest first:
// when, what was done (undo and redo included), and each field's change
// as "field: before → after".
func historyText(ctx *common.Context, e model.Entity, id model.ID, entries []model.JournalEntry, width int) string {
	st := ctx.Styles
	var b strings.Builder
	b.WriteString(st.DetailTitle.Render(detail.Wrap(ctx.T("history.title", model.Code(e, id)), width)) + "\n\n")
	if len(entries) == 0 {
		b.WriteString(st.Faint.Render(detail.Wrap(ctx.T("history.none"), width)) + "\n")
		return b.String()
	}
	dctx := model.DiffContext{Lang: ctx.Lang(), Before: ctx.Ledger, After: ctx.Ledger}
	for i := len(entries) - 1; i >= 0; i-- {
		en := entries[i]
		head := en.Time().Local().Format("2006-01-02 15:04") + "  " + ctx.Tr.Msg(en.Describe())
		b.WriteString(st.Section.Render(detail.Wrap(head, width)) + "\n")
		for _, c := range en.Changes {
			if c.Entity != e || c.ID != id {
				continue
			}
			for _, line := range changeLines(ctx, c, dctx) {
				b.WriteString(detail.Wrap("  "+line, width) + "\n")
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

// changeLines turns one change into "field: before → after" lines. A new
// record lists the fields it was created with; a deleted one says so.
func changeLines(ctx *common.Context, c model.Change, dctx model.DiffContext) []string {
	var before, after model.Record
	var err error
	if c.Before != nil {
		if before, err = store.DecodeRecord(c.Entity, c.Before); err != nil {
			return []string{ctx.T("history.unreadable")}
		}
	}
	if c.After != nil {
		if after, err = store.DecodeRecord(c.Entity, c.After); err != nil {
			return []string{ctx.T("history.unreadable")}
		}
	}
	switch {
	case after == nil:
		return []string{ctx.T("history.deleted")}
	case before == nil:
		before = model.NewRecord(c.Entity)
	}
	var out []string
	for _, f := range model.DiffRecords(before, after, dctx) {
		out = append(out, ctx.T("history.change", "field."+f.Field, cell.Dash(f.Before), cell.Dash(f.After)))
	}
	if len(out) == 0 {
		out = append(out, ctx.T("history.no_fields"))
	}
	return out
}
