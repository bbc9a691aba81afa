package i18n

// chineseTexts are the words of issue 16 (Chinese first): the person
// picker, the welcome page, the file picker, the translated help of the
// command line and of forms.
func chineseTexts() map[Key]Text {
	return map[Key]Text{
		"picker.person":      {"筛选哪位责任人的？", "Whose records?"},
		"picker.placeholder": {"输入姓名或拼音（zs、zhang 找张三）", "type a name or its pinyin (zs, zhang)"},
		"picker.none":        {"没有匹配的人", "Nobody matches"},
		"picker.key.move":    {"选择", "move"},
		"quick.person":       {"责任人…", "One person…"},

		"cli.help.usage":          {"用法：", "Usage:"},
		"cli.help.commands":       {"命令：", "Commands:"},
		"cli.help.options":        {"选项：", "Options:"},
		"cli.help.global_options": {"通用选项（每个命令都可用）：", "Global options (every command takes them):"},
		"cli.help.options_slot":   {"[选项]", "[options]"},
		"cli.help.command_slot":   {"[命令]", "[command]"},
		"cli.help.more":           {"用“%s [命令] --help”查看某个命令的说明。", "Use “%s [command] --help” for more about a command."},
		"cli.help.default":        {"（默认：%s）", " (default: %s)"},
		"cli.help.value_text":     {"文字", "text"},
		"cli.help.value_number":   {"数字", "number"},
		"cli.help.value_duration": {"时长", "duration"},
		"cli.flag_syntax":         {"选项写法不对：“%s”（选项以 - 或 -- 开头，如 --db）", "“%s” is not how an option is written (-x or --name)"},

		"form.no_matches":    {"没有匹配的选项", "Nothing matches"},
		"form.key.left":      {"上一个", "previous"},
		"form.key.right":     {"下一个", "next"},
		"form.key.folder_up": {"上一级文件夹", "parent folder"},
		"form.key.open":      {"打开", "open"},
		"form.key.close":     {"关闭", "close"},

		"welcome.title":          {"欢迎使用心理健康教育工作台账", "Welcome to the work ledger"},
		"welcome.intro":          {"这个台账还是空的。先填上领导小组的名称、学校和秘书，再选一种方式开始。", "This ledger is still empty. Fill in the group's name, the school and the secretary, then choose how to start."},
		"welcome.ledger":         {"台账文件：%s", "Ledger file: %s"},
		"welcome.why.portable":   {"便携模式：文件就在程序旁边，可以和程序一起拷到 U 盘带走。", "Portable: the file is beside the program; copy both onto a USB stick to take them along."},
		"welcome.why.default":    {"放在本机的数据文件夹里。想随 U 盘携带，把 secretary.db 放到程序旁边即可（便携模式）。", "In this computer's data folder. To carry it on a USB stick, put secretary.db beside the program (portable mode)."},
		"welcome.why.flag":       {"由命令行的 --db 指定。", "Named with --db on the command line."},
		"welcome.why.env":        {"由环境变量 SECRETARY_DB 指定。", "Named by the SECRETARY_DB environment variable."},
		"welcome.settings":       {"填写领导小组名称、学校和秘书（每份打印件的页眉）", "Fill in the group's name, the school and the secretary (they head every printout)"},
		"welcome.sample":         {"先看看示例学年：写到单独的示例文件 %s 并打开，你的台账不会改动", "Look at a sample school year first: written to a file of its own, %s, and opened; your ledger is not touched"},
		"welcome.snapshot":       {"导入上一任秘书交来的交接快照", "Import the handover snapshot from the previous secretary"},
		"welcome.sheet":          {"导入已有的表格（Excel、WPS 或 CSV）", "Import an existing spreadsheet (Excel, WPS or CSV)"},
		"welcome.secretary":      {"秘书 %s", "secretary %s"},
		"welcome.again":          {"台账里有了记录或设置之前，每次启动都会显示这一页。", "This page opens at every start until the ledger holds a record or its settings."},
		"welcome.sample_working": {"正在写入示例学年…", "Writing the sample year…"},
		"welcome.sample_opened":  {"已打开示例台账 %[1]s；你的台账 %[2]s 没有改动，下次启动仍打开它", "Opened the sample ledger %[1]s; your ledger %[2]s is unchanged and opens at the next start"},
		"welcome.later":          {"空台账：按 n 新建，i 导入，, 填写设置", "An empty ledger: n adds, i imports, , fills in the settings"},
		"welcome.key_later":      {"以后再说", "later"},

		"filepick.places":       {"位置：", "Places:"},
		"filepick.no_places":    {"（没有找到）", " (none found)"},
		"filepick.desktop":      {"桌面", "Desktop"},
		"filepick.documents":    {"文档", "Documents"},
		"filepick.home":         {"主文件夹", "Home"},
		"filepick.drive":        {"U 盘 %s", "Drive %s"},
		"filepick.empty":        {"（这个文件夹里没有可选的文件）", "(no file to choose in this folder)"},
		"filepick.hint":         {"↑↓ 在文件中选择，也可以直接输入路径（tab 补全）", "↑↓ choose among the files, or type a path (tab completes it)"},
		"filepick.key.accept":   {"确定", "choose"},
		"filepick.key.complete": {"补全路径", "complete"},
		"filepick.key.to_list":  {"到文件列表", "to the files"},
		"filepick.key.to_path":  {"输入路径", "type a path"},
		"filepick.key.open":     {"打开文件夹", "open folder"},
		"filepick.key.back":     {"上一级", "folder up"},
		"filepick.key.place":    {"位置", "place"},
		"key.down_arrow":        {"↓", "↓"},
		"key.right_arrow":       {"→", "→"},
		"key.left_arrow":        {"←", "←"},
		"key.digits":            {"1-9", "1-9"},

		"field.finding_no": {"第 %d 条问题", "finding no. %d"},

		"transfer.tab_line":        {"%[1]s：%[2]s", "%[1]s: %[2]s"},
		"transfer.updated_line":    {"  ~ %[1]s %[2]s（%[3]s）", "  ~ %[1]s %[2]s (%[3]s)"},
		"snapshot.sha256_receiver": {"SHA-256：%s（请与交出人电话核对前几位）", "SHA-256: %s (compare the first digits with the sender by phone)"},
		"snapshot.settings_change": {"设置：", "Settings:"},

		"cause.not_found":  {"没有这个文件或文件夹", "there is no such file or folder"},
		"cause.permission": {"没有读写它的权限", "you may not read or write it"},
		"cause.is_folder":  {"这是一个文件夹，不是文件", "it is a folder, not a file"},
		"cause.disk_full":  {"磁盘已满", "the disk is full"},
		"cause.read_only":  {"磁盘是只读的", "the disk is read-only"},

		"app.prefs_not_saved": {"无法保存偏好设置到 %s：下次启动不会记住这次的选择", "Could not save your preferences to %s: the next start will not remember this choice"},
	}
}
