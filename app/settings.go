package app

import (
	"strings"

	"secretary/model"
	"secretary/store"
)

// The settings a command line names (secretary settings KEY VALUE).
const (
	SettingGroup       = "group"
	SettingSchool      = "school"
	SettingSecretary   = "secretary"
	SettingLastSummary = "last_summary"
	SettingTodayPanel  = "today_panel"
	// The group's founding or adjustment document: 文号, date, title.
	SettingFoundingNo    = "founding_no"
	SettingFoundingDate  = "founding_date"
	SettingFoundingTitle = "founding_title"
)

// MsgBadSwitch refuses a value that is neither on nor off.
const MsgBadSwitch = "app.bad_switch" // args: the value

// SettingKeys lists the settings by name, in the order they are shown.
func SettingKeys() []string { return model.SettingKeys() }

// settingAlias is the setting a Chinese name means: the labels of the
// settings form, and their short forms.
func settingAlias(name string) (string, bool) {
	switch name {
	case "组名", "小组名称", "领导小组名称", "领导小组", "小组":
		return SettingGroup, true
	case "学校":
		return SettingSchool, true
	case "秘书":
		return SettingSecretary, true
	case "上次汇报", "上次汇报日期":
		return SettingLastSummary, true
	case "今日提醒", "今日面板", "提醒":
		return SettingTodayPanel, true
	case "文号", "成立文件文号":
		return SettingFoundingNo, true
	case "发文日期", "成立文件日期":
		return SettingFoundingDate, true
	case "文件标题", "成立文件标题":
		return SettingFoundingTitle, true
	}
	return "", false
}

// SettingKey is the setting a typed name means: its own name in any case,
// or a Chinese one. ErrUnknownSetting when there is none.
func SettingKey(name string) (string, error) {
	n := strings.ToLower(strings.TrimSpace(name))
	for _, k := range SettingKeys() {
		if n == k {
			return k, nil
		}
	}
	if k, ok := settingAlias(strings.TrimSpace(name)); ok {
		return k, nil
	}
	return "", kindErr(ErrUnknownSetting, MsgUnknownSetting, name, strings.Join(SettingKeys(), ", "))
}

// SettingValue is one setting as text.
func SettingValue(set model.Settings, name string) (string, error) {
	key, err := SettingKey(name)
	if err != nil {
		return "", err
	}
	switch key {
	case SettingGroup:
		return set.GroupName, nil
	case SettingSchool:
		return set.School, nil
	case SettingSecretary:
		return set.Secretary, nil
	case SettingTodayPanel:
		if set.NoTodayPanel {
			return model.LabelOff.Code, nil
		}
		return model.LabelOn.Code, nil
	case SettingFoundingNo:
		return set.FoundingNo, nil
	case SettingFoundingDate:
		return set.FoundingDate.String(), nil
	case SettingFoundingTitle:
		return set.FoundingTitle, nil
	}
	return set.LastSummary.String(), nil
}

// SetSetting changes one setting by name as one undoable step. A date
// (last_summary) is read as the forms read dates: 2026-11-20, 11月20日,
// 今天, -7 …
func (s *Service) SetSetting(name, value string) (Result, error) {
	key, err := SettingKey(name)
	if err != nil {
		return Result{}, err
	}
	if len([]rune(value)) > model.MaxShortText {
		return Result{}, model.NewMsgError("v.too_long", model.MaxShortText)
	}
	return s.write(func(st *store.Store) (model.JournalEntry, error) {
		set, err := st.Settings()
		if err != nil {
			return model.JournalEntry{}, err
		}
		switch key {
		case SettingGroup:
			set.GroupName = value
		case SettingSchool:
			set.School = value
		case SettingSecretary:
			set.Secretary = value
		case SettingLastSummary:
			d, err := model.ParseDate(value, s.Today())
			if err != nil {
				return model.JournalEntry{}, err
			}
			set.LastSummary = d
		case SettingTodayPanel:
			on, err := parseSwitch(value)
			if err != nil {
				return model.JournalEntry{}, err
			}
			set.NoTodayPanel = !on
		case SettingFoundingNo:
			set.FoundingNo = value
		case SettingFoundingTitle:
			set.FoundingTitle = value
		case SettingFoundingDate:
			d, err := model.ParseDate(value, s.Today())
			if err != nil {
				return model.JournalEntry{}, err
			}
			set.FoundingDate = d
			if err := set.Check(s.Today()); err != nil {
				return model.JournalEntry{}, err
			}
		}
		return st.SaveSettings(set)
	})
}

// parseSwitch reads on or off: on/off, 开/关, yes/no, 是/否, true/false,
// 1/0, 打开/关闭.
func parseSwitch(v string) (bool, error) {
	s := strings.ToLower(strings.TrimSpace(v))
	switch {
	case model.LabelOn.Is(s) || model.LabelYes.Is(s):
		return true, nil
	case model.LabelOff.Is(s) || model.LabelNo.Is(s):
		return false, nil
	}
	switch s {
	case "true", "1", "打开", "开启", "显示":
		return true, nil
	case "false", "0", "关闭", "不显示":
		return false, nil
	}
	return false, model.NewMsgError(MsgBadSwitch, v)
}
