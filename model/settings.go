package model

// Settings are the ledger's own details that head every printout.
type Settings struct {
	GroupName   string `cbor:"1,keyasint,omitempty"` // e.g. 某某中学心理健康教育工作领导小组
	School      string `cbor:"2,keyasint,omitempty"`
	Secretary   string `cbor:"3,keyasint,omitempty"`
	LastSummary Date   `cbor:"4,keyasint,omitempty"` // day of the last printed summary, for "since the last meeting"
}

// SettingKeys lists the settings `secretary settings` can read and write.
func SettingKeys() []string { return []string{"group", "school", "secretary", "last_summary"} }
