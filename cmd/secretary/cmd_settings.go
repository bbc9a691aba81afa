package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"secretary/model"
)

func newSettingsCmd(a *invocation) *cobra.Command {
	return &cobra.Command{
		Use:   "settings [KEY [VALUE]]",
		Short: a.tr.T("cli.settings.short"),
		Long:  a.tr.T("cli.settings.long"),
		Args:  maxArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := a.openLedger(len(args) < 2)
			if err != nil {
				return err
			}
			defer s.Close()
			set, err := s.Settings()
			if err != nil {
				return err
			}
			if len(args) == 0 {
				for _, k := range model.SettingKeys() {
					v, _ := settingValue(set, k)
					fmt.Fprintf(a.out(), "%-13s %s\n", k, v)
				}
				return nil
			}
			v, ok := settingValue(set, args[0])
			if !ok {
				return usageErr("cli.settings.unknown", args[0], "group, school, secretary, last_summary")
			}
			if len(args) == 1 {
				fmt.Fprintln(a.out(), v)
				return nil
			}
			if err := setSetting(&set, args[0], args[1], model.Today(a.sys.clock)); err != nil {
				return err
			}
			if _, err := s.SaveSettings(set); err != nil {
				return err
			}
			a.printf("cli.settings.saved", args[0])
			return nil
		},
	}
}

func settingValue(s model.Settings, key string) (string, bool) {
	switch key {
	case "group":
		return s.GroupName, true
	case "school":
		return s.School, true
	case "secretary":
		return s.Secretary, true
	case "last_summary":
		return s.LastSummary.String(), true
	}
	return "", false
}

func setSetting(s *model.Settings, key, value string, today model.Date) error {
	if len([]rune(value)) > model.MaxShortText {
		return model.NewMsgError("v.too_long", model.MaxShortText)
	}
	switch key {
	case "group":
		s.GroupName = value
	case "school":
		s.School = value
	case "secretary":
		s.Secretary = value
	case "last_summary":
		d, err := model.ParseDate(value, today)
		if err != nil {
			return err
		}
		s.LastSummary = d
	}
	return nil
}
