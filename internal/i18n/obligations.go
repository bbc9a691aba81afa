package i18n

// obligationTexts are the words of the school year's required work
// (规定动作, issue 14): obligations and their coverage, the activity kinds
// and quantities they count, the new school year and the today panel.
func obligationTexts() map[Key]Text {
	out := map[Key]Text{
		"entity.obligation":     {"规定动作", "obligation"},
		"tab.entity.obligation": {"规定动作", "Obligations"},
		"count.obligation":      {"%d 项规定动作", "%d obligation(s)"},

		"field.obligation.id":        {"编号", "code"},
		"field.obligation.title":     {"名称", "title"},
		"field.obligation.frequency": {"频次", "frequency"},
		"field.obligation.min":       {"最低要求", "minimum"},
		"field.obligation.sum":       {"累计数量", "quantity summed"},
		"field.obligation.meets":     {"计入的记录", "met by"},
		"field.obligation.source":    {"文件依据", "source document"},
		"field.obligation.active":    {"启用", "active"},
		"field.obligation.notes":     {"备注", "notes"},

		"field.activity.quantity":   {"数量", "quantity"},
		"field.activity.unit":       {"数量单位", "unit"},
		"field.activity.follow_ups": {"跟进人数", "followed up"},
		"field.task.obligation":     {"规定动作", "obligation"},
		"field.task.yearly":         {"每年", "yearly"},

		"field.settings.today_panel": {"今日提醒", "today panel"},

		"enum.activity_kind.mental_health_day":       {"心理健康日", "Mental health day"},
		"enum.activity_kind.world_mental_health_day": {"世界精神卫生日", "World Mental Health Day"},
		"enum.activity_kind.lesson":                  {"心理课", "Lesson"},
		"enum.activity_kind.class_meeting":           {"主题班会", "Class meeting"},
		"enum.activity_kind.parents":                 {"家长学校/家长会", "Parents' school/meeting"},
		"enum.activity_kind.home_visit":              {"家访（计数）", "Home visits (count)"},
		"enum.activity_kind.screening":               {"心理健康监测（计数）", "Mental health check (count)"},

		"enum.measure.hours":        {"课时", "class hours"},
		"enum.measure.visits":       {"户次", "visits"},
		"enum.measure.checked":      {"受测人数", "students checked"},
		"enum.measure.follow_ups":   {"跟进人数", "students followed up"},
		"enum.measure.participants": {"参与人数", "participants"},

		"enum.freq.monthly":  {"每月", "Monthly"},
		"enum.freq.semester": {"每学期", "Per semester"},
		"enum.freq.year":     {"每学年", "Per school year"},
		"enum.freq.date":     {"固定日期", "Fixed date"},
		"enum.freq.range":    {"固定时段", "Fixed dates"},

		"enum.mark.met":     {"已完成", "met"},
		"enum.mark.due":     {"待完成", "due"},
		"enum.mark.missed":  {"未完成", "missed"},
		"enum.mark.not_yet": {"未到期", "not yet due"},
		"enum.mark.before":  {"建账前", "before the ledger"},

		"freq.date":  {"每年%s", "Yearly %s"},
		"freq.range": {"每年%s至%s", "Yearly %s to %s"},

		"rule.any":    {"任意", "any"},
		"rule.entity": {"%s：%s", "%s: %s"},
		"rule.sep":    {"；", "; "},

		"flag.yes": {"是", "yes"},
		"flag.no":  {"否", "no"},
		"flag.on":  {"开", "on"},
		"flag.off": {"关", "off"},

		"v.at_least":      {"不能小于 %d", "must be at least %d"},
		"v.bad_frequency": {"无法识别频次“%s”：可填 每月、每学期、每学年、一个日期（05-25）或一个时段（05-01..05-31）", "cannot read the frequency “%s”: write monthly, semester, year, a day (05-25) or a range (05-01..05-31)"},
		"v.range_order":   {"时段的结束日 %s 早于开始日 %s（按学年从9月起算）", "the range ends on %s before it starts on %s (a school year runs from September)"},
		"v.bad_rule":      {"无法识别“%s”：请写成 活动：心理课、主题班会（类型见活动类型列表，或写 任意）", "cannot read “%s”: write it as activity: Lesson, Class meeting (a kind from the activity kinds, or any)"},
		"v.not_unit":      {"活动的数量只能是课时、户次或受测人数", "an activity's quantity is in class hours, visits or students checked"},

		"period.month.1":  {"1月", "Jan"},
		"period.month.2":  {"2月", "Feb"},
		"period.month.3":  {"3月", "Mar"},
		"period.month.4":  {"4月", "Apr"},
		"period.month.5":  {"5月", "May"},
		"period.month.6":  {"6月", "Jun"},
		"period.month.7":  {"7月", "Jul"},
		"period.month.8":  {"8月", "Aug"},
		"period.month.9":  {"9月", "Sep"},
		"period.month.10": {"10月", "Oct"},
		"period.month.11": {"11月", "Nov"},
		"period.month.12": {"12月", "Dec"},
		"period.autumn":   {"%d—%d学年第一学期", "autumn %d–%d"},
		"period.spring":   {"%d—%d学年第二学期", "spring %d–%d"},
		"period.year":     {"%d—%d学年", "%d–%d school year"},
		"period.range":    {"%s至%s", "%s to %s"},

		"period.unit.months":    {"个月", "months"},
		"period.unit.semesters": {"个学期", "semesters"},
		"period.unit.years":     {"个学年", "school years"},
		"period.unit.times":     {"次", "times"},

		"newyear.no_plan":       {"%s还没有年度计划，无法开新学年：请先在计划页新建一个年度计划（按 n，类型选“年度计划”），再开新学年", "the %s has no annual plan to start the next year from: first create one on the Plans tab (n, kind Annual plan), then start the new year"},
		"newyear.exists":        {"%[1]s已经有年度计划 %[2]s，不再重复开新学年", "the %[1]s already has its annual plan %[2]s: the new year is not started twice"},
		"newyear.activity_note": {"开新学年时按规定动作 %s 安排，请确认日期", "planned by the new school year for obligation %s: check the date"},

		"sheet.col.obligation.title":     {"规定动作", "Obligation"},
		"sheet.col.obligation.frequency": {"频次", "Frequency"},
		"sheet.col.obligation.min":       {"最低要求", "Minimum"},
		"sheet.col.obligation.sum":       {"累计数量", "Quantity summed"},
		"sheet.col.obligation.meets":     {"计入的记录", "Met by"},
		"sheet.col.obligation.source":    {"文件依据", "Source document"},
		"sheet.col.obligation.active":    {"启用", "Active"},
		"sheet.col.obligation.notes":     {"备注", "Notes"},
		"sheet.col.activity.quantity":    {"数量", "Quantity"},
		"sheet.col.activity.unit":        {"数量单位", "Unit"},
		"sheet.col.activity.follow_ups":  {"跟进人数", "Followed up"},
		"sheet.col.task.obligation":      {"规定动作", "Obligation"},
		"sheet.col.task.yearly":          {"每年", "Yearly"},

		"print.ob.section":        {"规定动作完成情况", "Required work"},
		"print.ob.subtitle":       {"规定动作完成情况", "Required work: what is met, due and missed"},
		"print.ob.overview":       {"总体情况", "Overview"},
		"print.ob.detail":         {"逐项明细", "Each obligation"},
		"print.ob.none":           {"尚未设置规定动作：运行 secretary obligations --load-defaults 载入默认清单，或在计划页按 o 添加", "no obligations yet: run secretary obligations --load-defaults for the default set, or add them on the Plans tab (o)"},
		"print.ob.legend":         {"✔ 已完成　⏳ 待完成　⚠ 未完成　· 未到期", "✔ met   ⏳ due   ⚠ missed   · not yet due"},
		"print.ob.count":          {"规定动作", "Obligations"},
		"print.ob.met":            {"已完成（期）", "Periods met"},
		"print.ob.due":            {"待完成（期）", "Periods due"},
		"print.ob.missed":         {"未完成（期）", "Periods missed"},
		"print.ob.not_yet":        {"未到期（期）", "Periods not yet due"},
		"print.ob.before":         {"建账前（期）", "Periods before the ledger"},
		"print.ob.legend_before":  {"✔ 已完成　⏳ 待完成　⚠ 未完成　· 未到期或建账前（%s 建账，之前结束的时段不算未完成）", "✔ met   ⏳ due   ⚠ missed   · not yet due, or before the ledger began on %s (not counted as missed)"},
		"print.ob.col.obligation": {"规定动作", "Obligation"},
		"print.ob.col.freq":       {"频次", "Frequency"},
		"print.ob.col.min":        {"要求", "Minimum"},
		"print.ob.col.marks":      {"各期", "Periods"},
		"print.ob.col.total":      {"完成", "Met"},
		"print.ob.col.missed":     {"未完成时段", "Missed"},
		"print.ob.col.period":     {"时段", "Period"},
		"print.ob.col.state":      {"情况", "State"},
		"print.ob.col.got":        {"完成/要求", "Done/needed"},
		"print.ob.col.records":    {"记录", "Records"},
		"print.ob.days_left":      {"还剩 %d 天", "%d days left"},
		"print.ob.more":           {"等 %d 项", "%d more"},
		"print.ob.planned":        {"已安排 %s", "planned: %s"},
		"print.ob.then":           {"；", "; "},
		"print.file.obligations":  {"规定动作", "obligations"},

		"today.title":               {"今日提醒 · %s", "Today · %s"},
		"today.nothing":             {"今天没有需要处理的事项", "Nothing needs attention today"},
		"today.count":               {"需要处理 %d 项", "%d item(s) need attention"},
		"today.section.tasks":       {"逾期或 7 天内到期的任务（%d）", "Tasks overdue or due in 7 days (%d)"},
		"today.section.unrecorded":  {"等待填写记录的活动 ✎（%d）", "Activities waiting for their record ✎ (%d)"},
		"today.section.rects":       {"逾期未销号的整改（%d）", "Rectifications past due (%d)"},
		"today.section.obligations": {"本月到期或本学期已错过的规定动作（%d）", "Required work due this month or missed this semester (%d)"},
		"today.section.decisions":   {"逾期、7 天内到期、未分解或上次会议未落实的决定事项（%d）", "Decisions overdue, due soon, without tasks or from the last meeting (%d)"},
		"today.section.documents":   {"逾期或 30 天内需复审的制度文件（%d）", "Documents due for review, overdue or within 30 days (%d)"},
		"today.decision_due":        {"%[1]s，时限 %[2]s", "%[1]s, due %[2]s"},
		"today.decision_late":       {"%[1]s，时限已过 %[2]d 天", "%[1]s, %[2]d days past due"},
		"today.decision_in":         {"%[1]s，还有 %[2]d 天", "%[1]s, due in %[2]d days"},
		"today.decision_today":      {"%s，今天到期", "%s, due today"},
		"today.review_overdue":      {"复审逾期 %d 天", "review %d days overdue"},
		"today.review_today":        {"今天复审", "review due today"},
		"today.review_in":           {"%d 天后复审", "review in %d days"},
		"today.overdue":             {"逾期 %d 天", "%d days overdue"},
		"today.due_today":           {"今天到期", "due today"},
		"today.due_in":              {"还有 %d 天", "due in %d days"},
		"today.unrecorded":          {"%s 举行，%d 天未记录", "held %s, %d days unrecorded"},
		"today.ob_missed":           {"未完成（%d/%d）", "missed (%d/%d)"},
		"today.ob_due":              {"还剩 %d 天（%d/%d）", "%d days left (%d/%d)"},
		"today.more":                {"…… 另有 %d 项", "… and %d more"},

		"app.bad_switch":    {"“%s”不是开或关：请写 on 或 off（开 / 关）", "“%s” is neither on nor off: write on or off"},
		"app.newyear_moved": {"预览的是%[1]s，但现在会开的是%[2]s（台账在此期间有改动）：请重新预览", "the preview was of the %[1]s, but the %[2]s would start now (the ledger changed meanwhile): preview again"},

		"newyear.preview.head":            {"将开始%[1]s（%[2]s 至 %[3]s），以 %[4]s「%[5]s」为底：", "Starts the %[1]s (%[2]s to %[3]s) from %[4]s “%[5]s”:"},
		"newyear.preview.plan":            {"年度计划（复制目标与专项资金，状态为草稿）", "Annual plan (goals and budget copied, as a draft)"},
		"newyear.preview.plan_line":       {"%[1]s  %[2]s 至 %[3]s  专项资金 %[4]s 元  目标 %[5]d 项", "%[1]s  %[2]s to %[3]s  budget %[4]s  %[5]d goal(s)"},
		"newyear.preview.tasks":           {"每年任务（%d 项：日期顺延一年，负责人不变，状态和进度清零）", "Yearly tasks (%d: dates a year on, same owners, status and progress reset)"},
		"newyear.preview.left":            {"⚠ 已离任，请改派", "⚠ has left: reassign"},
		"newyear.preview.supervisor_left": {"⚠ 监督人 %s 已离任", "⚠ supervisor %s has left"},
		"newyear.preview.due":             {"截止 %s", "due %s"},
		"newyear.preview.no_tasks":        {"（没有标为“每年”的任务）", "(no task is marked yearly)"},
		"newyear.preview.activities":      {"规定动作的计划活动（%d 项）", "Activities planned for the required work (%d)"},
		"newyear.preview.suggested":       {"%s（建议日期）", "%s (suggested day)"},
		"newyear.preview.no_activities":   {"（没有固定日期或每学期的规定动作）", "(no obligation on a fixed day or per semester)"},
		"newyear.preview.total":           {"共写入 %d 条记录，作为一步完成，可以撤销。", "%d records in all, written as one step that can be undone."},

		"cli.obligations.short": {"规定动作完成情况：每项要求各期已完成、待完成、未完成（可打印）", "the required work: what is met, due and missed in each period (printable)"},
		"cli.obligations.long": {
			"按学年或学期列出每项规定动作（如每月综合实践活动、每学期心理课课时、5·25、10·10）各期的情况：\n" +
				"✔ 已完成（并列出完成它的记录）、⏳ 待完成（还剩几天）、⚠ 未完成、· 未到期，以及合计（如 7/10 个月）。\n" +
				"建账之前就已结束、台账里也没有记录完成它的时段记为 · 建账前，不算未完成，也不计入合计。\n" +
				"  secretary obligations                           本学年，终端文本\n" +
				"  secretary obligations --semester 2026-2027-1    一个学期（也可写 1、2、秋、春，或学期中的一个日期）\n" +
				"  secretary obligations --year 2025-2026          另一个学年\n" +
				"  secretary obligations --format pdf              打印版 PDF\n" +
				"  secretary obligations --load-defaults           把默认规定动作清单加入台账（已有的不重复）\n" +
				"新建的台账自带默认清单；在程序的计划页按 o 可增删改、停用。",
			"Lists each obligation (a practice activity every month, lesson hours every semester, 5·25, 10·10 …)\n" +
				"for a school year or a semester, period by period: ✔ met (with the records that met it), ⏳ due\n" +
				"(days left), ⚠ missed, · not yet due, and a total such as 7/10 months. A period that ended before\n" +
				"the ledger began, with nothing in the ledger meeting it, is · before the ledger: not missed, and\n" +
				"not in the total.\n" +
				"  secretary obligations                           this school year, as text\n" +
				"  secretary obligations --semester 2026-2027-1    one semester (or 1, 2, autumn, spring, a day in it)\n" +
				"  secretary obligations --year 2025-2026          another school year\n" +
				"  secretary obligations --format pdf              a printable PDF\n" +
				"  secretary obligations --load-defaults           add the default set to the ledger (none twice)\n" +
				"A new ledger starts with the default set; on the Plans tab, o lists them to add, edit or deactivate.",
		},
		"cli.obligations.flag.year":          {"学年：2026-2027、2026—2027 或 2026（默认本学年）", "school year: 2026-2027 or 2026 (default: this one)"},
		"cli.obligations.flag.semester":      {"学期：2026-2027-1、2026-2、1、2、秋、春，或学期中的一个日期", "semester: 2026-2027-1, 2026-2, 1, 2, autumn, spring, or a day in it"},
		"cli.obligations.flag.load_defaults": {"先把默认规定动作清单加入台账（已有的不重复添加）", "first add the default obligations the ledger lacks"},
		"cli.obligations.year_and_semester":  {"--year 和 --semester 只能选一种（或用 --year 加 --semester 1/2）", "use --year or --semester, not both (or --year with --semester 1 or 2)"},
		"cli.obligations.bad_year":           {"无法识别学年“%s”：请写 2026-2027 或 2026", "cannot read the school year “%s”: write 2026-2027 or 2026"},
		"cli.obligations.bad_semester":       {"无法识别学期“%s”：请写 2026-2027-1、2026-2、1、2、秋、春，或一个日期", "cannot read the semester “%s”: write 2026-2027-1, 2026-2, 1, 2, autumn, spring or a day"},
		"cli.obligations.loaded":             {"已加入 %d 项默认规定动作", "Added %d default obligation(s)"},

		"cli.newyear.short": {"一键开新学年：复制年度计划和每年任务，安排规定动作的活动", "start the next school year: copy the annual plan and yearly tasks, plan the required activities"},
		"cli.newyear.long": {
			"以本学年的年度计划为底开始下一学年：年度计划连同目标、专项资金复制并改为新学年的日期；\n" +
				"标为“每年”的任务复制过去，日期顺延一年，负责人不变（已离任的会标出），状态和进度清零；\n" +
				"固定日期的规定动作（5·25、10·10、5月宣传教育月）按日期、每学期的按建议日期安排计划活动。\n" +
				"先显示预览，确认后作为一步写入，可在程序中按 u 撤销。同一学年不会开两次。\n" +
				"  secretary newyear --dry-run    只看预览\n" +
				"  secretary newyear              预览并询问\n" +
				"  secretary newyear --yes        不询问直接开始",
			"Starts the next school year from this one's annual plan: the plan with its goals and budget,\n" +
				"dated for the new year; tasks marked yearly, dates a year on, same owners (those who have left\n" +
				"are flagged), status and progress reset; planned activities for the required work on fixed days\n" +
				"(5·25, 10·10, the May month) and, on suggested days, for each semester's.\n" +
				"It shows a preview, then writes it all as one step that u undoes in the program. A school year\n" +
				"is never started twice.\n" +
				"  secretary newyear --dry-run    the preview only\n" +
				"  secretary newyear              preview, then ask\n" +
				"  secretary newyear --yes        without the question",
		},
		"cli.newyear.flag.dry_run": {"只显示预览，不写入", "show the preview, write nothing"},
		"cli.newyear.flag.yes":     {"不询问，直接开始", "start without asking"},
		"cli.newyear.dry_and_yes":  {"--dry-run 和 --yes 不能同时使用", "--dry-run and --yes cannot go together"},
		"cli.newyear.dry_run":      {"（预览，没有写入任何内容；去掉 --dry-run 开始新学年）", "(A preview: nothing was written. Drop --dry-run to start the new year.)"},
		"cli.newyear.confirm":      {"确认开始%s？输入 y 确认，其他任意键取消：", "Start the %s? Type y to confirm, anything else to cancel: "},
		"cli.newyear.declined":     {"已取消，台账未改动。（不询问直接开始请加 --yes）", "Cancelled; the ledger was not changed. (Add --yes to start without the question.)"},
		"cli.newyear.done":         {"已开始%[1]s：新年度计划 %[2]s，共写入 %[3]d 条记录（在程序中按 u 可撤销）", "Started the %[1]s: new annual plan %[2]s, %[3]d records written (u in the program undoes it)"},

		"cli.today.short": {"今天需要处理的事项；有事项时退出码为 1（可用于登录脚本、计划任务）", "what needs attention today; exits 1 when anything does (for a login script or a scheduled task)"},
		"cli.today.long": {
			"列出今天需要处理的事项：\n" +
				"  任务        逾期或 7 天内到期的\n" +
				"  活动        已举行、等待填写记录的 ✎\n" +
				"  整改        逾期未销号的\n" +
				"  决定事项    已召开会议的未落实决定中：逾期的 ⚠（时限已过，或有任务逾期；没有任务的仍是“未分解”，\n" +
				"              但过了时限同样标 ⚠）、7 天内到期的 ⏳、尚未分解为任务的，以及上次会议的全部未落实决定\n" +
				"  规定动作    本月到期或本学期已错过的（建账之前结束的时段不算错过）\n" +
				"  制度文件    复审日期已过 ⚠ 或在 30 天内 ⏳ 的\n" +
				"没有需要处理的事项时退出码为 0，否则为 1，可放进登录脚本或 Windows 计划任务。\n" +
				"打开程序时的“今日提醒”面板显示同样的内容（可用 secretary settings 今日提醒 关 关闭）。",
			"Lists what needs attention today:\n" +
				"  tasks           overdue or due in 7 days\n" +
				"  activities      held and waiting for their record ✎\n" +
				"  rectifications  past due\n" +
				"  decisions       open decisions of held meetings that are overdue ⚠ (past their own time limit,\n" +
				"                  or with a task overdue; one with no task stays \"no task yet\" but is flagged ⚠ all\n" +
				"                  the same), due in 7 days ⏳, not yet broken down into tasks, and every open decision\n" +
				"                  of the last meeting held\n" +
				"  required work   due this month or missed this semester (periods that ended before the ledger\n" +
				"                  began are not counted as missed)\n" +
				"  documents       review date passed ⚠ or within 30 days ⏳\n" +
				"Exits 0 when nothing needs attention, 1 otherwise: for a login script or the Windows Task\n" +
				"Scheduler. The today panel shows the same when the program opens (secretary settings\n" +
				"today_panel off turns it off).",
		},

		"form.new.obligation":       {"新建规定动作", "New obligation"},
		"form.freq_hint":            {"每月、每学期、每学年，或每年的固定日期 05-25、固定时段 05-01..05-31", "monthly, semester, year, or a fixed day 05-25 or range 05-01..05-31 each year"},
		"form.sum_hint":             {"不选则数记录条数；选了则把活动的数量相加（如课时）", "none counts records; a unit adds up the activities' quantities (class hours)"},
		"form.meets_kinds":          {"计入的%s类型", "%s that count"},
		"form.meets_hint":           {"空格选择；标为本项规定动作的任务总会计入", "space to choose; tasks tagged with the obligation always count"},
		"form.source_hint":          {"文件名称和文号，如 教体艺厅函〔2024〕11号", "the document's name and number"},
		"form.task_obligation_hint": {"这项任务完成后计入哪项规定动作", "the required work this task does, once done"},
		"form.yearly_hint":          {"开新学年时复制到下一学年", "copied into the next school year"},
		"form.counts_only":          {"只记数量（课时、户次、人数），台账不保存任何可识别学生的信息", "counts only (hours, visits, students): the ledger keeps nothing that identifies a student"},
		"settings.today_panel":      {"今日提醒", "Today panel"},
		"settings.today_panel_hint": {"打开程序时显示需要处理的事项", "show what needs attention when the program opens"},

		"plans.list":            {"计划", "Plans"},
		"plans.obligations":     {"规定动作", "Obligations"},
		"plans.coverage":        {"完成情况", "Coverage"},
		"plans.switch_hint":     {"o 切换 · c 完成情况 · N 开新学年", "o switch · c coverage · N new year"},
		"col.obligation":        {"规定动作", "Obligation"},
		"col.frequency":         {"频次", "Frequency"},
		"col.minimum":           {"要求", "Minimum"},
		"col.meets":             {"计入", "Met by"},
		"col.active":            {"启用", "Active"},
		"quick.active":          {"启用的", "active"},
		"quick.inactive":        {"已停用", "inactive"},
		"obligations.tags_only": {"只计标记了它的任务", "tasks tagged with it"},
		"obligations.tally":     {"本学年已完成 %d/%d %s", "this school year: %d/%d %s met"},
		"obligations.missed":    {"%d 期未完成", "%d missed"},
		"coverage.heading":      {"%s规定动作完成情况", "Required work, %s"},
		"coverage.legend":       {"✔ 已完成  ⏳ 待完成  ⚠ 未完成  · 未到期    [ ] 换学年  enter 打开", "✔ met  ⏳ due  ⚠ missed  · not yet due    [ ] school year  enter open"},
		"coverage.none":         {"这一学年没有启用的规定动作。按 o 打开规定动作列表，n 新建；或在命令行运行 secretary obligations --load-defaults 载入默认清单。", "No active obligation in this school year. Press o for the list of obligations and n to add one, or run secretary obligations --load-defaults for the default set."},
		"coverage.col.marks":    {"各期", "Periods"},
		"coverage.col.total":    {"完成", "Met"},
		"coverage.source":       {"依据：%s", "Source: %s"},
		"coverage.year_status":  {"显示%s", "Showing the %s"},
		"newyear.title":         {"开新学年：%s", "Start the new school year: %s"},
		"newyear.ask":           {"按 y 开始（作为一步写入，可按 u 撤销），n 或 esc 取消", "y starts it (one step, u undoes it); n or esc cancels"},
		"newyear.saving":        {"正在写入……", "Writing…"},
		"newyear.started":       {"已开始%s，写入 %d 条记录（按 u 可撤销）", "Started the %s: %d records written (u undoes it)"},
		"newyear.cancelled":     {"已取消开新学年，台账未改动", "The new school year was not started; nothing changed"},
		"key.N":                 {"N", "N"},
		"key.T":                 {"T", "T"},
		"help.today":            {"今日提醒", "today panel"},
		"help.today_open":       {"打开该项", "open the item"},
		"help.plans_toggle":     {"计划/规定动作", "plans/obligations"},
		"help.coverage":         {"完成情况", "coverage"},
		"help.year_prev":        {"上一学年", "previous year"},
		"help.year_next":        {"下一学年", "next year"},
		"help.new_year":         {"开新学年", "new school year"},

		// Periods before the ledger began (model.MarkBefore).
		"obligations.before":     {"%[1]d 期在 %[2]s 建账之前，不算未完成", "%[1]d before the ledger began on %[2]s, not counted as missed"},
		"coverage.legend_before": {"✔ 已完成  ⏳ 待完成  ⚠ 未完成  · 未到期或建账前（%s 建账）    [ ] 换学年  enter 打开", "✔ met  ⏳ due  ⚠ missed  · not yet due or before the ledger (begun %s)    [ ] school year  enter open"},

		"today.hint":      {"enter 打开该项 · esc 关闭 · T 再次打开 · 可在设置（,）里关闭今日提醒", "enter opens the item · esc closes · T opens it again · turn it off in the settings (,)"},
		"today.all_clear": {"✔ 一切按计划进行", "✔ all on track"},

		"enum.action.new_year": {"开新学年", "start the new school year"},
		"enum.action.defaults": {"载入默认规定动作", "load the default obligations"},
	}
	for k, v := range defaultObligationTexts() {
		out[k] = v
	}
	return out
}

// defaultObligationTexts are the default set's words (model
// DefaultObligations): each requirement in our own words and the document
// it comes from. A senior high school changes the lessons' minimum to 8.
func defaultObligationTexts() map[Key]Text {
	return map[Key]Text{
		"obligation.default.may_month.title":  {"5月全国学生心理健康宣传教育月活动", "May: national students' mental health publicity and education month"},
		"obligation.default.may_month.source": {"《教育部办公厅关于开展首个全国学生心理健康宣传教育月活动的通知》（教体艺厅函〔2024〕11号）：自2024年起每年5月为宣传教育月", "MoE General Office notice 教体艺厅函〔2024〕11号: every May is the students' mental health publicity and education month (since 2024)"},

		"obligation.default.day_525.title":  {"5·25心理健康日活动", "5·25 mental health day activity"},
		"obligation.default.day_525.source": {"5·25大中学生心理健康日（惯例）", "5·25 students' mental health day (custom)"},

		"obligation.default.day_1010.title":  {"10·10世界精神卫生日活动", "10·10 World Mental Health Day activity"},
		"obligation.default.day_1010.source": {"10月10日世界精神卫生日（惯例）", "10 October, World Mental Health Day (custom)"},

		"obligation.default.screening.title":  {"学生心理健康监测（每学年一次）", "Student mental health check (once a school year)"},
		"obligation.default.screening.source": {"《教育部办公厅关于加强学生心理健康管理工作的通知》（教思政厅函〔2021〕10号，2021年7月）", "MoE General Office notice on student mental health management (教思政厅函〔2021〕10号, July 2021)"},
		"obligation.default.screening.notes":  {"只记人数：计划、完成、需跟进；台账不记录任何可识别学生的信息", "counts only: planned, done, followed up; the ledger keeps nothing that identifies a student"},

		"obligation.default.monthly_practice.title":  {"每月综合性教育实践活动", "Monthly practice activity"},
		"obligation.default.monthly_practice.source": {"教育部办公厅《进一步加强中小学生心理健康工作十条措施》（2025年10月）", "MoE General Office, ten measures to further strengthen school students' mental health work (October 2025)"},
		"obligation.default.monthly_practice.notes":  {"每月至少1次；任何类型的已开展活动均计入，暑假（7、8月）不计", "at least one a month; any kind of activity held counts; the summer holiday (July, August) is not counted"},

		"obligation.default.home_visit.title":  {"需关爱学生家访（每学期）", "Home visits to students who need care (each semester)"},
		"obligation.default.home_visit.source": {"教育部办公厅《进一步加强中小学生心理健康工作十条措施》（2025年10月）", "MoE General Office, ten measures to further strengthen school students' mental health work (October 2025)"},
		"obligation.default.home_visit.notes":  {"只记家访户次，不记学生姓名", "count the visits only, never the students' names"},

		"obligation.default.lessons.title":  {"心理健康课课时（每学期）", "Mental health lessons (class hours each semester)"},
		"obligation.default.lessons.source": {"各省依据教体艺〔2023〕1号制定的实施方案", "provincial plans under 教体艺〔2023〕1号"},
		"obligation.default.lessons.notes":  {"小学、初中每学期不少于6课时，高中不少于8课时：高中请把最低要求改为8", "at least 6 class hours a semester in primary and junior schools, 8 in senior high schools: a senior high school sets the minimum to 8"},

		"obligation.default.class_meeting.title":  {"心理健康主题班会（每学期）", "Mental health class meeting (each semester)"},
		"obligation.default.class_meeting.source": {"各省依据教体艺〔2023〕1号制定的实施方案", "provincial plans under 教体艺〔2023〕1号"},

		"obligation.default.parents.title":  {"家长学校或家长会心理健康专题（每学期）", "Parents' session on mental health (each semester)"},
		"obligation.default.parents.source": {"各省依据教体艺〔2023〕1号制定的实施方案", "provincial plans under 教体艺〔2023〕1号"},

		"obligation.default.group_meeting.title":  {"领导小组专题会议（每学年至少一次，有纪要）", "Special meeting of the group (at least once a school year, with minutes)"},
		"obligation.default.group_meeting.source": {"市级督导评估细则", "city inspection rubrics"},
		"obligation.default.group_meeting.notes":  {"在“会议”中登记一次专题会议并写好纪要即算完成", "met by a special meeting (专题会议) recorded under Meetings, with its minutes"},
	}
}
