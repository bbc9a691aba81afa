package i18n

// sheetTexts are the sheet messages.
func sheetTexts() map[string]Text {
	return map[string]Text{}
}
