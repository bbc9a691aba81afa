// Package rubrics holds the sample inspection rubric the program ships:
// a generic tree of indicators for a school's mental health education
// work, written in our own words after the shape city rubrics share
// (organisation, rules, resources, lessons, activities, monitoring,
// families, staff, results), with points summing to 100. It is a
// starting point, labelled as a sample to replace with the local
// standard, in Chinese and English. It is data, not code: the records it
// makes are the user's to edit like any other.
package rubrics

import "secretary/model"

// Row is one indicator of a rubric file: the shape `secretary rubric
// import` reads and the template writes.
type Row struct {
	Code     string // A1, A1.B2, A1.B2.C1
	Parent   string // the parent's code; "" for a first-level indicator, or to take it from Code
	Title    string
	Points   model.Points
	Criteria string
	Evidence string // the evidence it asks for
}

// text is a phrase in both languages.
type text struct{ zh, en string }

func (t text) in(lang model.Lang) string {
	if lang == model.LangEn {
		return t.en
	}
	return t.zh
}

type sampleRow struct {
	code     string
	title    text
	points   int // tenths
	criteria text
	evidence text
}

// SampleTitle is the sample rubric's title, saying it is a sample.
func SampleTitle(lang model.Lang) string {
	return text{"心理健康教育工作评估指标（示例，请替换为本地标准）",
		"Mental health education work: inspection indicators (SAMPLE — replace with your local standard)"}.in(lang)
}

// SampleNote says where the sample comes from and what to do with it.
func SampleNote(lang model.Lang) string {
	return text{"本指标为程序自带的通用示例，按常见督导评估指标的结构编写，分值合计100分。正式迎检前请按本地教育行政部门印发的评估标准修改或重新导入。",
		"A generic sample shipped with the program, shaped like common inspection rubrics, totalling 100 points. Before an inspection, edit it or import the standard your education authority issued."}.in(lang)
}

// Sample is the sample rubric's indicators in the language, parents
// before their children, in rubric order.
func Sample(lang model.Lang) []Row {
	out := make([]Row, len(sample))
	for i, s := range sample {
		out[i] = Row{Code: s.code, Title: s.title.in(lang), Points: model.Points(s.points),
			Criteria: s.criteria.in(lang), Evidence: s.evidence.in(lang)}
	}
	return out
}

// sample is read-only.
var sample = []sampleRow{
	{"A1", text{"组织管理", "Organisation and management"}, 120,
		text{"领导小组健全、职责明确、运转有效。", "The leadership group is complete, its duties clear, and it works."},
		text{"见各二级指标。", "See the second-level indicators."}},
	{"A1.B1", text{"领导小组", "Leadership group"}, 40,
		text{"成立以校长为组长的心理健康教育工作领导小组，成员覆盖相关部门，分工明确。缺组建文件扣2分。", "A group led by the head teacher, with members from every department concerned and clear duties. No founding document: minus 2."},
		text{"组建或调整文件；成员名单及分工。", "The founding or adjustment document; the members and their duties."}},
	{"A1.B2", text{"工作会议", "Group meetings"}, 40,
		text{"每学期至少召开2次领导小组会议或工作例会，每年至少1次专题会议，有会议纪要和决定事项落实情况。", "At least two group or routine meetings a semester and one special meeting a year, with minutes and a record of carrying out decisions."},
		text{"会议通知、签到表、会议纪要、决定事项落实台账。", "Notices, attendance sheets, minutes, the record of decisions carried out."}},
	{"A1.B3", text{"计划与总结", "Plans and reports"}, 40,
		text{"有三年规划和年度、学期工作计划，目标、任务、时间、责任人明确；每学期有工作总结。", "A three-year plan and annual and semester plans with goals, tasks, dates and owners; a report each semester."},
		text{"发展规划、年度计划、学期计划、工作总结。", "The development plan, annual and semester plans, reports."}},

	{"A2", text{"制度建设", "Rules and procedures"}, 100,
		text{"各项制度完备、执行到位。", "The rules are complete and followed."},
		text{"见各二级指标。", "See the second-level indicators."}},
	{"A2.B1", text{"工作制度", "Working rules"}, 40,
		text{"建立心理辅导、转介、保密、值班等制度，并按期修订。", "Rules for counselling, referral, confidentiality and duty, reviewed on time."},
		text{"制度汇编及印发文件。", "The collected rules and the documents issuing them."}},
	{"A2.B2", text{"危机干预预案", "Crisis intervention plan"}, 30,
		text{"有学生心理危机干预预案，分工明确，每学期至少演练1次。", "A crisis intervention plan with clear roles, rehearsed at least once a semester."},
		text{"预案文本、演练方案、演练记录及照片。", "The plan, drill schemes, drill records and photos."}},
	{"A2.B3", text{"档案管理", "Records management"}, 30,
		text{"工作档案分类规范、保管安全，涉及学生隐私的材料加锁保管。", "Records are filed in order and kept safe; anything about students' privacy is locked away."},
		text{"档案目录、档案室（柜）照片、借阅登记。", "The records catalogue, photos of the archive, the loan register."}},

	{"A3", text{"条件保障", "Resources"}, 120,
		text{"人员、场地、经费保障到位。", "Staff, rooms and funds are in place."},
		text{"见各二级指标。", "See the second-level indicators."}},
	{"A3.B1", text{"专兼职教师", "Counselling staff"}, 40,
		text{"按规定配备专职心理健康教育教师，兼职教师经过专业培训。", "Full-time mental health teachers as required; part-time ones trained."},
		text{"教师名单、聘任文件、资格证书。", "The staff list, appointment documents, certificates."}},
	{"A3.B2", text{"心理辅导室", "Counselling rooms"}, 40,
		text{"心理辅导室功能齐全、布置温馨、定时开放。", "Counselling rooms with every function, welcoming, open at set times."},
		text{"见各三级指标。", "See the third-level indicators."}},
	{"A3.B2.C1", text{"个体辅导室", "Individual counselling room"}, 20,
		text{"有独立的个体辅导室，隔音、私密。", "A separate room for individual counselling, soundproof and private."},
		text{"辅导室照片、开放时间表、值班表。", "Photos of the room, opening hours, the duty rota."}},
	{"A3.B2.C2", text{"团体活动室", "Group activity room"}, 20,
		text{"有团体辅导或活动的场地和器材。", "A room and equipment for group counselling and activities."},
		text{"活动室照片、器材清单。", "Photos of the room, the equipment list."}},
	{"A3.B3", text{"专项经费", "Dedicated funds"}, 40,
		text{"设立心理健康教育专项经费，专款专用，逐年有保障。", "A dedicated budget, spent only on this work, secured every year."},
		text{"预算文件、经费使用明细。", "Budget documents, the spending detail."}},

	{"A4", text{"课程教学", "Lessons and teaching"}, 140,
		text{"心理健康课程开足开好，学科教学有机渗透。", "Mental health lessons are given in full and well, and other subjects carry the theme."},
		text{"见各二级指标。", "See the second-level indicators."}},
	{"A4.B1", text{"心理健康课", "Mental health lessons"}, 60,
		text{"按课程计划开设心理健康课，每学期课时达到规定要求，有教案。", "Lessons as the curriculum plans, the required hours each semester, with lesson plans."},
		text{"课程表、教学计划、教案、听课记录。", "Timetables, teaching plans, lesson plans, observation notes."}},
	{"A4.B2", text{"学科渗透", "Across the subjects"}, 40,
		text{"各学科教学中渗透心理健康教育，有典型课例。", "Other subjects carry mental health education, with model lessons."},
		text{"渗透课例、教研记录。", "Model lessons, teaching research notes."}},
	{"A4.B3", text{"教研活动", "Teaching research"}, 40,
		text{"定期开展心理健康教育教研活动，有课题或论文。", "Regular teaching research on mental health education, with projects or papers."},
		text{"教研活动记录、课题材料、获奖证书。", "Research records, project files, award certificates."}},

	{"A5", text{"活动开展", "Activities"}, 120,
		text{"心理健康宣传教育和辅导活动丰富、覆盖面广。", "Publicity, education and counselling activities are many and reach everyone."},
		text{"见各二级指标。", "See the second-level indicators."}},
	{"A5.B1", text{"主题宣传教育", "Theme publicity"}, 40,
		text{"开展5·25心理健康日、10·10世界精神卫生日、心理健康教育月等主题活动。", "Theme activities for 5·25, 10·10 and the mental health education month."},
		text{"活动方案、照片、总结、新闻稿。", "Activity schemes, photos, reports, news items."}},
	{"A5.B2", text{"心理辅导服务", "Counselling service"}, 40,
		text{"开展个别辅导和团体辅导，记录完整规范。", "Individual and group counselling, fully and properly recorded."},
		text{"辅导记录（去标识）、团体辅导方案与总结。", "Counselling records (without names), group counselling schemes and reports."}},
	{"A5.B3", text{"心理委员与社团", "Peer supporters and clubs"}, 40,
		text{"各班配备心理委员并定期培训，有学生心理社团。", "Every class has peer supporters trained regularly; there is a student club."},
		text{"心理委员名单、培训记录、社团活动记录。", "The peer supporter list, training records, club records."}},

	{"A6", text{"监测预警", "Monitoring and early warning"}, 120,
		text{"心理健康监测、预警、干预机制健全。", "Monitoring, warning and intervention work as a system."},
		text{"见各二级指标。", "See the second-level indicators."}},
	{"A6.B1", text{"心理健康测评", "Mental health screening"}, 40,
		text{"每学年开展一次学生心理健康测评，只保存汇总数据和编号，不留学生姓名。", "A screening each school year; only totals and case codes are kept, never names."},
		text{"测评方案、汇总统计、结果反馈记录。", "The screening scheme, the totals, the feedback record."}},
	{"A6.B2", text{"预警与转介", "Warning and referral"}, 40,
		text{"建立预警台账并动态更新，与医疗机构建立转介通道。", "A warning register kept up to date; a referral channel with a hospital."},
		text{"预警台账（编号）、转介协议、转介记录。", "The warning register (case codes), the referral agreement and records."}},
	{"A6.B3", text{"危机干预处置", "Crisis response"}, 40,
		text{"危机事件处置及时、规范，有研判和跟踪。", "Crises are handled promptly and properly, assessed and followed up."},
		text{"研判会纪要、处置记录、跟踪记录。", "Case meeting minutes, response and follow-up records."}},

	{"A7", text{"家校协同", "Families and school"}, 80,
		text{"家校沟通顺畅，家长心理健康教育有成效。", "Families and school talk easily; parents' education works."},
		text{"见各二级指标。", "See the second-level indicators."}},
	{"A7.B1", text{"家长学校", "Parents' school"}, 40,
		text{"每学期至少开展1次家长心理健康专题讲座或家长会。", "At least one parents' talk or meeting on mental health each semester."},
		text{"活动通知、签到、课件、照片。", "Notices, attendance, slides, photos."}},
	{"A7.B2", text{"家访与沟通", "Home visits"}, 40,
		text{"对需要关注的学生每学期至少家访1次，有记录。", "At least one home visit a semester for each student who needs care, recorded."},
		text{"家访记录（计数与编号）。", "Home visit records (counts and case codes)."}},

	{"A8", text{"队伍建设", "Staff development"}, 100,
		text{"全员参与，专业提升，关爱教师。", "Everyone takes part, skills grow, teachers are cared for."},
		text{"见各二级指标。", "See the second-level indicators."}},
	{"A8.B1", text{"全员培训", "Training for all"}, 40,
		text{"每学期组织班主任和全体教师心理健康教育培训。", "Training for class teachers and all staff every semester."},
		text{"培训通知、签到、课件、考核记录。", "Notices, attendance, slides, assessment records."}},
	{"A8.B2", text{"持证上岗", "Certification"}, 30,
		text{"专兼职心理教师持有相应资格证书。", "Counselling staff hold the required certificates."},
		text{"证书复印件。", "Copies of the certificates."}},
	{"A8.B3", text{"教师心理关怀", "Care for teachers"}, 30,
		text{"关注教师心理健康，开展减压和辅导活动。", "Teachers' own mental health is looked after with stress-relief and counselling."},
		text{"活动方案、照片、反馈。", "Schemes, photos, feedback."}},

	{"A9", text{"特色成效", "Distinctive results"}, 100,
		text{"形成学校特色，取得明显成效。", "The school has its own strengths and clear results."},
		text{"见各二级指标。", "See the second-level indicators."}},
	{"A9.B1", text{"特色项目", "Signature projects"}, 50,
		text{"有持续开展的心理健康教育特色项目。", "A mental health project the school has run for years."},
		text{"项目方案、过程材料、成果。", "The project scheme, its records, its results."}},
	{"A9.B2", text{"成果与荣誉", "Results and recognition"}, 50,
		text{"学生心理健康水平提升，学校获得相关表彰或推广经验。", "Students' wellbeing improves; the school is recognised or shares its practice."},
		text{"获奖证书、经验交流材料、媒体报道。", "Certificates, shared practice, media reports."}},
}
