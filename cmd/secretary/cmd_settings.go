package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"secretary/app"
)

func newSettingsCmd(a *invocation) *cobra.Command {
	return &cobra.Command{
		Use:   "settings [KEY [VALUE]]",
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
				a.printf("cli.settings.saved", args[0])
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
			for _, k := range app.SettingKeys() {
				v, _ := app.SettingValue(set, k)
				fmt.Fprintf(a.out(), "%-14s %s\n", k, v)
			}
			return nil
		},
	}
}
