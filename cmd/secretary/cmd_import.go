package main

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"secretary/model"
	"secretary/store"
)

// previewLimit caps the records the import preview lists per tab; the
// counts are always complete and `secretary diff` lists everything.
const previewLimit = 20

func newImportCmd(a *app) *cobra.Command {
	var yes bool
	cmd := &cobra.Command{
		Use:   "import [--yes] IN",
		Short: a.tr.T("cli.import.short"),
		Long:  a.tr.T("cli.import.long"),
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.importSnapshot(args[0], yes)
		},
	}
	cmd.Flags().BoolVar(&yes, "yes", false, a.tr.T("cli.import.flag.yes"))
	return cmd
}

// importSnapshot holds the ledger open — and so locked against other
// windows — from the first check to the replacement.
func (a *app) importSnapshot(in string, yes bool) error {
	s, err := store.Open(a.location().Path, a.storeOptions())
	if err != nil {
		return err
	}
	defer func() { s.Close() }()
	var im *store.Import
	err = a.withPassphrase(in, func(c store.CryptOptions) error {
		var err error
		im, err = s.PrepareImport(in, store.ImportOptions{Crypt: c})
		return err
	})
	if err != nil {
		return err
	}
	defer im.Discard()
	cur, err := s.Load()
	if err != nil {
		return err
	}

	a.printSnapshotInfo(im.Info)
	if im.Migrated {
		a.printf("cli.snap.migrated", store.SchemaVersion)
	}
	a.printf("cli.import.verified")
	d := im.Diff(cur, a.tr.Lang())
	if d.Empty() {
		a.printf("cli.import.same")
	} else {
		a.printf("cli.import.changes", s.Path())
		a.diffText(a.out(), d, previewLimit)
	}
	if cur.Counts().Total() > 0 {
		a.printf("cli.import.backup", store.BackupDir(s.Path()))
	}
	if !yes && !a.confirm(a.tr.T("cli.import.confirm")) {
		return model.NewMsgError("cli.import.declined")
	}

	ns, res, err := im.Apply(s)
	if ns != nil {
		s = ns
	}
	if err != nil {
		return err
	}
	if res.Backup != "" {
		a.printf("cli.import.backed", res.Backup)
	} else {
		a.printf("cli.import.nobackup")
	}
	a.printf("cli.import.done", s.Path())
	a.printf("cli.demo.counts", a.countsLine(im.Ledger.Counts()))
	return nil
}

// confirm asks a yes/no question on stdout and reads the answer from
// stdin; only an explicit yes counts (end of input is no).
func (a *app) confirm(question string) bool {
	fmt.Fprint(a.out(), question)
	line, _ := bufio.NewReader(a.sys.stdin).ReadString('\n')
	fmt.Fprintln(a.out())
	switch strings.ToLower(strings.TrimSpace(line)) {
	case "y", "yes", "是", "确认", "确定", "好":
		return true
	}
	return false
}
