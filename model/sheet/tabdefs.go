package sheet

import (
	"reflect"

	"secretary/model"
)

// columnsOf lists a tab's columns in sheet order.
func columnsOf(e model.Entity) []colInfo {
	switch e {
	case model.EntityPlan:
		return infos(planColumns())
	case model.EntityOwner:
		return infos(ownerColumns())
	case model.EntityTask:
		return infos(taskColumns())
	case model.EntityActivity:
		return infos(activityColumns())
	case model.EntityAssessment:
		return append(infos(assessmentColumns()), infos(indicatorColumns())...)
	case model.EntityRectification:
		return infos(rectColumns())
	}
	return nil
}

// exportRows writes a tab's rows; overdue rows are flagged for colour.
func exportRows(x *exporter, e model.Entity, emit func(cells []Cell, overdue bool)) {
	switch e {
	case model.EntityPlan:
		rowsOf(x, planColumns(), x.l.Plans, func(*model.Plan) bool { return false }, emit)
	case model.EntityOwner:
		rowsOf(x, ownerColumns(), x.l.Owners, func(*model.Owner) bool { return false }, emit)
	case model.EntityTask:
		rowsOf(x, taskColumns(), x.l.Tasks, func(t *model.Task) bool { return t.Overdue(x.today) }, emit)
	case model.EntityActivity:
		rowsOf(x, activityColumns(), x.l.Activities, func(*model.Activity) bool { return false }, emit)
	case model.EntityAssessment:
		assessmentRows(x, emit)
	case model.EntityRectification:
		rowsOf(x, rectColumns(), x.l.Rectifications, func(r *model.Rectification) bool { return r.Overdue(x.today) }, emit)
	}
}

func rowsOf[T any](x *exporter, cols []column[T], recs []T, overdue func(*T) bool, emit func([]Cell, bool)) {
	for i := range recs {
		r := &recs[i]
		row := make([]Cell, len(cols))
		for j, c := range cols {
			row[j] = c.get(x, r)
		}
		emit(row, overdue(r))
	}
}

// readTab reads every sheet of the file that holds the tab.
func (p *importer) readTab(e model.Entity) {
	for _, s := range p.sheets {
		if s.tab != e || !s.usable {
			continue
		}
		switch e {
		case model.EntityPlan:
			readRows(p, s, planColumns())
		case model.EntityOwner:
			readRows(p, s, ownerColumns())
		case model.EntityTask:
			readRows(p, s, taskColumns())
		case model.EntityActivity:
			readRows(p, s, activityColumns())
		case model.EntityAssessment:
			p.readAssessments(s)
		case model.EntityRectification:
			readRows(p, s, rectColumns())
		}
		p.checkRequiredColumns(s)
	}
}

// changedFields lists the columns whose value an update changes.
func (p *importer) changedFields(before, after model.MutableRecord) []string {
	switch b := before.(type) {
	case *model.Plan:
		return diff(p.x, planColumns(), b, after.(*model.Plan))
	case *model.Owner:
		return diff(p.x, ownerColumns(), b, after.(*model.Owner))
	case *model.Task:
		return diff(p.x, taskColumns(), b, after.(*model.Task))
	case *model.Activity:
		return diff(p.x, activityColumns(), b, after.(*model.Activity))
	case *model.Assessment:
		a := after.(*model.Assessment)
		out := diff(p.x, assessmentColumns(), b, a)
		if !reflect.DeepEqual(b.Indicators, a.Indicators) {
			out = append(out, "assessment.indicators")
		}
		return out
	case *model.Rectification:
		return diff(p.x, rectColumns(), b, after.(*model.Rectification))
	}
	return nil
}

func diff[T any](x *exporter, cols []column[T], a, b *T) []string {
	var out []string
	for _, c := range cols {
		if c.set == nil || c.derived {
			continue
		}
		if c.get(x, a) != c.get(x, b) {
			out = append(out, c.key)
		}
	}
	return out
}
