package demo

import (
	"fmt"

	"secretary/model"
)

// group gives the hand-made people their places in the leadership group
// (the roster a summary prints), adds a member who has left, and writes a
// year of the group's meetings with decisions in every state: carried
// out, under way, overdue and not yet turned into tasks.
func (b *builder) group() {
	sy := b.schoolYearStart()
	joined := sy.AddMonths(-12)
	roles := map[model.ID]model.GroupRole{
		1: model.RoleLeader, 2: model.RoleDeputy, 3: model.RoleMember, 4: model.RoleSecretary,
		5: model.RoleMember, 6: model.RoleMember, 7: model.RoleMember, 8: model.RoleMember,
		9: model.RoleMember, 10: model.RoleObserver, 11: model.RoleMember, 12: model.RoleMember,
	}
	for i := range b.l.Owners {
		o := &b.l.Owners[i]
		if r, ok := roles[o.ID]; ok {
			o.Role, o.Joined = r, joined
		}
	}
	b.l.Settings.FoundingNo = "阳光中发〔" + fmt.Sprint(joined.Year()) + "〕12号"
	b.l.Settings.FoundingDate = joined
	b.l.Settings.FoundingTitle = "关于调整学校心理健康教育工作领导小组的通知"
	// A member who left last term: her records stay, she drops out of
	// pickers and shows as 已离任.
	former := b.owner("钱进", "原德育副主任", "德育处", "13800000013")
	b.l.Owners[former-1].Role, b.l.Owners[former-1].Joined, b.l.Owners[former-1].Left = model.RoleMember, joined, b.today.AddDays(-90)

	head, deyu, psy, psy2, jiaowu, doctor, g9, parents, youth, safety := model.ID(1), model.ID(2), model.ID(3), model.ID(4), model.ID(5), model.ID(6), model.ID(9), model.ID(10), model.ID(11), model.ID(12)
	members := []model.ID{head, deyu, psy, psy2, jiaowu, doctor, youth, safety}
	held := model.MeetingHeld

	// Last school year.
	m1 := b.meeting(model.Meeting{Kind: model.MeetingLeadership, No: 1, Title: "领导小组第一次全体会议", Date: b.today.AddDays(-300), Time: "15:30-17:00",
		Venue: "会议室A", ChairID: head, RecorderID: psy2, Attendees: members, Guests: "区心理健康教育指导中心 王老师", Status: held,
		Agenda: []model.AgendaItem{
			{Title: "审议三年发展规划", Notes: "规划经讨论通过，辅导中心建设列为首要任务。"},
			{Title: "危机干预制度修订", Notes: "德育处牵头，一个月内形成初稿。"},
		}})
	b.link(b.decision(m1, "按标准建设心理辅导中心（个体辅导室、团体活动室、放松室）", head, -60, "通过区级验收"), 1)
	b.link(b.decision(m1, "修订学生心理危机干预工作制度并提交校务会", deyu, -120, "制度经校务会通过"), 2)
	m2 := b.meeting(model.Meeting{Kind: model.MeetingSpecial, No: 2, Title: "5·25心理健康月筹备专题会议", Date: b.today.AddDays(-210), Time: "16:00",
		Venue: "心理中心", ChairID: deyu, RecorderID: psy2, Attendees: []model.ID{deyu, psy, psy2, youth, parents},
		Absentees: []model.Absence{{OwnerID: jiaowu, Reason: "外出参加教研活动"}}, Status: held,
		Agenda: []model.AgendaItem{{Title: "心理健康月活动方案", Notes: "确定启动仪式、专题讲座、主题班会三项活动。"}}})
	b.link(b.decision(m2, "心理健康月结束后十日内完成总结上报", psy, b.days(b.may25())+10, "按时上报区教育局"), 20)
	m3 := b.meeting(model.Meeting{Kind: model.MeetingRoutine, No: 3, Date: b.today.AddDays(-120), Time: "第八节",
		Venue: "会议室B", ChairID: deyu, RecorderID: psy2, Attendees: []model.ID{deyu, psy, psy2, jiaowu}, Status: held,
		Agenda: []model.AgendaItem{{Title: "课题研究进展", Notes: "中期报告已完成，结题材料按计划准备。"}}})
	b.link(b.decision(m3, "区级心理健康教育课题按期结题", psy, 200, "完成结题报告并通过评审"), 4)

	// This school year.
	m4 := b.meeting(model.Meeting{Kind: model.MeetingLeadership, No: 1, Title: "新学年领导小组工作会议", Date: b.today.AddDays(-75), Time: "15:30-17:00",
		Venue: "会议室A", ChairID: head, RecorderID: psy2, Attendees: members,
		Absentees: []model.Absence{{OwnerID: 13, Reason: "工作调动"}}, Status: held,
		Agenda: []model.AgendaItem{
			{Title: "审议本学年工作计划", Notes: "计划原则通过，筛查与培训为本学期重点。"},
			{Title: "上次会议决定事项落实情况", Notes: "辅导中心已通过验收，制度已印发。"},
		}})
	b.link(b.decision(m4, "完成全体学生心理健康筛查，建立一生一档", psy, -50, "筛查覆盖率≥95%"), 5)
	b.link(b.decision(m4, "班主任心理健康教育全员培训", jiaowu, -5, "班主任覆盖率≥90%"), 7)
	m5 := b.meeting(model.Meeting{Kind: model.MeetingRoutine, No: 2, Date: b.today.AddDays(-35), Time: "第八节",
		Venue: "心理中心", ChairID: deyu, RecorderID: psy2, Attendees: []model.ID{deyu, psy, psy2, doctor, safety, youth},
		Absentees: []model.Absence{{OwnerID: jiaowu, Reason: "请假"}}, Status: held,
		Agenda: []model.AgendaItem{
			{Title: "督查发现问题的整改", Notes: "转介协议、预警台账、演练频次三项问题逐项明确责任人。"},
			{Title: "心理委员队伍建设", Notes: "部分班级心理委员缺位，需补选。"},
		}})
	b.link(b.decision(m5, "组织心理危机干预应急演练", safety, 12, "形成演练总结"), 8)
	b.link(b.decision(m5, "与定点医院签订心理危机学生转介协议", doctor, -20, "协议签订并存档"), 12)
	b.decision(m5, "各班补选心理委员，两周内完成", youth, 10, "每班2名心理委员到位")
	m6 := b.meeting(model.Meeting{Kind: model.MeetingCaseReview, No: 3, Title: "重点关注学生研判会", Date: b.today.AddDays(-12), Time: "12:30",
		Venue: "心理中心", ChairID: deyu, RecorderID: psy, Attendees: []model.ID{deyu, psy, psy2, doctor, g9}, Status: held, Internal: true,
		Agenda: []model.AgendaItem{{Title: "个案 C-2026-07 研判", Notes: "初三 L 同学近期情绪低落，评估为中度风险；班主任与家长已沟通。"}}})
	case07 := b.task(0, model.AreaCrisis, "个案 C-2026-07 每周跟踪访谈", psy2, psy, -12, 20, "每周访谈1次并记录", model.TaskInProgress, 40)
	b.link(b.decision(m6, "个案 C-2026-07 每周跟踪访谈，两周后复评", psy2, 20, "每周访谈记录"), case07)
	b.meeting(model.Meeting{Kind: model.MeetingRoutine, No: 4, Date: b.today.AddDays(14), Time: "第八节",
		Venue: "会议室B", ChairID: deyu, RecorderID: psy2, Status: model.MeetingPlanned,
		Agenda: []model.AgendaItem{{Title: "上次会议决定事项落实情况"}, {Title: "5·25心理健康月方案初议"}}})
}

func (b *builder) meeting(m model.Meeting) model.ID {
	m.ID = model.ID(len(b.l.Meetings) + 1)
	b.l.Meetings = append(b.l.Meetings, m)
	return m.ID
}

// decision adds the meeting's next decision, due dueIn days from today.
func (b *builder) decision(meeting model.ID, text string, owner model.ID, dueIn int, indicator string) model.ID {
	d := model.Decision{ID: model.ID(len(b.l.Decisions) + 1), MeetingID: meeting, No: model.NextDecisionNo(b.l, meeting),
		Text: text, OwnerID: owner, Due: b.today.AddDays(dueIn), Indicator: indicator}
	b.l.Decisions = append(b.l.Decisions, d)
	return d.ID
}

// link makes a task the one that carries a decision out.
func (b *builder) link(decision, task model.ID) {
	b.l.Tasks[task-1].DecisionID = decision
}

// scaleMeetings adds generated meetings, each with its decisions, about
// half of them carried out through a task that already exists.
func (b *builder) scaleMeetings(meetings, decisions int) {
	if meetings <= 0 {
		return
	}
	for i := 0; i < meetings; i++ {
		// Spread the decisions evenly, every one of them placed.
		per := decisions*(i+1)/meetings - decisions*i/meetings
		day := -b.rng.IntN(720)
		m := b.meeting(model.Meeting{Kind: model.MeetingKind(1 + b.rng.IntN(6)), No: 1 + i%20, Date: b.today.AddDays(day),
			Venue: venues[b.rng.IntN(len(venues))], ChairID: b.anyOwner(), RecorderID: b.anyOwner(), Status: model.MeetingHeld,
			Agenda: []model.AgendaItem{{Title: taskWhat[b.rng.IntN(len(taskWhat))], Notes: "逐项讨论并形成决定。"}}})
		for j := 0; j < per; j++ {
			d := b.decision(m, taskVerb[b.rng.IntN(len(taskVerb))]+taskWhat[b.rng.IntN(len(taskWhat))], b.anyOwner(), day+30+b.rng.IntN(60), "按期完成")
			if t := b.rng.IntN(len(b.l.Tasks)); b.rng.IntN(2) == 0 && b.l.Tasks[t].DecisionID == 0 {
				b.l.Tasks[t].DecisionID = d
			}
		}
	}
}
