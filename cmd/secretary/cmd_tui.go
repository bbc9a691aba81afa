package main

// runTUI opens the program on the ledger. Until the full-screen program
// lands it prints the ledger's status.
func (a *app) runTUI() error {
	s, err := a.openLedger(false)
	if err != nil {
		return err
	}
	defer s.Close()
	l, err := s.Load()
	if err != nil {
		return err
	}
	a.printf("cli.status", s.Path())
	a.printf("cli.demo.counts", a.countsLine(l.Counts()))
	return nil
}
