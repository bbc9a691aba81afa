// Package summarytest holds a small ledger for the tests of the group's
// wall lists (meetings, decisions, required work, documents): every state
// a list marks, written in Chinese, in Chinese mixed with English, and
// with emoji, as secretaries type them. The tests of model/summary, the
// command line and the TUI print it, so they read the same records.
package summarytest

import (
	"time"

	"secretary/model"
)

// Words the ledger holds that must never reach a list: an internal
// meeting's notes and its agenda's notes.
const (
	InternalNote   = "初三 L 同学近期情绪低落（内部记录 SECRET-NOTE）"
	InternalAgenda = "研判过程 SECRET-AGENDA"
)

// Ledger is the lists' ledger as of today (a Friday, 2026-11-20, in the
// tests): four people, four meetings (one internal, one planned and
// late, one planned next week), decisions done, overdue, under way and
// not yet turned into tasks, required work met, due, missed and inactive,
// and documents whose review has passed, is near, or no longer applies.
func Ledger(today model.Date) *model.Ledger {
	day := today.AddDays
	l := &model.Ledger{Settings: model.Settings{GroupName: "阳光实验中学心理健康教育工作领导小组", School: "阳光实验中学 Sunshine School 🌞", Secretary: "欧阳晓雪"}}
	l.Owners = []model.Owner{
		{ID: 1, Name: "王建国", Title: "校长", Department: "校长办公室", Role: model.RoleLeader, Contact: "13800000001"},
		{ID: 2, Name: "欧阳晓雪", Title: "心理教师", Department: "心理中心", Role: model.RoleMember, Contact: "13800000002"},
		{ID: 3, Name: "Anna 李", Title: "International coordinator", Department: "国际部 IB", Role: model.RoleMember},
		{ID: 4, Name: "曾晓云", Title: "德育主任", Department: "德育处", Role: model.RoleMember},
	}
	l.Meetings = []model.Meeting{
		{ID: 1, Kind: model.MeetingLeadership, No: 1, Title: "领导小组会议 🧠 Q1 review", Date: day(-60), Time: "15:30-17:00", Venue: "会议室A",
			ChairID: 1, RecorderID: 2, Attendees: []model.ID{1, 2, 3}, Absentees: []model.Absence{{OwnerID: 4, Reason: "请假 sick leave"}},
			Status: model.MeetingHeld, Agenda: []model.AgendaItem{{Title: "审议工作计划", Notes: "原则通过。"}}},
		{ID: 2, Kind: model.MeetingCaseReview, No: 2, Title: "重点关注学生研判会", Date: day(-10), Time: "12:30", Venue: "心理中心",
			ChairID: 4, RecorderID: 2, Attendees: []model.ID{2, 4}, Status: model.MeetingHeld, Internal: true, Notes: InternalNote,
			Agenda: []model.AgendaItem{{Title: "个案 C-2026-07", Notes: InternalAgenda}}},
		{ID: 3, Kind: model.MeetingRoutine, No: 3, Date: day(-3), Time: "第八节", ChairID: 4, Status: model.MeetingPlanned},
		{ID: 4, Kind: model.MeetingSpecial, No: 4, Title: "5·25 筹备 special meeting 🌱", Date: day(5), ChairID: 3, Status: model.MeetingPlanned},
	}
	l.Decisions = []model.Decision{
		{ID: 1, MeetingID: 1, No: 1, Text: "按标准建设心理辅导中心（个体辅导室、团体活动室）", OwnerID: 1, Due: day(-30), Indicator: "通过区级验收"},
		{ID: 2, MeetingID: 1, No: 2, Text: "班主任全员培训 all-staff training 📚", OwnerID: 3, Due: day(-5)},
		{ID: 3, MeetingID: 2, No: 1, Text: "个案 C-2026-07 每周跟踪访谈 🔍", OwnerID: 2, Due: day(20)},
		{ID: 4, MeetingID: 1, No: 3, Text: "各班补选心理委员 two per class", OwnerID: 4, Due: day(3)},
	}
	l.Tasks = []model.Task{
		{ID: 1, Title: "建设心理辅导中心 🏠", Area: model.AreaService, OwnerID: 1, Start: day(-58), Due: day(-30), Status: model.TaskDone,
			Progress: 100, DoneOn: day(-31), DecisionID: 1},
		{ID: 2, Title: "班主任培训 Training 📚", Area: model.AreaTraining, OwnerID: 3, Start: day(-58), Due: day(-5), Status: model.TaskInProgress,
			Progress: 60, DecisionID: 2},
		{ID: 3, Title: "个案 C-2026-07 跟踪", Area: model.AreaCrisis, OwnerID: 2, Start: day(-10), Due: day(20), Status: model.TaskInProgress,
			Progress: 30, DecisionID: 3},
	}
	l.Activities = []model.Activity{
		{ID: 1, Kind: model.ActLecture, Title: "心理健康讲座 Stress & sleep 😴", Date: day(-40), OrganiserID: 2, Expected: 200, Actual: 180,
			Status: model.ActHeld},
	}
	l.Obligations = []model.Obligation{
		{ID: 1, Title: "每月综合性教育实践活动 🎯", Freq: model.Frequency{Kind: model.FreqMonthly}, Min: 1,
			Meets: []model.MeetRule{{Entity: model.EntityActivity}}},
		{ID: 2, Title: "5·25 心理健康日 💚 Mental health day", Freq: model.Frequency{Kind: model.FreqDate, From: model.NewMonthDay(time.May, 25)}, Min: 1,
			Meets: []model.MeetRule{{Entity: model.EntityActivity, Kind: uint8(model.ActMentalHealthDay)}}},
		{ID: 3, Title: "心理健康课 lessons", Freq: model.Frequency{Kind: model.FreqSemester}, Min: 6, Sum: model.MeasureHours,
			Meets: []model.MeetRule{{Entity: model.EntityActivity, Kind: uint8(model.ActLesson)}}, Inactive: true},
		{ID: 4, Title: "需关爱学生家访 home visits 🏡", Freq: model.Frequency{Kind: model.FreqSemester}, Min: 1},
	}
	l.Documents = []model.Document{
		{ID: 1, Kind: model.DocRule, Number: "阳光中学〔2024〕8号", Title: "学生心理危机干预工作制度", Adopted: model.NewDate(2024, 9, 1),
			ReviewDue: day(-10), Status: model.DocInForce},
		{ID: 2, Kind: model.DocRule, Number: "阳光中学〔2025〕2号", Title: "安全管理制度 Safety 🛡", Adopted: model.NewDate(2025, 3, 1),
			ReviewDue: day(20), Status: model.DocInForce},
		{ID: 3, Kind: model.DocContingency, Title: "心理危机事件应急处置预案", Adopted: model.NewDate(2023, 9, 1), ReviewDue: day(-100),
			Status: model.DocRepealed},
		{ID: 4, Kind: model.DocNotice, Title: "Notice on 心理健康 week 📢", Adopted: day(-20), Status: model.DocInForce},
	}
	return l
}
