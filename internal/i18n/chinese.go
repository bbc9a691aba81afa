package i18n

// chineseTexts are the words of issue 16 (Chinese first): the person
// picker, the welcome page, the file picker, the translated help of the
// command line and of forms.
func chineseTexts() map[Key]Text {
	return map[Key]Text{
		"picker.person":      {"筛选哪位责任人的？", "Whose records?"},
		"picker.placeholder": {"输入姓名或拼音（zs、zhang 找张三）", "type a name or its pinyin (zs, zhang)"},
		"picker.none":        {"没有匹配的人", "Nobody matches"},
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

		"app.prefs_not_saved": {"无法保存偏好设置到 %s：下次启动不会记住这次的选择", "Could not save your preferences to %s: the next start will not remember this choice"},
	}
}
