package sheet

import (
	"strings"

	"secretary/model"
)

// exporter renders records into cells: names for owners, "P-2 title" for
// references, labels in one language, derived values as of today.
type exporter struct {
	l      *model.Ledger
	lang   model.Lang
	today  model.Date
	owners map[model.ID]string
	refs   map[model.Entity]map[model.ID]string // "P-2 title", made once per record
	// derived values, computed once per export
	progress map[model.ID]model.Progress
	loads    map[model.ID]model.Load
	// meetings' derived values, made when first asked for
	byDecision model.DecisionTasks
	meetings   map[model.ID]model.DecisionProgress
	// includeInternal writes internal meetings' notes; without it they
	// are withheld (ExportOptions.IncludeInternal).
	includeInternal bool
}

func newExporter(l *model.Ledger, lang model.Lang, today model.Date) *exporter {
	x := &exporter{l: l, lang: lang, today: today, owners: make(map[model.ID]string, len(l.Owners))}
	count := map[string]int{}
	for i := range l.Owners {
		count[nameKey(l.Owners[i].Name)]++
	}
	for i := range l.Owners {
		o := &l.Owners[i]
		// A name two people share is written with the code, so the
		// import finds the right one.
		if count[nameKey(o.Name)] > 1 {
			x.owners[o.ID] = model.CodeOf(o) + " " + o.Name
		} else {
			x.owners[o.ID] = o.Name
		}
	}
	return x
}

// withDerived computes progress and loads, which only exports show.
func (x *exporter) withDerived() *exporter {
	x.progress = model.PlanProgress(x.l, x.today)
	x.loads = model.OwnerLoads(x.l, x.today)
	return x
}

func (x *exporter) owner(id model.ID) Cell {
	if id == 0 {
		return textCell("")
	}
	if n, ok := x.owners[id]; ok {
		return textCell(n)
	}
	return textCell(model.Code(model.EntityOwner, id))
}

// ref writes a reference as its code and its title, "P-2 本学年工作计划":
// readable, and the import reads the code.
func (x *exporter) ref(e model.Entity, id model.ID) Cell {
	if id == 0 {
		return textCell("")
	}
	if s, ok := x.refs[e][id]; ok {
		return textCell(s)
	}
	if x.refs == nil {
		x.refs = map[model.Entity]map[model.ID]string{}
	}
	if x.refs[e] == nil {
		x.refs[e] = map[model.ID]string{}
	}
	s := x.refText(e, id)
	x.refs[e][id] = s
	return textCell(s)
}

func (x *exporter) refText(e model.Entity, id model.ID) string {
	code := model.Code(e, id)
	r := x.l.Record(e, id)
	if r == nil {
		return code
	}
	if n, ok := r.(model.NamedIn); ok {
		return code + " " + n.NameIn(x.lang)
	}
	return code + " " + oneLine(r.DisplayName())
}

func (x *exporter) target(t model.Target) Cell {
	if t.Kind == model.TargetArea {
		return textCell(model.LabelOf(t.Area).In(x.lang))
	}
	if e := t.Entity(); e != 0 {
		return x.ref(e, t.ID)
	}
	return textCell("")
}

func (x *exporter) audience(groups []model.AudienceGroup) Cell {
	parts := make([]string, len(groups))
	for i, g := range groups {
		parts[i] = model.LabelOf(g).In(x.lang)
	}
	return textCell(strings.Join(parts, model.ListSep(x.lang)))
}

func (x *exporter) findingText(r *model.Rectification) Cell {
	if a := x.l.Assessment(r.AssessmentID); a != nil {
		if f, ok := a.Finding(r.FindingNo); ok {
			return textCell(f.Text)
		}
	}
	return textCell("")
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// internal makes the exporter write internal meetings' notes: an import
// compares real values, not the withheld mark.
func (x *exporter) internal() *exporter {
	x.includeInternal = true
	return x
}
