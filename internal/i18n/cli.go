package i18n

// cliTexts are the command line's help and messages.
func cliTexts() map[Key]Text {
	return map[Key]Text{
		"cli.root.short": {"心理健康教育工作台账", "Mental health education work ledger"},
		"cli.root.long": {
			"secretary 是心理健康教育工作领导小组秘书的工作台账：计划、责任清单、活动、评估与整改，\n全部保存在一个文件里，离线可用，可以整体交接，可以打印会议汇报。\n\n不带子命令运行时打开全屏程序。",
			"secretary keeps the work ledger of a mental health education leadership group: plans,\ntask owners, activities, assessments and rectifications, in one file that works offline,\nhands over whole, and prints a summary for meetings.\n\nRun without a command to open the full-screen program.",
		},
		"cli.flag.db":    {"台账`文件`的位置（默认：$SECRETARY_DB、程序旁的 secretary.db 或数据文件夹）", "ledger `file` (default: $SECRETARY_DB, a secretary.db beside the program, or the data folder)"},
		"cli.flag.lang":  {"界面`语言`：zh 或 en（默认用上次在程序中按 L 选的语言；没有选过时中文，除非 LANG 指明其他语言）", "interface `language`: zh or en (default: the one last chosen with L in the program; else Chinese, unless LANG names another language)"},
		"cli.flag.help":  {"显示帮助", "show help"},
		"cli.help.args":  {"[命令]", "[command]"},
		"cli.help.short": {"显示命令的帮助", "help about a command"},

		"cli.error":            {"错误：%s", "Error: %s"},
		"cli.usage":            {"用法错误：%s（用 --help 查看用法）", "Usage error: %s (see --help)"},
		"cli.flag_error":       {"选项有误：%s", "bad option: %s"},
		"cli.flag_unknown":     {"没有选项 %s", "there is no option %s"},
		"cli.flag_no_value":    {"选项 %s 后面需要一个值", "the option %s needs a value"},
		"cli.flag_bad_value":   {"“%[1]s”不是选项 %[2]s 可用的值", "“%[1]s” is not a valid value for %[2]s"},
		"cli.bad_lang":         {"不支持的语言“%s”：请用 --lang zh 或 --lang en", "Unsupported language “%s”: use --lang zh or --lang en"},
		"cli.args_exact":       {"%[1]s 需要 %[2]d 个参数，实际给了 %[3]d 个", "%[1]s takes %[2]d argument(s), got %[3]d"},
		"cli.args_max":         {"%[1]s 最多接受 %[2]d 个参数，实际给了 %[3]d 个", "%[1]s takes at most %[2]d argument(s), got %[3]d"},
		"cli.unknown_command":  {"没有命令“%s”", "there is no command “%s”"},
		"cli.opened_read_only": {"注意：%s 是只读的，本次只能查看，不能修改。", "Note: %s is read-only; you can look but not change anything."},
		"cli.not_a_terminal":   {"（不是在终端中运行，所以只显示概况；在终端窗口中运行 secretary 打开程序。）", "(Not run in a terminal, so this is only the status; run secretary in a terminal window to open the program.)"},
		"cli.status":           {"台账：%s", "Ledger: %s"},

		"cli.source.flag":     {"来自 --db", "from --db"},
		"cli.source.env":      {"来自 $SECRETARY_DB", "from $SECRETARY_DB"},
		"cli.source.portable": {"便携模式：程序旁的文件", "portable: the file beside the program"},
		"cli.source.default":  {"默认数据文件夹", "the default data folder"},

		"cli.version.short":  {"显示版本", "show the version"},
		"cli.version.line":   {"secretary %[1]s（提交 %[2]s，%[3]s，%[4]s/%[5]s，台账格式 v%[6]d）", "secretary %[1]s (commit %[2]s, %[3]s, %[4]s/%[5]s, ledger format v%[6]d)"},
		"cli.version.ledger": {"台账：%[1]s（%[2]s）", "Ledger: %[1]s (%[2]s)"},

		"cli.check.short":  {"检查台账或快照是否完好", "verify a ledger or a snapshot"},
		"cli.check.args":   {"[文件]", "[FILE]"},
		"cli.check.long":   {"检查文件结构、每条记录的校验码和记录之间的引用。不指定文件时检查当前台账。完好时退出码为 0，有问题时为 1。", "Checks the file's structure, every record's checksum and the references between records. Without FILE it checks the current ledger. Exits 0 when healthy, 1 otherwise."},
		"cli.check.ok":     {"✓ 完好：%s", "✓ Healthy: %s"},
		"cli.check.bad":    {"✗ %[1]s 有 %[2]d 个问题：", "✗ %[1]s has %[2]d problem(s):"},
		"cli.check.failed": {"%s 未通过检查；可从备份恢复（secretary backups）", "%s failed the check; restore a backup (secretary backups)"},

		"cli.backups.short":   {"列出自动备份", "list automatic backups"},
		"cli.backups.long":    {"每次打开台账后第一次修改之前，程序会把台账复制到台账旁边的 backups 文件夹：保留最近 10 份，再加上最近 14 天每天的第一份和最近 12 个月每月的第一份。", "Before the first change after the ledger is opened, the program copies it into the backups folder beside it: it keeps the newest 10, plus the first of each of the last 14 days and the first of each of the last 12 months."},
		"cli.backups.tiers":   {"最近：最新的 10 份；每日：最近 14 天每天的第一份；每月：最近 12 个月每月的第一份。", "recent: the newest 10; daily: the first of each of the last 14 days; monthly: the first of each of the last 12 months."},
		"cli.backups.none":    {"还没有备份（%s）", "No backups yet (%s)"},
		"cli.backups.header":  {"%[1]s 中有 %[2]d 份备份（最新的在前）：", "%[2]d backup(s) in %[1]s (newest first):"},
		"cli.backups.restore": {"恢复方法：关闭程序，把某份备份复制为台账文件，或用 secretary --db 备份文件 打开查看。", "To restore: close the program and copy a backup over the ledger file, or look at one with secretary --db BACKUP."},

		"cli.demo.short":      {"写入示例台账", "write a sample ledger"},
		"cli.demo.long":       {"写入一所中学一学年的示例台账（计划、责任人、任务、活动、评估与整改），日期围绕今天安排。已有台账时不会覆盖，除非加 --force（会先备份）。", "Writes a sample ledger of a school's year (plans, owners, tasks, activities, assessments, rectifications), dated around today. An existing ledger is never replaced without --force, which backs it up first."},
		"cli.demo.flag.size":  {"示例记录的大约`条数`（默认约 80 条）", "about how many `records` (default: about 80)"},
		"cli.demo.flag.force": {"先备份再覆盖已有台账", "back up and replace an existing ledger"},
		"cli.demo.bad_size":   {"--size 应在 0 到 1000000 之间，而不是 %d", "--size must be between 0 and 1000000, not %d"},
		"cli.demo.exists":     {"%s 已存在，没有覆盖。要替换它请加 --force（会先备份），或用 --db 写到别处。", "%s already exists and was not replaced. Add --force to back it up and replace it, or write elsewhere with --db."},
		"cli.demo.backed_up":  {"原台账已备份到 %s", "The old ledger was backed up to %s"},
		"cli.demo.done":       {"已写入示例台账：%s", "Sample ledger written: %s"},
		"cli.demo.counts":     {"  %s", "  %s"},

		"cli.settings.short":   {"查看或修改台账设置（小组名称、学校、秘书）", "show or change the ledger settings (group, school, secretary)"},
		"cli.settings.args":    {"[设置项 [值]]", "[KEY [VALUE]]"},
		"cli.settings.long":    {"设置项：组名（也可写 领导小组 或 group）、学校（school）、秘书（secretary）、上次汇报（last_summary，上次汇报的日期）、今日提醒（today_panel：开 打开程序时显示，关 不显示），以及领导小组成立（调整）文件：文号（founding_no）、发文日期（founding_date）、文件标题（founding_title）。前三项出现在每份打印件的页眉，成立文件印在汇报的“领导小组组成”中。\n  secretary settings                 列出全部\n  secretary settings 学校            显示一项\n  secretary settings 秘书 王老师     修改一项", "Keys: group, school, secretary, last_summary, today_panel (on: the today panel opens with the program; off: it does not), and the group's founding or adjustment document: founding_no, founding_date, founding_title. The first three head every printout; the document is printed in the summary's “The group”.\n  secretary settings                 list all\n  secretary settings group           show one\n  secretary settings group \"…\"       change one"},
		"cli.settings.unknown": {"没有设置项“%[1]s”；可用：组名、学校、秘书、上次汇报、今日提醒、文号、发文日期、文件标题（或 %[2]s）", "No setting “%[1]s”; use one of: %[2]s"},
		"cli.settings.saved":   {"已保存：%[1]s = %[2]s", "Saved: %[1]s = %[2]s"},

		"cli.settings.name.group":          {"组名", "group"},
		"cli.settings.name.school":         {"学校", "school"},
		"cli.settings.name.secretary":      {"秘书", "secretary"},
		"cli.settings.name.last_summary":   {"上次汇报", "last_summary"},
		"cli.settings.name.today_panel":    {"今日提醒", "today_panel"},
		"cli.settings.name.founding_no":    {"文号", "founding_no"},
		"cli.settings.name.founding_date":  {"发文日期", "founding_date"},
		"cli.settings.name.founding_title": {"文件标题", "founding_title"},
	}
}
