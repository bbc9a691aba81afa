package demo

import (
	"fmt"

	"secretary/model"
)

// Name parts for generated people: common surnames and given names, so a
// large sample reads like a real staff list (and exercises pinyin).
var (
	surnames = []string{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "欧阳", "司马"}
	given    = []string{"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "晓雪", "子涵"}
	depts    = []string{"德育处", "教务处", "心理中心", "年级组", "校医室", "家委会", "团委", "总务处", "校长办公室"}
	roles    = []string{"班主任", "学科教师", "年级组长", "心理教师", "干事", "副主任"}
	taskVerb = []string{"组织", "开展", "完成", "落实", "推进", "检查", "编制", "更新"}
	taskWhat = []string{"心理健康讲座", "团体辅导", "个别辅导记录整理", "班会课设计", "心理筛查复核", "家校沟通", "宣传栏更新", "危机个案跟踪", "教师培训", "课题研讨", "制度修订", "档案归档"}
	venues   = []string{"报告厅", "会议室A", "会议室B", "团体活动室", "心理中心", "各班教室", "操场", "图书馆"}
	findings = []string{"记录不完整", "经费使用未按预算", "覆盖率未达标", "台账更新不及时", "材料归档不规范", "宣传形式单一"}
)

// scale adds about n generated records in the base sample's proportions:
// for every 100 records about 2 owners, 1 plan, 55 tasks, 25 activities,
// 8 assessments and 9 rectifications.
func (b *builder) scale(n int) {
	owners := max(1, n*2/100)
	plans := max(1, n/100)
	for i := 0; i < owners; i++ {
		name := surnames[b.rng.IntN(len(surnames))] + given[b.rng.IntN(len(given))]
		if i%7 == 3 {
			name += given[b.rng.IntN(len(given))]
		}
		b.owner(name, roles[b.rng.IntN(len(roles))], depts[b.rng.IntN(len(depts))], fmt.Sprintf("139%08d", i))
	}
	sy := b.schoolYearStart()
	for i := 0; i < plans; i++ {
		start := sy.AddMonths(-12 * b.rng.IntN(3))
		b.plan(model.Plan{
			Kind: model.PlanKind(1 + b.rng.IntN(3)), Title: fmt.Sprintf("%d年度专项工作计划（%d）", start.Year(), i+1),
			Start: start, End: start.AddMonths(12).AddDays(-1),
			Goals:  []string{"落实心理健康教育各项任务", "提升学生心理健康素养"},
			Budget: fen(5000 + 1000*b.rng.IntN(50)), Status: model.PlanStatus(1 + b.rng.IntN(4)),
			LeaderID: b.anyOwner(),
		})
	}
	// 2 meetings and 10 decisions in every 100 records.
	meetings, decisions := n*2/100, n*10/100
	if meetings == 0 {
		decisions = 0 // decisions need a generated meeting to belong to
	}
	rest := n - owners - plans - meetings - decisions
	tasks, acts, assess := rest*55/97, rest*25/97, rest*8/97
	rects := rest - tasks - acts - assess
	for i := 0; i < tasks; i++ {
		due := b.rng.IntN(300) - 200
		status := model.TaskStatus(1 + b.rng.IntN(4))
		if due < -30 && b.rng.IntN(10) < 7 {
			status = model.TaskDone
		}
		b.task(b.anyPlan(), model.WorkArea(1+b.rng.IntN(6)),
			taskVerb[b.rng.IntN(len(taskVerb))]+taskWhat[b.rng.IntN(len(taskWhat))]+fmt.Sprintf("（第%d项）", i+1),
			b.anyOwner(), b.anyOwner(), due-30-b.rng.IntN(60), due,
			fmt.Sprintf("按时完成，覆盖率≥%d%%", 80+b.rng.IntN(20)), status, b.rng.IntN(10)*10)
	}
	for i := 0; i < acts; i++ {
		day := b.rng.IntN(360) - 300
		a := model.Activity{
			Kind: model.ActivityKind(1 + b.rng.IntN(8)), Title: taskWhat[b.rng.IntN(len(taskWhat))] + fmt.Sprintf("活动（%d）", i+1),
			PlanID: b.anyPlan(), Date: b.today.AddDays(day), Time: "14:30", Venue: venues[b.rng.IntN(len(venues))],
			OrganiserID: b.anyOwner(), Audience: []model.AudienceGroup{model.AudienceGroup(1 + b.rng.IntN(3))},
			Expected: 20 + b.rng.IntN(400), Budget: fen(b.rng.IntN(50) * 100), Status: model.ActPlanned,
		}
		if day < 0 && b.rng.IntN(10) < 8 {
			a.Status, a.Actual, a.Spend, a.Score = model.ActHeld, a.Expected-b.rng.IntN(20), a.Budget+fen(b.rng.IntN(10)*50-250), 3+b.rng.IntN(3)
			if a.Spend < 0 {
				a.Spend = 0
			}
			if a.Actual < 0 {
				a.Actual = 0
			}
			a.Evaluation = "效果良好"
		}
		b.activity(a)
	}
	firstNew := len(b.l.Assessments)
	for i := 0; i < assess; i++ {
		e := model.Assessment{
			Kind: model.AssessmentKind(1 + b.rng.IntN(3)), Date: b.today.AddDays(b.rng.IntN(300) - 280), Assessor: "督查组",
			Target: model.Target{Kind: model.TargetArea, Area: model.WorkArea(1 + b.rng.IntN(6))},
			Indicators: []model.Indicator{
				{Name: "任务落实", Target: "按期完成", Score: float64(60 + b.rng.IntN(40)), Scored: true},
				{Name: "资料归档", Target: "完整规范", Score: float64(60 + b.rng.IntN(40)), Scored: true},
			},
			Rating:   model.Rating(1 + b.rng.IntN(4)),
			Findings: []model.Finding{{No: 1, Text: findings[b.rng.IntN(len(findings))]}, {No: 2, Text: findings[b.rng.IntN(len(findings))]}},
		}
		if b.rng.IntN(2) == 0 {
			e.Target = model.Target{Kind: model.TargetPlan, ID: b.anyPlan()}
			if e.Target.ID == 0 {
				e.Target = model.Target{Kind: model.TargetArea, Area: model.AreaService}
			}
		}
		b.assessment(e)
	}
	for i := 0; i < rects; i++ {
		var aid model.ID
		if len(b.l.Assessments) > firstNew {
			aid = model.ID(firstNew + 1 + b.rng.IntN(len(b.l.Assessments)-firstNew))
		} else {
			aid = model.ID(1 + b.rng.IntN(len(b.l.Assessments)))
		}
		a := b.l.Assessments[aid-1]
		if len(a.Findings) == 0 {
			aid, a = 1, b.l.Assessments[0] // the base sample's first has findings
		}
		r := model.Rectification{
			AssessmentID: aid, FindingNo: a.Findings[b.rng.IntN(len(a.Findings))].No,
			Measure: "制定整改方案并落实到人", OwnerID: b.anyOwner(), Due: a.Date.AddDays(30),
			Status: model.RectOpen, OpenedOn: a.Date,
		}
		if r.Due < b.today && b.rng.IntN(10) < 7 {
			r.Status, r.ClosedOn, r.VerifierID, r.Evidence = model.RectClosed, r.Due, b.otherOwner(r.OwnerID), "整改材料已归档"
		}
		b.rect(r)
	}
	b.scaleMeetings(meetings, decisions)
}

func (b *builder) anyOwner() model.ID { return model.ID(1 + b.rng.IntN(len(b.l.Owners))) }

// otherOwner is anyone but the person given: a rectification is verified
// by someone other than its owner (销号 by someone else).
func (b *builder) otherOwner(not model.ID) model.ID {
	id := b.anyOwner()
	if id == not {
		id = id%model.ID(len(b.l.Owners)) + 1
	}
	return id
}

func (b *builder) anyPlan() model.ID { return model.ID(1 + b.rng.IntN(len(b.l.Plans))) }
