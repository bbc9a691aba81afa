package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"secretary/app"
	"secretary/internal/i18n"
	"secretary/model"
)

func newSettingsCmd(a *invocation) *cobra.Command {
	return &cobra.Command{
		Use:   a.use("settings", "cli.settings.args"),
		Short: a.tr.T("cli.settings.short"),
		Long:  a.tr.T("cli.settings.long"),
		Args:  maxArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				// A name that is no setting is the way the command was
				// called, told before the ledger is opened.
				if _, err := app.SettingKey(args[0]); errors.Is(err, app.ErrUnknownSetting) {
					return usageErr("cli.settings.unknown", args[0], strings.Join(app.SettingKeys(), ", "))
				}
			}
			s, err := a.openLedger(len(args) < 2)
			if err != nil {
				return err
			}
			defer s.Close()
			if len(args) == 2 {
				if _, err := s.SetSetting(args[0], args[1]); err != nil {
					return err
				}
				// What was kept, as made safe on the way in (control
				// characters dropped), not what was typed.
				key, _ := app.SettingKey(args[0])
				kept := args[1]
				if set, err := s.Settings(); err == nil {
					if v, err := app.SettingValue(set, key); err == nil {
						kept = v
					}
					if key == app.SettingTodayPanel {
						kept = model.TodayPanelText(set, a.tr.Lang())
					}
				}
				a.printf("cli.settings.saved", a.tr.T(i18n.Key("cli.settings.name."+key)), kept)
				return nil
			}
			set, err := s.Settings()
			if err != nil {
				return err
			}
			if len(args) == 1 {
				v, err := app.SettingValue(set, args[0])
				if err != nil {
					return err
				}
				fmt.Fprintln(a.out(), v)
				return nil
			}
			// Each setting by the name a user of this language types:
			// 组名, 学校 … in Chinese (the English keys work too).
			var rows [][2]string
			for _, k := range app.SettingKeys() {
				v, _ := app.SettingValue(set, k)
				if k == app.SettingTodayPanel {
					v = model.TodayPanelText(set, a.tr.Lang()) // 开 or 关, as typed back
				}
				rows = append(rows, [2]string{a.tr.T(i18n.Key("cli.settings.name." + k)), v})
			}
			var b strings.Builder
			writeColumns(&b, rows)
			fmt.Fprint(a.out(), b.String())
			return nil
		},
	}
}
