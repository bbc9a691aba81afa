package demo

import (
	"secretary/model"
)

// base writes the hand-made part of the sample: the people, plans, tasks,
// activities and assessments a real school's ledger would hold.
func (b *builder) base() {
	sy := b.schoolYearStart()

	// People (责任人), across the departments a school group coordinates.
	head := b.owner("王建国", "校长、领导小组组长", "校长办公室", "13800000001")
	deyu := b.owner("李红梅", "德育主任、副组长", "德育处", "13800000002")
	psy := b.owner("张三", "专职心理教师", "心理中心", "13800000003")
	psy2 := b.owner("欧阳晓雪", "兼职心理教师", "心理中心", "13800000004")
	jiaowu := b.owner("陈立", "教务主任", "教务处", "13800000005")
	doctor := b.owner("刘芳", "校医", "校医室", "13800000006")
	g7 := b.owner("赵磊", "初一年级组长", "年级组", "13800000007")
	g8 := b.owner("孙丽", "初二年级组长", "年级组", "13800000008")
	g9 := b.owner("周强", "初三年级组长", "年级组", "13800000009")
	parents := b.owner("吴敏 Amy Wu", "家委会主任", "家委会", "13800000010")
	youth := b.owner("郑凯", "团委书记", "团委", "13800000011")
	safety := b.owner("冯涛", "安保主任", "总务处", "13800000012")

	// Plans (计划): a three-year strategic plan, this year's annual plan
	// and this semester's plan.
	strategic := b.plan(model.Plan{
		Kind: model.PlanStrategic, Title: "学校心理健康教育三年发展规划（2025—2028）",
		Start: sy.AddMonths(-12), End: sy.AddMonths(24).AddDays(-1),
		Goals: []string{
			"建成达标的心理辅导中心，专兼职心理教师配比达到1:500",
			"心理健康课程每两周至少1课时，覆盖全体学生",
			"建立学生、家庭、学校、医院四方联动的危机干预机制",
		},
		Budget: fen(300000), Status: model.PlanActive, LeaderID: head,
	})
	annual := b.plan(model.Plan{
		Kind: model.PlanAnnual, Title: "本学年心理健康教育工作计划",
		Start: sy, End: sy.AddMonths(12).AddDays(-1),
		Goals: []string{
			"开展5·25心理健康月系列活动，学生参与率≥90%",
			"完成全体学生心理健康筛查并建立档案",
			"班主任心理健康教育培训全员覆盖",
			"危机干预预案演练每学期1次",
		},
		Budget: fen(80000), Status: model.PlanActive, LeaderID: deyu,
	})
	semester := b.plan(model.Plan{
		Kind: model.PlanSemester, Title: "本学期心理健康教育工作安排",
		Start: sy, End: sy.AddMonths(5).AddDays(-1),
		Goals:  []string{"新生心理适应辅导", "10·10世界精神卫生日宣传"},
		Budget: fen(20000), Status: model.PlanActive, LeaderID: psy,
	})
	draft := b.plan(model.Plan{
		Kind: model.PlanSemester, Title: "下学期心理健康教育工作安排（草稿）",
		Start: sy.AddMonths(5), End: sy.AddMonths(12).AddDays(-1),
		Goals:  []string{"筹备5·25心理健康月"},
		Budget: fen(25000), Status: model.PlanDraft, LeaderID: psy,
	})

	// Tasks (任务), each to a person, a date and an indicator. Offsets are
	// days from today: negative is past.
	done, doing, todo, blocked := model.TaskDone, model.TaskInProgress, model.TaskNotStarted, model.TaskBlocked
	b.task(strategic, model.AreaService, "心理辅导中心标准化建设", head, deyu, -300, -60, "个体辅导室、团体活动室、放松室各1间，通过区级验收", done, 100)
	b.task(strategic, model.AreaRules, "修订学生心理危机干预工作制度", deyu, head, -200, -120, "形成书面制度并经校务会通过", done, 100)
	b.task(strategic, model.AreaTraining, "专兼职心理教师持证上岗", jiaowu, deyu, -250, 120, "专兼职心理教师100%持有心理健康教育C证及以上", doing, 60)
	b.task(strategic, model.AreaResearch, "区级心理健康教育课题结题", psy, jiaowu, -400, 200, "完成结题报告，获区级及以上评审通过", doing, 45)
	b.task(annual, model.AreaService, "全体学生心理健康筛查", psy, deyu, -80, -50, "筛查覆盖率≥95%，建立一生一档", done, 100)
	b.task(annual, model.AreaService, "筛查预警学生一对一访谈", psy2, psy, -50, -10, "预警学生访谈率100%，记录归档", doing, 80)
	b.task(annual, model.AreaTraining, "班主任心理健康教育全员培训", jiaowu, deyu, -60, -5, "每学期至少2次培训，班主任覆盖率≥90%", doing, 50)
	b.task(annual, model.AreaCrisis, "危机干预预案演练", safety, deyu, -20, 12, "每学期演练1次，形成演练总结", todo, 0)
	b.task(annual, model.AreaPublicity, "心理健康宣传栏每月更新", youth, psy, -90, 3, "每月更新1期，留存照片", doing, 70)
	b.task(annual, model.AreaPublicity, "家长学校心理健康专题讲座", parents, deyu, -40, 20, "每学期至少1次，家长参与率≥70%", todo, 0)
	b.task(annual, model.AreaService, "初三学生考前心理减压辅导", g9, psy, 60, 150, "初三各班至少1次团体辅导", todo, 0)
	b.task(annual, model.AreaCrisis, "心理危机学生转介绿色通道", doctor, head, -70, -20, "与定点医院签订转介协议", blocked, 30)
	b.task(semester, model.AreaService, "初一新生心理适应团体辅导", g7, psy, -85, -40, "初一每班1次团体辅导，满意度≥85%", done, 100)
	b.task(semester, model.AreaPublicity, "10·10世界精神卫生日主题宣传", youth, psy, -60, -49, "班会全覆盖，发放宣传册1000份", done, 100)
	b.task(semester, model.AreaService, "初二青春期心理健康课", g8, psy2, -30, 6, "初二每班2课时，课后反馈率≥80%", doing, 40)
	b.task(semester, model.AreaRules, "心理辅导记录规范化检查", psy, deyu, -10, 25, "辅导记录完整率100%，隐私档案加锁保管", todo, 0)
	b.task(semester, model.AreaTraining, "心理委员培训（每班2名）", psy2, youth, -25, -3, "心理委员培训覆盖全部班级，考核合格率≥90%", doing, 75)
	b.task(draft, model.AreaPublicity, "5·25心理健康月活动方案", psy, deyu, 90, 140, "方案经领导小组审议通过", todo, 0)
	b.task(0, model.AreaResearch, "心理健康教育案例汇编 📘", psy2, psy, -100, 60, "收集优秀案例不少于20篇", doing, 35)

	// Activities (活动): last spring's 5·25 month, this autumn's events,
	// and what is coming.
	may := b.may25().AddMonths(-12)
	all := []model.AudienceGroup{model.AudStudents, model.AudParents, model.AudTeachers}
	b.activity(model.Activity{Kind: model.ActThemeMonth, Title: "5·25心理健康月启动仪式", PlanID: strategic, Date: may.AddDays(-24), Time: "07:40-08:20",
		Venue: "学校操场", OrganiserID: deyu, StageOwners: [4]model.ID{psy, deyu, youth, psy},
		Audience: all, Expected: 1500, Actual: 1460, Budget: fen(3000), Spend: fen(2650), Sponsors: "区心理健康教育指导中心", Volunteers: "学生会志愿者30人",
		Status: model.ActHeld, Summary: "全校师生参加，发放倡议书", Score: 5, Evaluation: "气氛热烈，学生反馈积极"})
	b.activity(model.Activity{Kind: model.ActLecture, Title: "“悦纳自我”心理健康讲座", PlanID: strategic, Date: may, Time: "14:30-16:00",
		Venue: "报告厅", OrganiserID: psy, StageOwners: [4]model.ID{psy, psy2, g8, psy},
		Audience: []model.AudienceGroup{model.AudStudents}, Expected: 400, Actual: 386, Budget: fen(2000), Spend: fen(2000),
		Sponsors: "市心理卫生中心", Status: model.ActHeld, Score: 4, Evaluation: "满意度92%"})
	b.task(annual, model.AreaService, "5·25心理健康月总结上报", psy, deyu, b.days(may)-10, b.days(may)+10, "按时上报区教育局，附活动照片", done, 100)
	b.activity(model.Activity{Kind: model.ActTraining, Title: "班主任心理健康教育培训（第一期）", PlanID: annual, Date: b.today.AddDays(-45), Time: "15:30-17:30",
		Venue: "会议室A", OrganiserID: jiaowu, StageOwners: [4]model.ID{jiaowu, psy, psy, jiaowu},
		Audience: []model.AudienceGroup{model.AudTeachers}, Expected: 60, Actual: 57, Budget: fen(5000), Spend: fen(5600),
		Status: model.ActHeld, Summary: "邀请区教研员授课", Score: 4, Evaluation: "案例教学实用，建议增加实操"})
	b.activity(model.Activity{Kind: model.ActGroupCounselling, Title: "初一新生“融入新集体”团体辅导", PlanID: semester, TaskID: 13, Date: b.today.AddDays(-50), Time: "第七节",
		Venue: "团体活动室", OrganiserID: g7, StageOwners: [4]model.ID{psy, g7, psy2, psy},
		Audience: []model.AudienceGroup{model.AudStudents}, Expected: 320, Actual: 318, Budget: fen(1500), Spend: fen(1200),
		Status: model.ActHeld, Score: 5, Evaluation: "学生满意度96%"})
	b.activity(model.Activity{Kind: model.ActPublicity, Title: "10·10世界精神卫生日主题班会", PlanID: semester, TaskID: 14, Date: b.lastOct10(), Time: "班会课",
		Venue: "各班教室", OrganiserID: youth, StageOwners: [4]model.ID{youth, youth, g8, youth},
		Audience: []model.AudienceGroup{model.AudStudents, model.AudTeachers}, Expected: 1400, Actual: 1380, Budget: fen(2000), Spend: fen(1800),
		Volunteers: "心理委员60人", Status: model.ActHeld, Score: 4, Evaluation: "主题明确，部分班级形式单一"})
	b.activity(model.Activity{Kind: model.ActVolunteerTraining, Title: "心理委员培训 (Peer supporters)", PlanID: semester, Date: b.today.AddDays(-6), Time: "16:00",
		Venue: "心理中心", OrganiserID: psy2, StageOwners: [4]model.ID{psy2, youth, psy2, psy2},
		Audience: []model.AudienceGroup{model.AudStudents}, Expected: 60, Budget: fen(800),
		Status: model.ActPlanned})
	b.activity(model.Activity{Kind: model.ActLecture, Title: "家长学校：如何与青春期孩子沟通", PlanID: annual, TaskID: 10, Date: b.today.AddDays(9), Time: "19:00-20:30",
		Venue: "报告厅", OrganiserID: parents, StageOwners: [4]model.ID{deyu, parents, parents, deyu},
		Audience: []model.AudienceGroup{model.AudParents}, Expected: 500, Budget: fen(3000), Sponsors: "家委会",
		Status: model.ActPlanned})
	b.activity(model.Activity{Kind: model.ActCrisisDrill, Title: "心理危机干预应急演练", PlanID: annual, TaskID: 8, Date: b.today.AddDays(12), Time: "14:00",
		Venue: "教学楼", OrganiserID: safety, StageOwners: [4]model.ID{safety, deyu, safety, psy},
		Audience: []model.AudienceGroup{model.AudTeachers}, Expected: 80, Budget: fen(1000),
		Status: model.ActPlanned})
	b.activity(model.Activity{Kind: model.ActTraining, Title: "班主任心理健康教育培训（第二期）", PlanID: annual, TaskID: 7, Date: b.today.AddDays(21), Time: "15:30",
		Venue: "会议室A", OrganiserID: jiaowu, Audience: []model.AudienceGroup{model.AudTeachers}, Expected: 60, Budget: fen(5000),
		Status: model.ActPlanned})
	b.activity(model.Activity{Kind: model.ActGroupCounselling, Title: "初三考前减压团体辅导", PlanID: annual, TaskID: 11, Date: b.today.AddDays(-15), Time: "第八节",
		Venue: "团体活动室", OrganiserID: g9, Audience: []model.AudienceGroup{model.AudStudents}, Expected: 40, Budget: fen(600),
		Status: model.ActCancelled, CancelReason: "与期中考试时间冲突，改期至下学期"})
	b.activity(model.Activity{Kind: model.ActOther, Title: "心理健康月 ✨ 心理游园会筹备会", PlanID: draft, Date: b.today.AddDays(28), Time: "16:30",
		Venue: "心理中心", OrganiserID: psy, Audience: []model.AudienceGroup{model.AudStudents}, Expected: 20,
		Status: model.ActPlanned})

	// Assessments (评估) with findings and rectifications (整改).
	e1 := b.assessment(model.Assessment{Kind: model.AssessRoutine, Target: model.Target{Kind: model.TargetPlan, ID: annual},
		Date: b.today.AddDays(-40), Assessor: "领导小组督查组",
		Indicators: []model.Indicator{
			{Name: "工作计划制定", Target: "有年度计划且经审议", Result: "已制定并审议", Score: 95, Scored: true},
			{Name: "心理筛查", Target: "覆盖率≥95%", Result: "覆盖率97.2%", Score: 92, Scored: true},
			{Name: "培训落实", Target: "班主任覆盖率≥90%", Result: "第一期覆盖95%", Score: 85, Scored: true},
		},
		Rating:   model.RatingGood,
		Findings: []model.Finding{{No: 1, Text: "部分班级心理委员未到位"}, {No: 2, Text: "辅导记录存在漏记"}},
	})
	e2 := b.assessment(model.Assessment{Kind: model.AssessSpecial, Target: model.Target{Kind: model.TargetArea, Area: model.AreaCrisis},
		Date: b.today.AddDays(-25), Assessor: "区教育局督导组",
		Indicators: []model.Indicator{
			{Name: "危机干预预案", Target: "预案完整、分工明确", Result: "预案完整", Score: 90, Scored: true},
			{Name: "转介机制", Target: "与医院签订转介协议", Result: "协议尚未签订", Score: 60, Scored: true},
			{Name: "预警台账", Target: "一生一档，动态更新", Result: "更新不及时", Score: 72, Scored: true},
		},
		Rating:   model.RatingPass,
		Findings: []model.Finding{{No: 1, Text: "医校转介协议未签订"}, {No: 2, Text: "预警学生台账更新不及时"}, {No: 3, Text: "演练频次不足"}},
	})
	e3 := b.assessment(model.Assessment{Kind: model.AssessRoutine, Target: model.Target{Kind: model.TargetActivity, ID: 3},
		Date: b.today.AddDays(-44), Assessor: "李红梅",
		Indicators: []model.Indicator{
			{Name: "出勤", Target: "≥90%", Result: "95%", Score: 95, Scored: true},
			{Name: "培训效果", Target: "满意度≥85%", Result: "满意度88%", Score: 88, Scored: true},
		},
		Rating:   model.RatingExcellent,
		Findings: []model.Finding{{No: 1, Text: "培训经费超支"}},
	})
	b.assessment(model.Assessment{Kind: model.AssessAnnual, Target: model.Target{Kind: model.TargetPlan, ID: strategic},
		Date: b.today.AddDays(20), Assessor: "区教育局",
		Indicators: []model.Indicator{{Name: "年度目标完成情况", Target: "完成率≥90%"}, {Name: "经费使用", Target: "专款专用"}},
	})

	b.rect(model.Rectification{AssessmentID: e1, FindingNo: 1, Measure: "各班补选心理委员并完成培训", OwnerID: youth, Due: b.today.AddDays(-8), Status: model.RectOpen, OpenedOn: b.today.AddDays(-39)})
	b.rect(model.Rectification{AssessmentID: e1, FindingNo: 2, Measure: "建立辅导记录周检制度", OwnerID: psy, Due: b.today.AddDays(-20), Status: model.RectClosed,
		OpenedOn: b.today.AddDays(-39), ClosedOn: b.today.AddDays(-22), VerifierID: deyu, Evidence: "周检记录表4份，抽查10份辅导记录完整"})
	b.rect(model.Rectification{AssessmentID: e2, FindingNo: 1, Measure: "与区精神卫生中心签订转介协议", OwnerID: doctor, Due: b.today.AddDays(14), Status: model.RectOpen, OpenedOn: b.today.AddDays(-24)})
	b.rect(model.Rectification{AssessmentID: e2, FindingNo: 2, Measure: "预警台账每月更新，德育处抽查", OwnerID: psy2, Due: b.today.AddDays(-2), Status: model.RectOpen, OpenedOn: b.today.AddDays(-24)})
	b.rect(model.Rectification{AssessmentID: e2, FindingNo: 3, Measure: "危机演练增加为每学期1次", OwnerID: safety, Due: b.today.AddDays(30), Status: model.RectOpen, OpenedOn: b.today.AddDays(-24)})
	b.rect(model.Rectification{AssessmentID: e3, FindingNo: 1, Measure: "培训经费报批调整，后续按预算执行", OwnerID: jiaowu, Due: b.today.AddDays(-30), Status: model.RectClosed,
		OpenedOn: b.today.AddDays(-43), ClosedOn: b.today.AddDays(-31), VerifierID: head, Evidence: "经费调整审批单"})
}
