package main

import (
	"secretary/tui"
)

// runTUI opens the full-screen program on the ledger.
func (a *app) runTUI() error {
	s, err := a.openLedger(false)
	if err != nil {
		return err
	}
	defer s.Close()
	if why := s.WhyReadOnly(); why != nil {
		a.printf("cli.opened_read_only", s.Path())
	}
	return tui.Run(tui.Deps{Store: s, Clock: a.sys.clock, Lang: a.tr.Lang()})
}
