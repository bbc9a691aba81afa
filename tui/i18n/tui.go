package i18n

// tuiTexts are the tui messages.
func tuiTexts() map[string]Text {
	return map[string]Text{}
}
