package i18n

// appTexts are the application layer's messages: refusals to write a
// file, and what the use cases report in both front ends.
func appTexts() map[Key]Text {
	return map[Key]Text{
		"app.closed":         {"台账 %s 已关闭；请重新打开程序。", "The ledger %s is closed; open the program again."},
		"app.file_exists":    {"%s 已存在，没有覆盖。", "%s already exists and was not replaced."},
		"app.file_link":      {"%[1]s 是指向 %[2]s 的链接，没有覆盖。", "%[1]s is a link to %[2]s and was not replaced."},
		"app.file_is_ledger": {"%[1]s 就是台账文件本身（%[2]s），任何时候都不会被覆盖。请换一个文件名。", "%[1]s is the ledger file itself (%[2]s) and is never written over. Choose another name."},
		"app.file_in_backups": {
			"%[1]s 在台账的备份文件夹 %[2]s 里；备份文件夹从不写入其他文件。请换一个位置。",
			"%[1]s is inside the ledger's backup folder %[2]s, which holds backups only and is never written into. Choose another place.",
		},
		"app.file_is_input":       {"%s 就是正在读取的文件，不能把结果写到它上面。请换一个文件名。", "%s is the file being read; the result is never written over it. Choose another name."},
		"app.file_is_folder":      {"%s 是文件夹；请在路径后加上文件名。", "%s is a folder; add a file name to the path."},
		"app.write_failed":        {"无法写入 %[1]s：%[2]s。台账没有任何改动。", "Cannot write %[1]s: %[2]s. The ledger is unchanged."},
		"app.unknown_setting":     {"没有设置项“%[1]s”；可用：%[2]s", "No setting “%[1]s”; use one of: %[2]s"},
		"app.nothing_to_publish":  {"没有指定写入的文件，也没有要求打印。", "Neither a file to write nor printing was asked for."},
		"app.demo_exists":         {"%s 已存在，没有覆盖。要替换它请加 --force（会先备份），或用 --db 写到别处。", "%s already exists and was not replaced. Add --force to back it up and replace it, or write elsewhere with --db."},
		"app.sheet_need_tab":      {"CSV 文件只能放一张表，请指定哪一张：%s", "A CSV file holds one tab; say which: %s"},
		"cli.force_hint":          {"要替换它，请加 --force。", "Add --force to replace it."},
		"cli.summary.flag.force":  {"替换已存在的文件", "replace an existing file"},
		"cli.sheet.flag.force":    {"替换已存在的文件", "replace an existing file"},
		"cli.export.flag.force":   {"替换已存在的文件（台账本身和备份除外）", "replace an existing file (never the ledger or its backups)"},
		"cli.summary.not_printed": {"没有送到打印机，所以没有记录汇报日期。", "It did not reach a printer, so the summary day was not recorded."},
	}
}
