package store_test

import (
	"bufio"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"time"

	"secretary/model"
	"secretary/store"
	"secretary/store/storetest"
)

// TestKilledWhileCommittingLosesNothingCommitted starts a child that
// saves records one transaction at a time and prints each one's code once
// it has committed, kills it with SIGKILL at a random moment, and does
// that 20 times on the same ledger. Every code a child printed must be in
// the ledger afterwards, and the file must check clean: a commit is
// either wholly there or not at all.
func TestKilledWhileCommittingLosesNothingCommitted(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("kills 20 child processes")
	}
	path := storetest.DemoFile(t, 0)
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 20))
	var printed []string
	deadline := time.Now().Add(45 * time.Second) // a guard for a slow CI machine; a run takes about 2 s
	rounds := 0
	for ; rounds < 20 && time.Now().Before(deadline); rounds++ {
		printed = append(printed, killDuringCommits(t, path, time.Duration(rng.IntN(120))*time.Millisecond)...)
	}
	if rounds < 20 {
		t.Errorf("only %d rounds fitted in the time allowed", rounds)
	}
	if len(printed) < rounds {
		t.Fatalf("children committed only %d records in %d rounds", len(printed), rounds)
	}

	s := storetest.OpenAt(t, path, storetest.Options())
	l, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range printed {
		e, id, ok := model.ParseCode(code)
		if !ok || l.Record(e, id) == nil {
			t.Errorf("%s was reported committed but is not in the ledger", code)
		}
	}
	rep, err := s.Check()
	if err != nil || !rep.OK() {
		t.Fatalf("check after %d kills: %v %+v", rounds, err, rep)
	}
	// Records made by killed children are whole and undoable like any.
	if _, err := s.Undo(); err != nil {
		t.Errorf("undo after the kills: %v", err)
	}
	t.Logf("%d rounds, %d records committed and found, %d owners in all", rounds, len(printed), len(l.Owners))
}

// killDuringCommits runs one committing child, kills it after it has
// been saving for about delay, and returns the codes it printed.
func killDuringCommits(t *testing.T, path string, delay time.Duration) []string {
	t.Helper()
	cmd := childCmd(t, "commit", path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
	}()
	var codes []string
	// Wait until it has the ledger open, then let it commit for a while.
	select {
	case line := <-lines:
		if line != "ready" {
			t.Fatalf("child said %q", line)
		}
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("child did not open the ledger: %s", stderr.String())
	}
	timer := time.After(delay)
collect:
	for {
		select {
		case line, ok := <-lines:
			if !ok {
				break collect
			}
			codes = append(codes, line)
		case <-timer:
			if err := cmd.Process.Signal(os.Kill); err != nil {
				t.Fatal(err)
			}
			timer = nil
		}
	}
	err = cmd.Wait()
	if err == nil || !strings.Contains(err.Error(), "killed") {
		t.Fatalf("child ended with %v, not killed: %s", err, stderr.String())
	}
	// A line cut off by the kill has no newline, so the scanner may still
	// return its first bytes; only whole codes count as printed.
	var whole []string
	for _, c := range codes {
		if _, _, ok := model.ParseCode(c); ok {
			whole = append(whole, c)
		}
	}
	return whole
}

// TestUndoRedoAcrossReopen: the undo and redo lists are in the file, so
// closing the program does not lose them.
func TestUndoRedoAcrossReopen(t *testing.T) {
	t.Parallel()
	path := storetest.Path(t)
	s := mustOpen(t, path)
	owner := newOwner(t, s, "张三", "心理中心")
	task := newTask(t, s, owner, "组织心理健康讲座")
	s.Close()

	s = mustOpen(t, path)
	if !s.CanUndo() || s.CanRedo() {
		t.Fatalf("after reopen: can undo %v, can redo %v", s.CanUndo(), s.CanRedo())
	}
	e, err := s.Undo()
	if err != nil || e.Describe().Key != "journal.undo" || e.RecordID != task.ID {
		t.Fatalf("undo after reopen: %+v %v", e, err)
	}
	s.Close()

	s = mustOpen(t, path)
	if !s.CanRedo() {
		t.Fatal("redo lost on reopen")
	}
	if l, _ := s.Load(); l.Task(task.ID) != nil {
		t.Fatal("the undone task is back after reopen")
	}
	if _, err := s.Redo(); err != nil {
		t.Fatal(err)
	}
	s.Close()

	s = mustOpen(t, path)
	defer s.Close()
	l, err := s.Load()
	if err != nil || l.Task(task.ID) == nil || l.Task(task.ID).Title != "组织心理健康讲座" {
		t.Fatalf("redone task after reopen: %v", err)
	}
	// Undo everything, back to an empty ledger, then nothing more.
	for i := 0; i < 2; i++ {
		if _, err := s.Undo(); err != nil {
			t.Fatalf("undo %d: %v", i, err)
		}
	}
	if _, err := s.Undo(); !store.IsKind(err, store.KindNothing) {
		t.Fatalf("want nothing to undo, got %v", err)
	}
	if l, _ := s.Load(); l.Counts().Total() != 0 {
		t.Fatalf("left %+v", l.Counts())
	}
}

func mustOpen(t *testing.T, path string) *store.Store {
	t.Helper()
	s, err := store.Open(path, storetest.Options())
	if err != nil {
		t.Fatal(err)
	}
	return s
}
