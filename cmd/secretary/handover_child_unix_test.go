//go:build !windows

package main

import (
	"bytes"
	"math/rand/v2"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"secretary/internal/testenv"
	"secretary/model"
	"secretary/model/demo"
	"secretary/store"
	"secretary/store/storetest"
)

// The tests here run the command line in a child process — this test
// binary again, entering TestHandoverChild — so it can be killed with
// SIGKILL at any moment or run under a file-size limit, as a real
// process would be.

const (
	childArgsEnv  = "SECRETARY_TEST_CHILD_ARGS"  // the command line, fields separated by \x1f
	childFsizeEnv = "SECRETARY_TEST_CHILD_FSIZE" // RLIMIT_FSIZE in bytes for the child
)

// TestHandoverChild is the child's entry point; it does nothing in a
// normal test run.
func TestHandoverChild(t *testing.T) {
	args := os.Getenv(childArgsEnv)
	if args == "" {
		return
	}
	if n := os.Getenv(childFsizeEnv); n != "" {
		limit, err := strconv.ParseUint(n, 10, 64)
		if err != nil {
			os.Exit(99)
		}
		// A write past the limit then fails with EFBIG, as a full disk
		// fails with ENOSPC, instead of killing the process.
		signal.Ignore(syscall.SIGXFSZ)
		if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &syscall.Rlimit{Cur: limit, Max: limit}); err != nil {
			os.Exit(98)
		}
	}
	os.Exit(run(strings.Split(args, "\x1f"), system{
		stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr,
		getenv: os.Getenv, home: t.TempDir(), goos: runtime.GOOS, clock: storetest.Clock(),
		workFactor: testenv.SnapshotWorkFactor,
	}))
}

func childCmd(fsize int64, args ...string) (*exec.Cmd, *bytes.Buffer, *bytes.Buffer) {
	cmd := exec.Command(os.Args[0], "-test.run=^TestHandoverChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), childArgsEnv+"="+strings.Join(args, "\x1f"), "SECRETARY_DB=", passEnv+"=")
	if fsize > 0 {
		cmd.Env = append(cmd.Env, childFsizeEnv+"="+strconv.FormatInt(fsize, 10))
	}
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	return cmd, &out, &errOut
}

// TestDiskFullDuringExportLeavesNoFile fills the "disk" at several points
// of a plain and an encrypted export: while the copy is written, while
// the manifest is added, while the ciphertext is written.
func TestDiskFullDuringExportLeavesNoFile(t *testing.T) {
	t.Parallel()
	ledger := storetest.DemoFile(t, 0)
	before := sum(t, ledger)
	// How big the snapshot gets, to put the limits where each stage
	// writes: the copy, the manifest added to it, the ciphertext.
	s, err := store.Open(ledger, storetest.Options())
	if err != nil {
		t.Fatal(err)
	}
	res, err := s.Export(t.TempDir(), store.ExportOptions{})
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	limits := map[bool][]int64{
		false: {4096, res.Size / 2, res.Size - 1},
		true:  {4096, res.Size / 2, res.Size - 1, res.Size + 16}, // the last passes the plain copy, fails the ciphertext
	}
	for _, encrypt := range []bool{false, true} {
		for _, limit := range limits[encrypt] {
			dir := filepath.Join(t.TempDir(), "stick")
			os.MkdirAll(dir, 0o700)
			out := filepath.Join(dir, "交接.snapshot")
			args := []string{"--lang", "zh", "--db", ledger, "export", out}
			if encrypt {
				args = []string{"--lang", "zh", "--db", ledger, "export", "--encrypt", out}
			}
			cmd, stdout, stderr := childCmd(limit, args...)
			if encrypt {
				cmd.Env = append(cmd.Env, passEnv+"=口令")
			}
			err := cmd.Run()
			name := "plain"
			if encrypt {
				name = "encrypted"
			}
			if code := cmd.ProcessState.ExitCode(); code != exitFail {
				t.Fatalf("%s, limit %d: exit %d (%v)\n%s\n%s", name, limit, code, err, stdout, stderr)
			}
			if !strings.Contains(stderr.String(), "已满") || strings.Count(strings.TrimSpace(stderr.String()), "\n") != 0 {
				t.Errorf("%s, limit %d: stderr %q", name, limit, stderr)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 0 {
				t.Errorf("%s, limit %d: left in the folder: %v", name, limit, entries)
			}
			if left := leftovers(t, filepath.Dir(ledger)); len(left) != 0 {
				t.Errorf("%s, limit %d: left beside the ledger: %v", name, limit, left)
			}
			if sum(t, ledger) != before {
				t.Fatalf("%s, limit %d: the ledger changed", name, limit)
			}
		}
	}
}

// TestDiskFullDuringImportChangesNothing runs out of space while the
// snapshot is copied beside the ledger, and while the ledger is backed up.
func TestDiskFullDuringImportChangesNothing(t *testing.T) {
	t.Parallel()
	src := storetest.DemoFile(t, 0)
	s, err := store.Open(src, storetest.Options())
	if err != nil {
		t.Fatal(err)
	}
	snap := filepath.Join(t.TempDir(), "x.snapshot")
	res, err := s.Export(snap, store.ExportOptions{})
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	ledger := storetest.DemoFile(t, 600) // bigger than the snapshot: its backup is what overflows
	info, _ := os.Stat(ledger)
	if info.Size() < res.Size*2 {
		t.Fatalf("test set-up: ledger %d, snapshot %d", info.Size(), res.Size)
	}
	before := sum(t, ledger)
	for _, c := range []struct {
		limit int64
		want  string
	}{
		{res.Size / 2, "已满"},       // copying the snapshot in
		{res.Size + 64<<10, "无法在"}, // backing up the current ledger
	} {
		cmd, stdout, stderr := childCmd(c.limit, "--lang", "zh", "--db", ledger, "import", "--yes", snap)
		cmd.Run()
		if code := cmd.ProcessState.ExitCode(); code != exitFail || !strings.Contains(stderr.String(), c.want) {
			t.Fatalf("limit %d: exit %d\n%s\n%s", c.limit, code, stdout, stderr)
		}
		if sum(t, ledger) != before {
			t.Fatalf("limit %d: the ledger changed", c.limit)
		}
		if left := leftovers(t, filepath.Dir(ledger)); len(left) != 0 {
			t.Fatalf("limit %d: left beside the ledger: %v", c.limit, left)
		}
	}
	checkClean(t, ledger)
}

// TestImportKilledAtAnyMomentLeavesOldOrNewLedger kills `secretary import`
// with SIGKILL at ten moments spread over its run: afterwards the ledger
// is whole — either the old one or the new one — and checks clean.
func TestImportKilledAtAnyMomentLeavesOldOrNewLedger(t *testing.T) {
	t.Parallel()
	// The new ledger: a large demo, so the import takes long enough for
	// the kills to land in every phase.
	newPath := storetest.DemoFile(t, 4000)
	s, err := store.Open(newPath, storetest.Options())
	if err != nil {
		t.Fatal(err)
	}
	snap := filepath.Join(t.TempDir(), "new.snapshot")
	_, err = s.Export(snap, store.ExportOptions{})
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	want := loadLedger(t, newPath)

	// The old ledger: the small demo with the receiver's own edit.
	ledger := storetest.DemoFile(t, 0)
	o, err := store.Open(ledger, storetest.Options())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := o.Create(&model.Owner{Name: "接收人 Receiver", Department: "心理中心"}); err != nil {
		t.Fatal(err)
	}
	o.Close()
	oldBytes, _ := os.ReadFile(ledger)
	old := loadLedger(t, ledger)
	if equalRecords(old, want) || old.Counts() == demo.Build(storetest.Today(), 4000).Counts() {
		t.Fatal("test set-up: old and new ledgers must differ")
	}

	// One run to the end, to know how long an import takes here.
	args := []string{"--db", ledger, "import", "--yes", snap}
	start := time.Now()
	cmd, stdout, stderr := childCmd(0, args...)
	if err := cmd.Run(); err != nil {
		t.Fatalf("full run: %v\n%s\n%s", err, stdout, stderr)
	}
	full := time.Since(start)
	if !equalRecords(loadLedger(t, ledger), want) {
		t.Fatal("full run did not import")
	}

	seed := uint64(time.Now().UnixNano())
	rng := rand.New(rand.NewPCG(seed, 5))
	outcomes := map[string]int{}
	for i := 0; i < 10; i++ {
		if err := os.WriteFile(ledger, oldBytes, 0o600); err != nil {
			t.Fatal(err)
		}
		// Ten moments spread from the start to just past the end, each
		// jittered within its slot.
		delay := time.Duration((float64(i) + rng.Float64()) / 9 * float64(full))
		cmd, _, _ := childCmd(0, args...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()

		got := loadLedger(t, ledger)
		switch {
		case equalRecords(got, old):
			outcomes["old"]++
		case equalRecords(got, want):
			outcomes["new"]++
		default:
			t.Fatalf("kill %d after %v (seed %d): the ledger is neither the old nor the new one", i, delay, seed)
		}
		checkClean(t, ledger)
	}
	t.Logf("full import %v; after 10 kills: %v (seed %d)", full, outcomes, seed)

	// An import after the kills cleans up what they left beside the ledger.
	if err := os.WriteFile(ledger, oldBytes, 0o600); err != nil {
		t.Fatal(err)
	}
	cmd, stdout, stderr = childCmd(0, args...)
	if err := cmd.Run(); err != nil {
		t.Fatalf("final run: %v\n%s\n%s", err, stdout, stderr)
	}
	if left := leftovers(t, filepath.Dir(ledger)); len(left) != 0 {
		t.Fatalf("left beside the ledger: %v", left)
	}
	if !equalRecords(loadLedger(t, ledger), want) {
		t.Fatal("final run did not import")
	}
}

// TestExportIntoAFolderWithoutPermissionLeavesNothing exports into a
// folder the user may not write. Root may write anywhere, so when the
// tests run as root (as CI does) the export runs as the unprivileged user
// "nobody" in a child process, with a copy of this test binary it can run.
func TestExportIntoAFolderWithoutPermissionLeavesNothing(t *testing.T) {
	t.Parallel()
	base := t.TempDir()
	for _, d := range []string{filepath.Dir(base), base} {
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	ledgerDir := filepath.Join(base, "ledger")
	ledger := filepath.Join(ledgerDir, "secretary.db")
	copyFile(t, storetest.DemoFile(t, 0), ledger)
	stick := filepath.Join(base, "stick")
	if err := os.Mkdir(stick, 0o755); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(base, "handover.test")
	copyFile(t, os.Args[0], bin)
	if err := os.Chmod(bin, 0o755); err != nil {
		t.Fatal(err)
	}

	cmd, stdout, stderr := childCmd(0, "--lang", "zh", "--db", ledger, "export", filepath.Join(stick, "x.snapshot"))
	cmd.Path, cmd.Args[0] = bin, bin
	if os.Geteuid() == 0 {
		const nobody = 65534
		for _, p := range []string{ledgerDir, ledger} {
			if err := os.Chown(p, nobody, nobody); err != nil {
				t.Fatal(err)
			}
		}
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobody, Gid: nobody}}
	} else if err := os.Chmod(stick, 0o555); err != nil {
		t.Fatal(err)
	}
	before := sum(t, ledger)
	cmd.Run()
	if code := cmd.ProcessState.ExitCode(); code != exitFail || !strings.Contains(stderr.String(), "没有权限写入文件夹 "+stick) {
		t.Fatalf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	if entries, _ := os.ReadDir(stick); len(entries) != 0 {
		t.Fatalf("left %v", entries)
	}
	if sum(t, ledger) != before {
		t.Fatal("the ledger changed")
	}
}
