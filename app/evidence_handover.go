package app

import (
	"os"
	"path/filepath"

	"secretary/internal/fsutil"
	"secretary/model"
	"secretary/store"
)

// bundleFiles lists the evidence folder's files the ledger refers to, for
// a snapshot to carry.
func (s *Service) bundleFiles(st *store.Store) ([]store.BundleFile, error) {
	l, err := st.Load()
	if err != nil {
		return nil, err
	}
	dir := s.EvidenceDir()
	seen := map[string]bool{}
	var out []store.BundleFile
	for i := range l.Evidence {
		e := &l.Evidence[i]
		if !e.HasFile() || seen[e.SHA256] {
			continue
		}
		seen[e.SHA256] = true
		out = append(out, store.BundleFile{SHA256: e.SHA256, Path: filepath.Join(dir, e.StoredName())})
	}
	return out, nil
}

// restoreEvidence moves the files an import staged into the evidence
// folder. A file already there with the right content is kept; anything
// else there under the name is replaced by the checked copy.
func restoreEvidence(im *store.Import, dir string) (int, error) {
	defer im.DiscardEvidence()
	_, files := im.Evidence()
	if len(files) == 0 {
		return 0, nil
	}
	if err := fsutil.MkdirPrivate(dir); err != nil {
		return 0, model.NewMsgError(store.MsgBundleRestore, dir, err.Error()).Wrap(err)
	}
	n := 0
	for _, f := range files {
		dst := filepath.Join(dir, filepath.Base(f.Path))
		if hashFile(dst) == f.SHA256 {
			n++
			continue
		}
		if err := os.Rename(f.Path, dst); err != nil {
			return n, model.NewMsgError(store.MsgBundleRestore, dir, err.Error()).Wrap(err)
		}
		n++
	}
	if err := fsutil.SyncDir(dir); err != nil {
		return n, model.NewMsgError(store.MsgBundleRestore, dir, err.Error()).Wrap(err)
	}
	return n, nil
}
