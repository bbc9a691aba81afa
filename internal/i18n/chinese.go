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

		"app.prefs_not_saved": {"无法保存偏好设置到 %s：下次启动不会记住这次的选择", "Could not save your preferences to %s: the next start will not remember this choice"},
	}
}
