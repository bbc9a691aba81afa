package store_test

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"secretary/store"
	"secretary/store/storetest"
)

// childExport exports the ledger again and again, encrypted and plain by
// turns, into the folder out, saying "ready" first; it is killed part-way.
func childExport(path, out string) int {
	s, err := store.Open(path, storetest.Options())
	if err != nil {
		fmt.Fprintln(os.Stderr, "export:", err)
		return 3
	}
	defer s.Close()
	fmt.Println("ready")
	for i := 1; ; i++ {
		opts := store.ExportOptions{}
		if i%2 == 1 {
			opts = store.ExportOptions{Encrypt: true, Passphrase: testPass, WorkFactor: 4}
		}
		name := filepath.Join(out, fmt.Sprintf("snap-%d.snapshot", i))
		if _, err := os.Lstat(name); err == nil {
			continue // an earlier child's
		}
		if _, err := s.Export(name, opts); err != nil {
			fmt.Fprintln(os.Stderr, "export:", err)
			return 3
		}
	}
}

// childCheckEncrypted checks an encrypted snapshot again and again,
// decrypting it for reading into the folder tmp; it is killed part-way.
func childCheckEncrypted(snapshot, tmp string) int {
	fmt.Println("ready")
	for {
		if _, err := store.CheckSnapshot(snapshot, store.ReadOptions{Store: storetest.Options(), Crypt: cryptOpts(testPass), TempDir: tmp}); err != nil {
			fmt.Fprintln(os.Stderr, "check:", err)
			return 3
		}
	}
}

// killAfter starts a child, waits for its "ready", lets it work for d and
// kills it.
func killAfter(t *testing.T, part, path, out string, d time.Duration) {
	t.Helper()
	cmd := childCmd(t, part, path)
	cmd.Env = append(cmd.Env, outEnv+"="+out)
	stdout, _ := cmd.StdoutPipe()
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(stdout).ReadString('\n')
	if strings.TrimSpace(line) != "ready" {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("child said %q", line)
	}
	time.Sleep(d)
	cmd.Process.Kill()
	cmd.Wait()
}

// An export killed at any moment leaves no plain copy of the ledger
// beside it and no partial file beside OUT: every file there is a whole
// snapshot.
func TestKilledExportLeavesNoCopies(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("kills child processes")
	}
	path := storetest.DemoFile(t, 2000)
	out := t.TempDir()
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 10))
	for range 10 {
		killAfter(t, "export", path, out, time.Duration(20+rng.IntN(200))*time.Millisecond)
	}
	if left := tempLeftovers(t, filepath.Dir(path)); len(left) > 0 {
		t.Errorf("beside the ledger: %v", left)
	}
	entries, _ := os.ReadDir(out)
	whole := 0
	for _, e := range entries {
		p := filepath.Join(out, e.Name())
		if !strings.HasPrefix(e.Name(), "snap-") || !strings.HasSuffix(e.Name(), ".snapshot") {
			t.Errorf("beside OUT: %s", e.Name())
			continue
		}
		info, err := store.CheckSnapshot(p, store.ReadOptions{Store: storetest.Options(), Crypt: cryptOpts(testPass)})
		if err != nil || !info.Report.OK() {
			t.Errorf("%s is not a whole snapshot: %v", e.Name(), err)
		}
		whole++
	}
	t.Logf("%d whole snapshots, nothing else", whole)
}

// A check of an encrypted snapshot killed at any moment leaves no
// decrypted copy in the folder it decrypts into.
func TestKilledCheckOfAnEncryptedSnapshotLeavesNoPlainCopy(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("kills child processes")
	}
	snap, _, _ := exportDemo(t, 2000, true)
	tmp := t.TempDir()
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 11))
	for range 10 {
		killAfter(t, "checkenc", snap, tmp, time.Duration(20+rng.IntN(300))*time.Millisecond)
	}
	var left []string
	filepath.Walk(tmp, func(p string, _ os.FileInfo, _ error) error {
		if p != tmp {
			left = append(left, p)
		}
		return nil
	})
	if len(left) > 0 {
		t.Errorf("left behind: %v", left)
	}
}
