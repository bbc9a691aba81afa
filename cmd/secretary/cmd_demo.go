package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"secretary/internal/fsutil"
	"secretary/model"
	"secretary/model/demo"
	"secretary/store"
)

func newDemoCmd(a *app) *cobra.Command {
	var size int
	var force bool
	cmd := &cobra.Command{
		Use:   "demo",
		Short: a.tr.T("cli.demo.short"),
		Long:  a.tr.T("cli.demo.long"),
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if size < 0 || size > 1_000_000 {
				return usageErr("cli.demo.bad_size", size)
			}
			return a.writeDemo(size, force)
		},
	}
	cmd.Flags().IntVar(&size, "size", 0, a.tr.T("cli.demo.flag.size"))
	cmd.Flags().BoolVar(&force, "force", false, a.tr.T("cli.demo.flag.force"))
	return cmd
}

// writeDemo builds the sample in a temporary file beside the ledger and
// renames it into place. An existing file is replaced only with --force,
// and only after it has been backed up.
func (a *app) writeDemo(size int, force bool) error {
	path := a.location().Path
	var cur *store.Store // the ledger --force replaces
	if _, err := os.Stat(path); err == nil {
		if !force {
			return model.NewMsgError("cli.demo.exists", path)
		}
		if cur, err = store.Open(path, a.storeOptions()); err != nil {
			return err
		}
		defer cur.Close()
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, fsutil.DirMode); err != nil {
		return model.NewMsgError(store.MsgNoFolder, dir, err.Error())
	}
	tmp := filepath.Join(dir, ".demo-"+filepath.Base(path)+".tmp")
	os.Remove(tmp)
	defer os.Remove(tmp)
	opts := a.storeOptions()
	opts.NoBackup = true
	// A written ledger takes about 300 bytes a record; the hint leaves
	// room for twice that (see store.Options.SizeHint).
	opts.SizeHint = int64(max(size, demo.BaseSize))*600 + 1<<20
	s, err := store.Open(tmp, opts)
	if err != nil {
		return err
	}
	l := demo.Build(model.Today(a.sys.clock), size)
	if err := s.Fill(l); err != nil {
		s.Close()
		return err
	}
	if err := s.Close(); err != nil {
		return err
	}
	if cur != nil {
		// Backed up and replaced under the ledger's lock, so a save in a
		// window open on it is either in the backup or refused.
		backup, err := cur.Replace(tmp)
		if err != nil {
			return err
		}
		if backup != "" {
			a.printf("cli.demo.backed_up", backup)
		}
	} else if err := fsutil.MoveIntoPlace(tmp, path); err != nil {
		return model.NewMsgError(store.MsgIO, path, err.Error())
	}
	a.printf("cli.demo.done", path)
	a.printf("cli.demo.counts", a.countsLine(l.Counts()))
	return nil
}
