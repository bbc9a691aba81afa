package model

// Settings are the ledger's own details that head every printout.
type Settings struct {
	GroupName   string `cbor:"1,keyasint,omitempty"` // e.g. 某某中学心理健康教育工作领导小组
	School      string `cbor:"2,keyasint,omitempty"`
	Secretary   string `cbor:"3,keyasint,omitempty"`
	LastSummary Date   `cbor:"4,keyasint,omitempty"` // day of the last printed summary, for "since the last meeting"
	// NoTodayPanel turns off the today panel the program shows when it
	// opens (stored as "off" so a ledger without the field shows it).
	NoTodayPanel bool `cbor:"5,keyasint,omitempty"`
	// The document that founded or last adjusted the group (成立/调整文件):
	// its number (文号, e.g. 某中发〔2026〕12号), date and title.
	FoundingNo    string `cbor:"6,keyasint,omitempty"`
	FoundingDate  Date   `cbor:"7,keyasint,omitempty"`
	FoundingTitle string `cbor:"8,keyasint,omitempty"`
}

// SettingKeys lists the settings `secretary settings` can read and write.
func SettingKeys() []string {
	return []string{"group", "school", "secretary", "last_summary", "today_panel", "founding_no", "founding_date", "founding_title"}
}

// TodayPanelText is the today panel setting as a person reads it: 开
// (on) or 关 (off).
func TodayPanelText(s Settings, lang Lang) string {
	if s.NoTodayPanel {
		return LabelOff.In(lang)
	}
	return LabelOn.In(lang)
}

// LabelOn and LabelOff name a switch's two states.
var (
	LabelOn  = Label{Code: "on", Key: "flag.on"}
	LabelOff = Label{Code: "off", Key: "flag.off"}
)
