//go:build !windows

package main

import (
	"crypto/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"secretary/store/storetest"
)

// TestDiskFullWhileAddingEvidenceSaysSo: when the evidence folder's disk
// fills up during the copy, the message blames the full disk where the
// copy goes — not the user's file, which reads fine — and nothing is
// left behind: no half copy, no change to the ledger.
func TestDiskFullWhileAddingEvidenceSaysSo(t *testing.T) {
	t.Parallel()
	ledger := storetest.DemoFile(t, 0)
	info, err := os.Stat(ledger)
	if err != nil {
		t.Fatal(err)
	}
	// A scan larger than the ledger, so the copy fills the "disk" first.
	scan := filepath.Join(t.TempDir(), "家访记录扫描.pdf")
	data := make([]byte, info.Size()+2<<20)
	rand.Read(data)
	if err := os.WriteFile(scan, data, 0o600); err != nil {
		t.Fatal(err)
	}
	before := sum(t, ledger)
	for lang, want := range map[string]string{
		"zh": "所在的磁盘已满：文件没有添加，台账没有改动。请腾出空间后再试",
		"en": "is full: the file was not added and the ledger is unchanged. Free some space and try again",
	} {
		cmd, stdout, stderr := childCmd(info.Size()+1<<20, "--lang", lang, "--db", ledger, "evidence", "add", scan, "--indicator", "A6.B3")
		cmd.Run()
		msg := stderr.String()
		folder := filepath.Join(filepath.Dir(ledger), "evidence")
		if code := cmd.ProcessState.ExitCode(); code != exitFail || !strings.Contains(msg, want) || !strings.Contains(msg, folder) {
			t.Fatalf("%s: exit %d\n%s\n%s", lang, code, stdout, msg)
		}
		t.Logf("%s: %s", lang, strings.TrimSpace(msg))
		if strings.Contains(msg, "无法读取") || strings.Contains(msg, "Cannot read") {
			t.Errorf("%s: the file that reads fine is blamed:\n%s", lang, msg)
		}
	}
	if sum(t, ledger) != before {
		t.Error("the ledger changed")
	}
	if left, _ := os.ReadDir(filepath.Join(filepath.Dir(ledger), "evidence")); len(left) != 0 {
		var names []string
		for _, e := range left {
			names = append(names, e.Name())
		}
		t.Errorf("left in the evidence folder: %v", names)
	}
	checkClean(t, ledger)
}
