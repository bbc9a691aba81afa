//go:build unix

package store_test

import (
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"testing"

	"secretary/internal/i18n"
	"secretary/model"
	"secretary/store"
	"secretary/store/storetest"
)

// childDiskFull opens the ledger with the file size limited to what it is
// now (as a full disk would), imports 20,000 people in one step, and
// prints what the user would read.
func childDiskFull(path string) int {
	signal.Ignore(syscall.SIGXFSZ)
	st, err := os.Stat(path)
	if err != nil {
		return 3
	}
	lim := uint64(st.Size())
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &syscall.Rlimit{Cur: lim, Max: lim}); err != nil {
		fmt.Println("setrlimit:", err)
		return 3
	}
	s, err := store.Open(path, storetest.Options())
	if err != nil {
		fmt.Println("open:", i18n.New(model.LangEn).Err(err))
		return 3
	}
	defer s.Close()
	_, err = s.Do(model.ActImport, func(tx *store.Tx) error {
		for i := range 20_000 {
			if err := tx.Create(&model.Owner{Name: fmt.Sprintf("教师%05d", i), Department: "初一年级组"}); err != nil {
				return err
			}
		}
		return nil
	})
	fmt.Println("en:", i18n.New(model.LangEn).Err(err))
	fmt.Println("zh:", i18n.New(model.LangZh).Err(err))
	return 0
}

// A full disk while saving says so, and that nothing was changed, in
// both languages, instead of "something went wrong"; the ledger is as
// it was.
func TestDiskFullWhileSavingSaysSo(t *testing.T) {
	t.Parallel()
	path := storetest.DemoFile(t, 0)
	before := fileSum(t, path)
	out, err := childCmd(t, "diskfull", path).CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	text := string(out)
	t.Log(text)
	if !strings.Contains(text, "en: The disk holding "+path+" is full; nothing was changed") || !strings.Contains(text, "磁盘已满；什么都没有改动") {
		t.Fatalf("the user reads:\n%s", text)
	}
	if fileSum(t, path) != before {
		t.Error("the ledger changed")
	}
}
