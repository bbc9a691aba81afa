package i18n

// summaryTexts are the meeting summary's messages: `secretary summary`,
// periods, owners, PDF and printing. The printout's own wording (section
// titles, column heads) lives with its layout in model/summary.
func summaryTexts() map[Key]Text {
	return map[Key]Text{
		"cli.summary.short": {"生成会议汇报或个人任务单（文本、Markdown、HTML、PDF，可直接打印）", "print a meeting summary or a task slip (text, Markdown, HTML, PDF, or to the printer)"},
		"cli.summary.long": {
			"按期间汇总台账：总体情况、计划进展、责任落实、活动开展、监督评估与整改、存在问题、下一步安排。\n" +
				"默认统计本学期（9月1日—1月31日，2月1日—8月31日），在终端按 80 列输出文本。\n" +
				"  secretary summary                                   本学期，终端文本\n" +
				"  secretary summary --period month --format md        本月，Markdown\n" +
				"  secretary summary --from 2026-10-01 --to 2026-11-30 指定日期\n" +
				"  secretary summary --format html -o 汇报.html        A4 打印版网页\n" +
				"  secretary summary --format pdf                      用本机的 Edge/Chrome/Chromium 生成 PDF\n" +
				"  secretary summary --print                           直接打印\n" +
				"  secretary summary --owner 张三 --format pdf         张三的任务单\n" +
				"写入文件或打印时，会把今天记为上次汇报日期，下次可用 --period since-last。打印件不含任何人的联系方式。\n" +
				"生成 PDF 需要 Chromium 内核的浏览器；可用环境变量 SECRETARY_BROWSER 指定。",
			"Summarises the ledger for a period: overview, plan progress, responsibilities, activities,\n" +
				"assessments and rectification, problems, next steps. By default: this semester (1 Sep – 31 Jan,\n" +
				"1 Feb – 31 Aug), as text for an 80-column terminal.\n" +
				"  secretary summary                                   this semester, as text\n" +
				"  secretary summary --period month --format md        this month, as Markdown\n" +
				"  secretary summary --from 2026-10-01 --to 2026-11-30 given days\n" +
				"  secretary summary --format html -o summary.html     a page that prints on A4\n" +
				"  secretary summary --format pdf                      PDF through Edge/Chrome/Chromium on this machine\n" +
				"  secretary summary --print                           straight to the printer\n" +
				"  secretary summary --owner 张三 --format pdf         张三's task slip\n" +
				"Writing a file or printing records today as the last summary day, for --period since-last next\n" +
				"time. Printouts never include anyone's contact details.\n" +
				"PDF needs a Chromium-family browser; set SECRETARY_BROWSER to choose one.",
		},
		"cli.summary.flag.period": {"`期间`：semester（本学期）、month（本月）、year（本学年）、since-last（自上次汇报以来）", "`period`: semester, month, year (school year) or since-last (since the last summary)"},
		"cli.summary.flag.from":   {"开始`日期`（含），如 2026-10-01、10-01", "first `day` (included), e.g. 2026-10-01 or 10-01"},
		"cli.summary.flag.to":     {"结束`日期`（含），默认今天", "last `day` (included); default today"},
		"cli.summary.flag.owner":  {"只生成此人的任务单：`姓名`、姓名中的几个字或编号（如 O-3）", "a task slip for one person: `name`, part of it, or code (O-3)"},
		"cli.summary.flag.format": {"`格式`：text、md、html 或 pdf", "`format`: text, md, html or pdf"},
		"cli.summary.flag.output": {"写入`文件`（默认输出到终端；pdf 默认写入当前文件夹）", "write to this `file` (default: the terminal; pdf: a file in the current folder)"},
		"cli.summary.flag.print":  {"直接打印（lp/lpr；Windows 用默认浏览器的打印对话框）", "send to the printer (lp/lpr; on Windows the default browser's print dialog)"},

		"cli.summary.bad_format":       {"不支持的格式“%s”：请用 text、md、html 或 pdf", "unknown format “%s”: use text, md, html or pdf"},
		"cli.summary.bad_period":       {"不支持的期间“%s”：请用 semester、month、year 或 since-last，或用 --from/--to", "unknown period “%s”: use semester, month, year or since-last, or --from/--to"},
		"cli.summary.period_and_dates": {"--period 和 --from/--to 只能选一种", "use either --period or --from/--to, not both"},
		"cli.summary.to_without_from":  {"--to 需要同时给出 --from", "--to needs --from as well"},
		"cli.summary.owner_and_period": {"任务单（--owner）列出此人全部未完成的工作，不按期间统计：请去掉 --period/--from/--to", "a task slip (--owner) lists all of a person's open work, not a period: drop --period/--from/--to"},
		"cli.summary.recorded":         {"已把 %s 记为上次汇报日期；下次可用 --period since-last 汇报此后的工作", "Recorded %s as the last summary day; next time --period since-last covers what came after"},
		"cli.summary.not_recorded":     {"未能记录本次汇报日期：%s", "The summary day was not recorded: %s"},

		"summary.no_last":       {"还没有记录过汇报日期，无法统计“自上次汇报以来”：请用 --period semester 或 --from 日期（也可用 secretary settings last_summary 日期 设置）", "no summary has been recorded yet, so there is no “since the last summary”: use --period semester or --from DATE (or set one with secretary settings last_summary DATE)"},
		"summary.last_ahead":    {"上次汇报日期 %[1]s 晚于今天 %[2]s：请检查电脑日期，或用 secretary settings last_summary 修正", "the last summary day %[1]s is after today %[2]s: check the computer's date, or fix it with secretary settings last_summary"},
		"summary.bad_range":     {"期间无效（%[1]s 至 %[2]s）：结束日期不能早于开始日期", "invalid period (%[1]s to %[2]s): the last day cannot be before the first"},
		"summary.bad_period":    {"不支持的期间“%s”", "unknown period “%s”"},
		"summary.owner_none":    {"没有找到责任人“%s”：请写姓名、姓名中的几个字或编号（如 O-3）", "no owner matches “%s”: give a name, part of one, or a code such as O-3"},
		"summary.owner_many":    {"“%[1]s”对应多位责任人：%[2]s；请写全名或编号", "“%[1]s” matches several owners: %[2]s; give the full name or the code"},
		"summary.no_browser":    {"没有找到 Chromium 内核的浏览器（Edge、Chrome 或 Chromium），无法生成 PDF。请改用 --format html，用浏览器打开后打印或另存为 PDF；也可用环境变量 SECRETARY_BROWSER 指定浏览器。", "no Chromium-family browser (Edge, Chrome or Chromium) was found, so no PDF can be made. Use --format html and print or save as PDF from a browser, or name a browser in SECRETARY_BROWSER."},
		"summary.pdf_failed":    {"用 %[1]s 生成 PDF 失败：%[2]s。可改用 --format html", "making the PDF with %[1]s failed: %[2]s. Try --format html"},
		"summary.print_error":   {"%[1]s 打印失败：%[2]s", "printing with %[1]s failed: %[2]s"},
		"summary.written":       {"已写入 %s", "Written: %s"},
		"summary.printed":       {"已发送到打印机（%[1]s，%[2]s 格式）", "Sent to the printer (%[1]s, as %[2]s)"},
		"summary.print_browser": {"已在默认浏览器中打开 %s：请在打印对话框中选择打印机", "Opened %s in the default browser: choose a printer in its print dialog"},
		"summary.no_printer":    {"本机没有可用的打印方式（未找到 lp 或 lpr）。已改为写入 %s：请用浏览器或 PDF 阅读器打开后打印。", "This machine has no way to print (no lp or lpr found). Written to %s instead: open it in a browser or PDF reader and print from there."},
		"summary.kept":          {"未能打印，汇报已写入 %s", "Not printed; the summary was written to %s"},
		"summary.write_error":   {"无法写入 %[1]s：%[2]s", "cannot write %[1]s: %[2]s"},
	}
}
