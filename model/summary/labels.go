package summary

import (
	"fmt"

	"secretary/model"
)

// word names one phrase of a printout. The phrases live here, beside the
// renderers, rather than in internal/i18n: the model may not import the UI, and
// a printout's wording is part of its layout (column widths, headings).
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
	wPageOf

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
)

// words is read-only: never written after init. Formats take values in
// the order the code passes them.
var words = [...]model.Label{
	wTitle:        {Zh: "会议汇报", En: "Meeting summary"},
	wSubtitle:     {Zh: "心理健康教育工作情况汇报", En: "Mental health education work: meeting summary"},
	wSlipSubtitle: {Zh: "任务单", En: "Task slip"},
	wSchool:       {Zh: "学校", En: "School"},
	wSecretary:    {Zh: "秘书", En: "Secretary"},
	wPeriod:       {Zh: "汇报期间", En: "Period"},
	wPrepared:     {Zh: "生成日期", En: "Prepared on"},
	wOwner:        {Zh: "责任人", En: "Owner"},
	wLegend:       {Zh: "! 表示已逾期。“本期”指汇报期间；“未来30天”从生成日期起算。", En: "! marks overdue. “In the period” means the period above; “next 30 days” counts from the day prepared."},
	wSlipLegend:   {Zh: "! 表示已逾期。请按截止日期完成并对照考核指标自查。", En: "! marks overdue. Please finish by each deadline and check your work against its indicator."},
	wPageOf:       {Zh: "第 %d 页", En: "Page %d"},

	wSecOverview:    {Zh: "总体情况", En: "Overview"},
	wSecPlans:       {Zh: "计划进展", En: "Plan progress"},
	wSecOwners:      {Zh: "责任落实", En: "Responsibilities"},
	wSecActivities:  {Zh: "活动开展", En: "Activities"},
	wSecAssessments: {Zh: "监督评估与整改", En: "Assessments and rectification"},
	wSecProblems:    {Zh: "存在问题", En: "Problems"},
	wSecNext:        {Zh: "下一步安排", En: "Next steps"},

	wActivePlans:     {Zh: "执行中的计划", En: "Active plans"},
	wTasksOpen:       {Zh: "未完成任务", En: "Open tasks"},
	wOfWhichOverdue:  {Zh: "其中逾期任务", En: "Overdue tasks"},
	wTasksDone:       {Zh: "本期完成任务", En: "Tasks done"},
	wTasksDueSoon:    {Zh: "未来30天到期任务", En: "Tasks due in 30 days"},
	wActsHeld:        {Zh: "本期举办活动", En: "Activities held"},
	wParticipants:    {Zh: "参与人次", En: "Participants"},
	wSpend:           {Zh: "活动支出（元）", En: "Activity spend (yuan)"},
	wBudget:          {Zh: "活动预算（元）", En: "Activity budget (yuan)"},
	wActsUpcoming:    {Zh: "未来30天活动", En: "Activities in 30 days"},
	wAssessHeld:      {Zh: "本期评估检查", En: "Assessments held"},
	wAvgScore:        {Zh: "评估平均得分", En: "Average score"},
	wRectsOpened:     {Zh: "本期新开整改", En: "Rectifications opened"},
	wRectsClosed:     {Zh: "本期销号整改", En: "Rectifications closed"},
	wRectsOpen:       {Zh: "在办整改", En: "Open rectifications"},
	wRectsOverdue:    {Zh: "其中逾期整改", En: "Overdue rectifications"},
	wAvgSatisfaction: {Zh: "平均满意度（5分制）", En: "Average rating (of 5)"},

	wColPlan:         {Zh: "计划", En: "Plan"},
	wColDoneOfTotal:  {Zh: "完成/任务", En: "Done/all"},
	wColProgress:     {Zh: "进度", En: "Progress"},
	wColOverdue:      {Zh: "逾期", En: "Overdue"},
	wColSpentBudget:  {Zh: "支出/预算（元）", En: "Spent/budget"},
	wColOwner:        {Zh: "责任人", En: "Owner"},
	wColDept:         {Zh: "部门", En: "Department"},
	wColOwners:       {Zh: "人数", En: "People"},
	wColOpen:         {Zh: "未完成", En: "Open"},
	wColDoneInPeriod: {Zh: "本期完成", En: "Done"},
	wColOverdueTasks: {Zh: "逾期任务（截止日期）", En: "Overdue tasks (due)"},
	wColKind:         {Zh: "类型", En: "Kind"},
	wColCount:        {Zh: "场次", En: "Held"},
	wColParticipants: {Zh: "人次", En: "People"},
	wColSpend:        {Zh: "支出（元）", En: "Spend"},
	wColBudget:       {Zh: "预算（元）", En: "Budget"},
	wColSatisfaction: {Zh: "满意度", En: "Rating"},
	wColDate:         {Zh: "日期", En: "Date"},
	wColTime:         {Zh: "时间", En: "Time"},
	wColActivity:     {Zh: "活动", En: "Activity"},
	wColVenue:        {Zh: "地点", En: "Venue"},
	wColOrganiser:    {Zh: "组织者", En: "Organiser"},
	wColExpected:     {Zh: "预计人数", En: "Expected"},
	wColAssessment:   {Zh: "评估", En: "Assessment"},
	wColTarget:       {Zh: "对象", En: "Target"},
	wColAssessor:     {Zh: "评估方", En: "Assessor"},
	wColScore:        {Zh: "平均分", En: "Score"},
	wColRating:       {Zh: "等级", En: "Rating"},
	wColFindings:     {Zh: "问题", En: "Issues"},
	wColMeasure:      {Zh: "整改措施", En: "Measure"},
	wColDue:          {Zh: "截止日期", En: "Due"},
	wColState:        {Zh: "状态", En: "State"},
	wColTask:         {Zh: "任务", En: "Task"},
	wColDaysOverdue:  {Zh: "逾期天数", En: "Days late"},
	wColTasks:        {Zh: "任务数", En: "Tasks"},
	wColWhat:         {Zh: "事项", En: "What"},
	wColItem:         {Zh: "内容", En: "Item"},
	wColIndicator:    {Zh: "考核指标", En: "Indicator"},
	wColSupervisor:   {Zh: "监督人", En: "Supervisor"},
	wColStatus:       {Zh: "进展", En: "Status"},
	wColSource:       {Zh: "来源", En: "From"},
	wColRole:         {Zh: "分工", En: "Role"},

	wByOwner:            {Zh: "按责任人", En: "By owner"},
	wByDept:             {Zh: "按部门", En: "By department"},
	wByKind:             {Zh: "按活动类型", En: "By kind"},
	wHeldList:           {Zh: "本期举办的活动", En: "Activities held in the period"},
	wUpcoming:           {Zh: "未来30天的活动", En: "Activities in the next 30 days"},
	wAssessList:         {Zh: "本期评估检查", En: "Assessments held in the period"},
	wOpenRects:          {Zh: "在办整改", En: "Open rectifications"},
	wProbTasks:          {Zh: "逾期任务（%d 项）", En: "Overdue tasks (%d)"},
	wProbRects:          {Zh: "逾期整改（%d 项）", En: "Overdue rectifications (%d)"},
	wProbUnrecorded:     {Zh: "活动已过期未登记（%d 个）", En: "Past activities not recorded (%d)"},
	wProbStalled:        {Zh: "计划本期无进展（%d 个）", En: "Plans with no progress in the period (%d)"},
	wProbUnrecordedNote: {Zh: "活动日期已过，但仍为“计划中”：请登记举办情况，或取消并说明原因。", En: "Their day has passed but they are still “planned”: record how they went, or cancel them with a reason."},
	wProbStalledNote:    {Zh: "本期没有完成任何任务的执行中计划。", En: "Active plans with no task done in the period."},
	wNoProblems:         {Zh: "本期未发现需要提请注意的问题。", En: "No problems to bring to the group's attention."},
	wNone:               {Zh: "无", En: "None"},
	wNoPlans:            {Zh: "本期没有执行中的计划。", En: "No active plans in the period."},
	wNoOwners:           {Zh: "没有未完成或本期完成的任务。", En: "No open tasks and none done in the period."},
	wNoActs:             {Zh: "本期没有举办活动。", En: "No activities were held in the period."},
	wNoUpcoming:         {Zh: "未来30天没有安排活动。", En: "No activities in the next 30 days."},
	wNoAssess:           {Zh: "本期没有评估检查。", En: "No assessments in the period."},
	wNoOpenRects:        {Zh: "没有在办的整改。", En: "No open rectifications."},
	wNoNext:             {Zh: "未来30天没有截止事项或活动。", En: "Nothing falls due and nothing is planned in the next 30 days."},
	wNoDept:             {Zh: "（未填部门）", En: "(no department)"},
	wNoTasks:            {Zh: "没有未完成的任务。", En: "No open tasks."},
	wNoRects:            {Zh: "没有在办的整改。", En: "No open rectifications."},
	wNoSlipActs:         {Zh: "未来30天没有负责的活动。", En: "No activities to run in the next 30 days."},
	wAndMore:            {Zh: "等另 %d 项（见“存在问题”）", En: "and %d more (see Problems)"},
	wDaysLeft:           {Zh: "还有 %d 天", En: "in %d days"},
	wDaysOverdue:        {Zh: "逾期 %d 天", En: "%d days overdue"},
	wDueToday:           {Zh: "今天到期", En: "due today"},
	wNoTasksYet:         {Zh: "尚无任务", En: "no tasks yet"},
	wNothingDone:        {Zh: "本期无完成", En: "none done"},
	wChartPlans:         {Zh: "计划进度（已完成任务占比）", En: "Plan progress (share of tasks done)"},
	wChartOwners:        {Zh: "责任人任务情况", En: "Each owner's tasks"},
	wChartDone:          {Zh: "本期完成", En: "Done in period"},
	wChartPlanDone:      {Zh: "已完成任务", En: "Tasks done"},
	wChartOpen:          {Zh: "未完成（未逾期）", En: "Open, on time"},
	wChartOverdue:       {Zh: "逾期", En: "Overdue"},

	wAgendaActivity:   {Zh: "活动", En: "Activity"},
	wAgendaAssessment: {Zh: "评估检查", En: "Assessment"},
	wAgendaTask:       {Zh: "任务截止", En: "Task due"},
	wAgendaRect:       {Zh: "整改到期", En: "Rectification due"},

	wSlipOpen:     {Zh: "未完成任务", En: "Open tasks"},
	wSlipOverdue:  {Zh: "已逾期", En: "Overdue"},
	wSlipDueSoon:  {Zh: "未来30天到期", En: "Due in 30 days"},
	wSlipRects:    {Zh: "在办整改", En: "Open rectifications"},
	wSlipTasks:    {Zh: "待办任务", En: "Open tasks"},
	wSlipRectsSec: {Zh: "整改事项", En: "Rectifications"},
	wSlipActs:     {Zh: "未来30天负责的活动", En: "Activities in the next 30 days"},
	wSlipNote:     {Zh: "签收：__________　日期：__________", En: "Received by: __________  Date: __________"},
}

// say is the phrase in the language, formatted with args when given.
func say(lang model.Lang, w word, args ...any) string {
	s := words[w].In(lang)
	if len(args) == 0 {
		return s
	}
	return fmt.Sprintf(s, args...)
}

// zhNumerals number the sections of a Chinese report: 一、二、三 ….
var zhNumerals = [...]string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}

// sectionTitle is "一、总体情况" or "1. Overview".
func sectionTitle(lang model.Lang, n int, title string) string {
	if lang != model.LangEn && n >= 1 && n <= len(zhNumerals) {
		return zhNumerals[n-1] + "、" + title
	}
	return fmt.Sprintf("%d. %s", n, title)
}
