package i18n

// storeTexts are the store's errors and the check's findings. Each says
// what is wrong and what to do next.
func storeTexts() map[Key]Text {
	return map[Key]Text{
		"store.locked":         {"台账 %s 正在另一个窗口中使用。请先关闭那个窗口，再重试。", "The ledger %s is open in another window. Close that window, then try again."},
		"store.newer_schema":   {"这个台账由更新版本的 secretary 创建（格式 v%[1]d，本程序只认识到 v%[2]d）；请升级程序。台账未作任何改动。", "This ledger was made by a newer secretary (format v%[1]d; this one reads up to v%[2]d); update the program. The file was not changed."},
		"store.not_ledger":     {"%s 不是台账文件（是否选错了文件？）。文件未作改动。", "%s is not a secretary ledger (wrong file?). It was not changed."},
		"store.empty_file":     {"%s 是空文件，不是台账。请检查文件，或用 --db 选择其他台账。文件未作改动。", "%s is an empty file, not a ledger. Check the file or choose another with --db. It was not changed."},
		"store.truncated":      {"%[1]s 不完整（%[2]d 字节，应至少 %[3]d 字节），可能复制时中断了。可从备份恢复（secretary backups）。文件未作改动。", "%[1]s is cut short (%[2]d bytes; it needs at least %[3]d) — perhaps a copy was interrupted. Restore a backup (secretary backups). It was not changed."},
		"store.damaged":        {"%[1]s 已损坏：%[2]s。可从备份恢复（secretary backups）。", "%[1]s is damaged: %[2]s. Restore a backup (secretary backups)."},
		"store.read_only":      {"%s 是只读的，修改不能保存。请把它复制到可写的文件夹后再打开。", "%s is read-only, so changes cannot be saved. Copy it to a folder you can write to and open that."},
		"store.not_found":      {"找不到 %s（可能已被删除）", "%s was not found (perhaps it was deleted)"},
		"store.in_use":         {"还有 %[3]s引用 %[1]s「%[2]s」，不能删除（%[4]s）。请先删除或改派这些记录。", "%[1]s “%[2]s” cannot be deleted: %[3]s still refer to it (%[4]s). Delete or reassign those first."},
		"store.in_use.record":  {"%[1]s「%[2]s」", "%[1]s “%[2]s”"},
		"store.in_use.more":    {"另有 %d 条", "%d more"},
		"store.finding_in_use": {"不能删除问题 #%[1]d：还有 %[2]d 项整改措施针对它。请先删除那些整改。", "Cannot remove finding #%[1]d: %[2]d rectification(s) address it. Delete those first."},
		"store.nothing_undo":   {"没有可以撤销的操作", "Nothing to undo"},
		"store.nothing_redo":   {"没有可以重做的操作", "Nothing to redo"},
		"store.step_conflict":  {"%s 在那之后又被修改过，这一步不能撤销或重做", "%s was changed after that step, so it cannot be undone or redone"},
		"store.no_ledger":      {"台账 %s 还不存在。直接运行 secretary 会新建一个，secretary demo 会写入示例台账。", "There is no ledger at %s yet. Run secretary to start a new one, or secretary demo to write a sample."},
		"store.io":             {"无法读写 %[1]s：%[2]s", "Cannot read or write %[1]s: %[2]s"},
		"store.no_folder":      {"无法创建或写入文件夹 %[1]s：%[2]s。请用 --db 选择可写的位置。", "Cannot create or write the folder %[1]s: %[2]s. Choose a writable place with --db."},
		"store.backup_failed":  {"无法在 %[1]s 中备份：%[2]s。为防丢失数据，这次修改没有保存。", "Could not back up into %[1]s: %[2]s. To keep your data safe, the change was not saved."},
		"store.not_empty":      {"%s 里已有数据，示例台账只写入空台账（加 --force 可先备份再覆盖）", "%s already holds data; the sample is only written to an empty ledger (add --force to back it up and replace it)"},
		"store.invalid_record": {"记录 %s 不合规", "Record %s is not valid"},

		"store.the_settings": {"台账设置", "the ledger settings"},

		"check.structure": {"文件结构错误：%s", "File structure error: %s"},
		"check.record":    {"损坏：%s", "Damaged: %s"},
		"check.ref":       {"%[1]s 的%[2]s指向不存在的 %[3]s", "%[1]s: the %[2]s points at %[3]s, which does not exist"},
		"check.invalid":   {"%[1]s 的%[2]s：%[3]s", "%[1]s: the %[2]s %[3]s"},
		"check.meta_page": {"两个元数据页中有一个无法读取；另一个完好，数据可用，下次保存时会修复", "One of the two meta pages is unreadable; the other is intact, the data is usable, and the next save repairs it"},
		"check.too_many":  {"……问题太多，其余未列出", "…too many problems; the rest are not listed"},
		"check.panicked":  {"检查时遇到严重损坏：%s", "Severe damage met while checking: %s"},

		"damage.record":   {"记录 %[1]s（%[2]s）", "record %[1]s (%[2]s)"},
		"damage.settings": {"台账设置（%s）", "the settings (%s)"},
		"damage.journal":  {"操作日志第 %[1]d 条（%[2]s）", "journal entry %[1]d (%[2]s)"},
		"damage.undo":     {"撤销记录（%s）", "the undo list (%s)"},
		"damage.page":     {"文件的页面结构", "the file's page structure"},
		"damage.page_at":  {"文件第 %d 页", "page %d of the file"},
		"damage.bucket":   {"缺少“%s”数据区", "the “%s” section is missing"},
		"damage.kind":     {"操作日志第 %d 条指向未知的记录类型", "journal entry %d names an unknown kind of record"},
		"damage.checksum": {"校验码不符，内容已被改动", "its checksum does not match: its bytes have changed"},
		"damage.decode":   {"内容无法解读：%s", "its contents cannot be read: %s"},
		"damage.key":      {"内容写的是 %s，与存放位置不符", "it says it is %s, which is not where it is stored"},
		"damage.missing":  {"该条目不存在", "the entry is missing"},
	}
}
