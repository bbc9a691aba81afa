package summary

import (
	"fmt"

	"secretary/internal/i18n"
	"secretary/model"
)

// word names one phrase of a printout; its text, in both languages, is in
// the catalogue (internal/i18n/printout.go) like every other word shown.
type word int

// The phrases of summaries and task slips.
const (
	wTitle word = iota
	wSubtitle
	wSlipSubtitle
	wSchool
	wSecretary
	wPeriod
	wPrepared
	wOwner
	wLegend
	wSlipLegend

	// section titles
	wSecOverview
	wSecPlans
	wSecOwners
	wSecActivities
	wSecAssessments
	wSecProblems
	wSecNext

	// overview
	wActivePlans
	wTasksOpen
	wOfWhichOverdue
	wTasksDone
	wTasksDueSoon
	wActsHeld
	wParticipants
	wSpend
	wBudget
	wActsUpcoming
	wAssessHeld
	wAvgScore
	wRectsOpened
	wRectsClosed
	wRectsOpen
	wRectsOverdue
	wAvgSatisfaction

	// columns
	wColPlan
	wColDoneOfTotal
	wColProgress
	wColOverdue
	wColSpentBudget
	wColOwner
	wColDept
	wColOwners
	wColOpen
	wColDoneInPeriod
	wColOverdueTasks
	wColKind
	wColCount
	wColParticipants
	wColSpend
	wColBudget
	wColSatisfaction
	wColDate
	wColTime
	wColActivity
	wColVenue
	wColOrganiser
	wColExpected
	wColAssessment
	wColTarget
	wColAssessor
	wColScore
	wColRating
	wColFindings
	wColMeasure
	wColDue
	wColState
	wColTask
	wColDaysOverdue
	wColTasks
	wColWhat
	wColItem
	wColIndicator
	wColSupervisor
	wColStatus
	wColSource
	wColRole

	// sub-headings and notes
	wByOwner
	wByDept
	wByKind
	wHeldList
	wUpcoming
	wAssessList
	wOpenRects
	wProbTasks
	wProbRects
	wProbUnrecorded
	wProbStalled
	wProbUnrecordedNote
	wProbStalledNote
	wNoProblems
	wNone
	wNoPlans
	wNoOwners
	wNoActs
	wNoUpcoming
	wNoAssess
	wNoOpenRects
	wNoNext
	wNoDept
	wNoTasks
	wNoRects
	wNoSlipActs
	wDaysLeft
	wAndMore
	wDaysOverdue
	wDueToday
	wNoTasksYet
	wNothingDone
	wChartPlans
	wChartOwners
	wChartDone
	wChartPlanDone
	wChartOpen
	wChartOverdue

	// agenda kinds
	wAgendaActivity
	wAgendaAssessment
	wAgendaTask
	wAgendaRect

	// slip
	wSlipOpen
	wSlipOverdue
	wSlipDueSoon
	wSlipRects
	wSlipTasks
	wSlipRectsSec
	wSlipActs
	wSlipNote

	// the handout's findings, goals and chart keys (issue 11)
	wFindingsHead
	wColFinding
	wColVerifier
	wColEvidence
	wColGoals
	wFindingNo
	wNoMeasureYet
	wClosedOn
	wPlanGoals
	wChartPlansKey
	wChartOwnersKey
	wProbUnrecordedTodo
)

// words are the phrases' catalogue keys; their texts are in
// internal/i18n/printout.go. Read-only. Formats take values in the order
// the code passes them.
var words = [...]i18n.Key{
	wTitle:              "print.title",
	wSubtitle:           "print.subtitle",
	wSlipSubtitle:       "print.slip_subtitle",
	wSchool:             "print.school",
	wSecretary:          "print.secretary",
	wPeriod:             "print.period",
	wPrepared:           "print.prepared",
	wOwner:              "print.owner",
	wLegend:             "print.legend",
	wSlipLegend:         "print.slip_legend",
	wSecOverview:        "print.sec_overview",
	wSecPlans:           "print.sec_plans",
	wSecOwners:          "print.sec_owners",
	wSecActivities:      "print.sec_activities",
	wSecAssessments:     "print.sec_assessments",
	wSecProblems:        "print.sec_problems",
	wSecNext:            "print.sec_next",
	wActivePlans:        "print.active_plans",
	wTasksOpen:          "print.tasks_open",
	wOfWhichOverdue:     "print.of_which_overdue",
	wTasksDone:          "print.tasks_done",
	wTasksDueSoon:       "print.tasks_due_soon",
	wActsHeld:           "print.acts_held",
	wParticipants:       "print.participants",
	wSpend:              "print.spend",
	wBudget:             "print.budget",
	wActsUpcoming:       "print.acts_upcoming",
	wAssessHeld:         "print.assess_held",
	wAvgScore:           "print.avg_score",
	wRectsOpened:        "print.rects_opened",
	wRectsClosed:        "print.rects_closed",
	wRectsOpen:          "print.rects_open",
	wRectsOverdue:       "print.rects_overdue",
	wAvgSatisfaction:    "print.avg_satisfaction",
	wColPlan:            "print.col_plan",
	wColDoneOfTotal:     "print.col_done_of_total",
	wColProgress:        "print.col_progress",
	wColOverdue:         "print.col_overdue",
	wColSpentBudget:     "print.col_spent_budget",
	wColOwner:           "print.col_owner",
	wColDept:            "print.col_dept",
	wColOwners:          "print.col_owners",
	wColOpen:            "print.col_open",
	wColDoneInPeriod:    "print.col_done_in_period",
	wColOverdueTasks:    "print.col_overdue_tasks",
	wColKind:            "print.col_kind",
	wColCount:           "print.col_count",
	wColParticipants:    "print.col_participants",
	wColSpend:           "print.col_spend",
	wColBudget:          "print.col_budget",
	wColSatisfaction:    "print.col_satisfaction",
	wColDate:            "print.col_date",
	wColTime:            "print.col_time",
	wColActivity:        "print.col_activity",
	wColVenue:           "print.col_venue",
	wColOrganiser:       "print.col_organiser",
	wColExpected:        "print.col_expected",
	wColAssessment:      "print.col_assessment",
	wColTarget:          "print.col_target",
	wColAssessor:        "print.col_assessor",
	wColScore:           "print.col_score",
	wColRating:          "print.col_rating",
	wColFindings:        "print.col_findings",
	wColMeasure:         "print.col_measure",
	wColDue:             "print.col_due",
	wColState:           "print.col_state",
	wColTask:            "print.col_task",
	wColDaysOverdue:     "print.col_days_overdue",
	wColTasks:           "print.col_tasks",
	wColWhat:            "print.col_what",
	wColItem:            "print.col_item",
	wColIndicator:       "print.col_indicator",
	wColSupervisor:      "print.col_supervisor",
	wColStatus:          "print.col_status",
	wColSource:          "print.col_source",
	wColRole:            "print.col_role",
	wByOwner:            "print.by_owner",
	wByDept:             "print.by_dept",
	wByKind:             "print.by_kind",
	wHeldList:           "print.held_list",
	wUpcoming:           "print.upcoming",
	wAssessList:         "print.assess_list",
	wOpenRects:          "print.open_rects",
	wProbTasks:          "print.prob_tasks",
	wProbRects:          "print.prob_rects",
	wProbUnrecorded:     "print.prob_unrecorded",
	wProbStalled:        "print.prob_stalled",
	wProbUnrecordedNote: "print.prob_unrecorded_note",
	wProbStalledNote:    "print.prob_stalled_note",
	wNoProblems:         "print.no_problems",
	wNone:               "print.none",
	wNoPlans:            "print.no_plans",
	wNoOwners:           "print.no_owners",
	wNoActs:             "print.no_acts",
	wNoUpcoming:         "print.no_upcoming",
	wNoAssess:           "print.no_assess",
	wNoOpenRects:        "print.no_open_rects",
	wNoNext:             "print.no_next",
	wNoDept:             "print.no_dept",
	wNoTasks:            "print.no_tasks",
	wNoRects:            "print.no_rects",
	wNoSlipActs:         "print.no_slip_acts",
	wAndMore:            "print.and_more",
	wDaysLeft:           "print.days_left",
	wDaysOverdue:        "print.days_overdue",
	wDueToday:           "print.due_today",
	wNoTasksYet:         "print.no_tasks_yet",
	wNothingDone:        "print.nothing_done",
	wChartPlans:         "print.chart_plans",
	wChartOwners:        "print.chart_owners",
	wChartDone:          "print.chart_done",
	wChartPlanDone:      "print.chart_plan_done",
	wChartOpen:          "print.chart_open",
	wChartOverdue:       "print.chart_overdue",
	wAgendaActivity:     "print.agenda_activity",
	wAgendaAssessment:   "print.agenda_assessment",
	wAgendaTask:         "print.agenda_task",
	wAgendaRect:         "print.agenda_rect",
	wSlipOpen:           "print.slip_open",
	wSlipOverdue:        "print.slip_overdue",
	wSlipDueSoon:        "print.slip_due_soon",
	wSlipRects:          "print.slip_rects",
	wSlipTasks:          "print.slip_tasks",
	wSlipRectsSec:       "print.slip_rects_sec",
	wSlipActs:           "print.slip_acts",
	wSlipNote:           "print.slip_note",

	wFindingsHead:       "print.findings_head",
	wColFinding:         "print.col_finding",
	wColVerifier:        "print.col_verifier",
	wColEvidence:        "print.col_evidence",
	wColGoals:           "print.col_goals",
	wFindingNo:          "print.finding_no",
	wNoMeasureYet:       "print.no_measure_yet",
	wClosedOn:           "print.closed_on",
	wPlanGoals:          "print.plan_goals",
	wChartPlansKey:      "print.chart_plans_key",
	wChartOwnersKey:     "print.chart_owners_key",
	wProbUnrecordedTodo: "print.prob_unrecorded_todo",
}

// say is the phrase in the language, formatted with args when given.
func say(lang model.Lang, w word, args ...any) string {
	return i18n.For(lang).Sprintf(words[w], args...)
}

// numerals number a report's sections: 一、二、三 … in Chinese, 1, 2, 3 …
// in English. Read-only.
var numerals = [...]i18n.Key{"print.numeral.1", "print.numeral.2", "print.numeral.3", "print.numeral.4", "print.numeral.5",
	"print.numeral.6", "print.numeral.7", "print.numeral.8", "print.numeral.9", "print.numeral.10"}

// sectionTitle is "一、总体情况" or "1. Overview".
func sectionTitle(lang model.Lang, n int, title string) string {
	tr := i18n.For(lang)
	if n >= 1 && n <= len(numerals) {
		return tr.Sprintf("print.section", tr.Sprintf(numerals[n-1]), title)
	}
	return fmt.Sprintf("%d. %s", n, title)
}

// aside is a text with a remark in brackets: "张三（德育主任）", "Zhang San
// (head of moral education)".
func aside(lang model.Lang, text, remark string) string {
	return i18n.For(lang).Sprintf("print.aside", text, remark)
}

// colon is "label：value" or "label: value".
func colon(lang model.Lang, label, value string) string {
	return i18n.For(lang).Sprintf("print.colon", label, value)
}

// listSep separates the items of a list in running text: "，" or ", ".
func listSep(lang model.Lang) string { return i18n.For(lang).Sprintf("print.list_sep") }
