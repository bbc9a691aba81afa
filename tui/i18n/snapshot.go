package i18n

// snapshotTexts are the snapshot messages.
func snapshotTexts() map[string]Text {
	return map[string]Text{}
}
