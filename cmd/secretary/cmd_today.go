package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"secretary/model/summary"
)

// todayLimit is how many items `secretary today` lists a section; the
// headings always give the full count.
const todayLimit = 20

func newTodayCmd(a *invocation) *cobra.Command {
	return &cobra.Command{
		Use:   "today",
		Short: a.tr.T("cli.today.short"),
		Long:  a.tr.T("cli.today.long"),
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := a.openLedger(true)
			if err != nil {
				return err
			}
			defer s.Close()
			att, err := s.Attention()
			if err != nil {
				return err
			}
			fmt.Fprint(a.out(), summary.TodayText(att, a.tr.Lang(), summary.DefaultWidth, todayLimit))
			if !att.Empty() {
				return exitStatus(exitFail) // something needs attention: for a login script
			}
			return nil
		},
	}
}

// exitStatus ends the program with the code and nothing on stderr: the
// command said what it had to say on stdout.
type exitStatus int

func (e exitStatus) Error() string { return fmt.Sprintf("exit status %d", int(e)) }
