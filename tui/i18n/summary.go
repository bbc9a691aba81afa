package i18n

// summaryTexts are the summary messages.
func summaryTexts() map[string]Text {
	return map[string]Text{}
}
