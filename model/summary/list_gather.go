package summary

import (
	"slices"

	"secretary/model"
)

// The gather functions of the first wall lists (issue 11): each copies
// its records out of the ledger, as filtered, with what its columns
// derive from other records. keep is the screen's rows (nil: all).

func gatherTasks(li *List, l *model.Ledger, o ListOptions, keep map[model.ID]bool) {
	li.Tasks = pick(l.Tasks, o.IDs, keep, func(t *model.Task) bool {
		return (o.Owner == 0 || t.OwnerID == o.Owner) && (o.Plan == 0 || t.PlanID == o.Plan)
	})
}

func gatherPlans(li *List, l *model.Ledger, o ListOptions, keep map[model.ID]bool) {
	li.Plans = pick(l.Plans, o.IDs, keep, func(p *model.Plan) bool {
		return (o.Owner == 0 || p.LeaderID == o.Owner) && (o.Plan == 0 || p.ID == o.Plan)
	})
	li.progress = model.PlanProgress(l, li.Today)
}

func gatherActivities(li *List, l *model.Ledger, o ListOptions, keep map[model.ID]bool) {
	li.Activities = pick(l.Activities, o.IDs, keep, func(a *model.Activity) bool {
		return (o.Owner == 0 || a.OrganiserID == o.Owner || slices.Contains(a.StageOwners[:], o.Owner)) &&
			(o.Plan == 0 || a.PlanID == o.Plan)
	})
}

func gatherRects(li *List, l *model.Ledger, o ListOptions, keep map[model.ID]bool) {
	li.Rects = pick(l.Rectifications, o.IDs, keep, func(r *model.Rectification) bool {
		return o.Owner == 0 || r.OwnerID == o.Owner
	})
	li.findings = map[model.ID]map[int]string{}
	for _, r := range li.Rects {
		if _, ok := li.findings[r.AssessmentID]; ok {
			continue
		}
		m := map[int]string{}
		if e := l.Assessment(r.AssessmentID); e != nil {
			for _, f := range e.Findings {
				m[f.No] = f.Text
			}
		}
		li.findings[r.AssessmentID] = m
	}
}

func gatherOwners(li *List, l *model.Ledger, o ListOptions, keep map[model.ID]bool) {
	li.Owners = pick(l.Owners, o.IDs, keep, func(x *model.Owner) bool { return o.Owner == 0 || x.ID == o.Owner })
	li.loads = model.OwnerLoads(l, li.Today)
}

func gatherAssessments(li *List, l *model.Ledger, o ListOptions, keep map[model.ID]bool) {
	li.Assessments = pick(l.Assessments, o.IDs, keep, func(*model.Assessment) bool { return true })
	li.rects = model.AssessmentRects(l, li.Today)
	li.targets = map[model.ID]Target{}
	b := builder{l: l}
	for _, e := range li.Assessments {
		li.targets[e.ID] = b.target(e.Target)
	}
}
