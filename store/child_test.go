package store_test

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"secretary/model"
	"secretary/store"
	"secretary/store/storetest"
)

// Some tests need a second process: a window open on the ledger, one
// that holds bbolt's lock, one that is killed while it commits, one that
// runs as another user. The test binary re-executes itself with childEnv
// set to the part to play; TestMain runs that part instead of the tests.
const (
	childEnv  = "SECRETARY_STORE_TEST_CHILD"
	ledgerEnv = "SECRETARY_STORE_TEST_LEDGER"
	outEnv    = "SECRETARY_STORE_TEST_OUT"
)

func TestMain(m *testing.M) {
	switch os.Getenv(childEnv) {
	case "":
		os.Exit(m.Run())
	case "lock":
		os.Exit(childLock(os.Getenv(ledgerEnv)))
	case "window":
		os.Exit(childWindow(os.Getenv(ledgerEnv)))
	case "commit":
		os.Exit(childCommit(os.Getenv(ledgerEnv)))
	case "readonly":
		os.Exit(childReadOnly(os.Getenv(ledgerEnv), os.Stdout))
	case "diskfull":
		os.Exit(childDiskFull(os.Getenv(ledgerEnv)))
	case "export":
		os.Exit(childExport(os.Getenv(ledgerEnv), os.Getenv(outEnv)))
	case "checkenc":
		os.Exit(childCheckEncrypted(os.Getenv(ledgerEnv), os.Getenv(outEnv)))
	default:
		fmt.Fprintln(os.Stderr, "unknown child part", os.Getenv(childEnv))
		os.Exit(3)
	}
}

// childCmd is a command that runs this test binary as a child playing
// part, on the ledger at path.
func childCmd(t *testing.T, part, path string, args ...string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, append([]string{"-test.run=^$"}, args...)...)
	cmd.Env = append(os.Environ(), childEnv+"="+part, ledgerEnv+"="+path)
	return cmd
}

// childLock holds bbolt's exclusive lock on the ledger until its stdin
// closes, as a window in the middle of a long write does (or an older
// secretary, which held it for as long as it was open).
func childLock(path string) int {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 5 * time.Second})
	if err != nil {
		fmt.Fprintln(os.Stderr, "lock:", err)
		return 3
	}
	defer db.Close()
	fmt.Println("ready")
	io.Copy(io.Discard, os.Stdin)
	return 0
}

// childCommit creates owners one by one, one transaction each, and prints
// each one's code once its transaction has committed, until it is killed.
func childCommit(path string) int {
	s, err := store.Open(path, storetest.Options())
	if err != nil {
		fmt.Fprintln(os.Stderr, "commit:", err)
		return 3
	}
	w := bufio.NewWriterSize(os.Stdout, 64)
	fmt.Fprintln(w, "ready")
	w.Flush()
	for i := 1; ; i++ {
		o := &model.Owner{Name: fmt.Sprintf("负责人 %d 号 🧑‍🏫", i), Department: "心理中心", Notes: "kill test"}
		if _, err := s.Create(o); err != nil {
			fmt.Fprintln(os.Stderr, "commit:", err)
			return 3
		}
		fmt.Fprintln(w, model.CodeOf(o))
		w.Flush()
	}
}
