package store_test

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"secretary/model"
	"secretary/store"
	"secretary/store/storetest"
)

// plantBackups writes backup files as earlier sessions left them, one per
// time given, and returns their names.
func plantBackups(t *testing.T, ledger string, times []time.Time) []string {
	t.Helper()
	dir := store.BackupDir(ledger)
	os.MkdirAll(dir, 0o700)
	stem := "secretary"
	var names []string
	for _, at := range times {
		name := stem + "-" + at.Format("20060102-150405") + ".db"
		if err := os.WriteFile(filepath.Join(dir, name), []byte("old"), 0o600); err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}
	return names
}

func backupNames(t *testing.T, ledger string) map[string]bool {
	t.Helper()
	list, err := store.ListBackups(ledger)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, b := range list {
		out[filepath.Base(b.Path)] = true
	}
	return out
}

// Retention keeps the newest 10, the first of each of the last 14 days
// and the first of each of the last 12 months: twenty backups in one day
// push out none of the days and months before it.
func TestRetentionKeepsDaysAndMonthsThroughABusyDay(t *testing.T) {
	t.Parallel()
	path := storetest.DemoFile(t, 0)
	now := time.Date(2026, 11, 20, 18, 0, 0, 0, time.Local)
	var times []time.Time
	for d := 400; d >= 1; d-- { // one each morning for 400 days, two on some
		day := now.AddDate(0, 0, -d)
		times = append(times, time.Date(day.Year(), day.Month(), day.Day(), 8, 0, 0, 0, time.Local))
		if d%3 == 0 {
			times = append(times, time.Date(day.Year(), day.Month(), day.Day(), 16, 30, 0, 0, time.Local))
		}
	}
	for i := range 20 { // a busy day: twenty sessions
		times = append(times, time.Date(2026, 11, 20, 9, i*2, 0, 0, time.Local))
	}
	names := plantBackups(t, path, times)

	opts := backupOptions()
	opts.Clock = model.FixedClock{T: now}
	s := storetest.OpenAt(t, path, opts)
	made, err := s.Backup()
	if err != nil {
		t.Fatal(err)
	}
	all := append(append([]string(nil), names...), filepath.Base(made))

	want := map[string]bool{}
	sorted := append([]string(nil), all...)
	sort.Sort(sort.Reverse(sort.StringSlice(sorted)))
	for _, n := range sorted[:10] {
		want[n] = true // the newest ten
	}
	seenDay, seenMonth := map[string]bool{}, map[string]bool{}
	sort.Strings(sorted) // oldest first
	for _, n := range sorted {
		at, _ := time.ParseInLocation("20060102-150405", n[len("secretary-"):len("secretary-")+15], time.Local)
		if day := at.Format("2006-01-02"); now.Sub(at) < 14*24*time.Hour && at.After(now.AddDate(0, 0, -14)) && !seenDay[day] {
			seenDay[day] = true
			want[n] = true
		}
		if month := at.Format("2006-01"); !at.Before(time.Date(2025, 12, 1, 0, 0, 0, 0, time.Local)) && !seenMonth[month] {
			seenMonth[month] = true
			want[n] = true
		}
	}
	got := backupNames(t, path)
	for n := range want {
		if !got[n] {
			t.Errorf("%s was removed", n)
		}
	}
	for n := range got {
		if !want[n] {
			t.Errorf("%s was kept", n)
		}
	}
	if len(seenDay) != 14 || len(seenMonth) != 12 {
		t.Fatalf("fixture: %d days, %d months", len(seenDay), len(seenMonth))
	}
	// The tiers say why each is kept.
	list, _ := store.ListBackups(path)
	count := map[store.BackupTier]int{}
	for _, tier := range store.Tiers(list, now, 0) {
		count[tier]++
	}
	if count[store.TierRecent] != 10 || count[store.TierDaily] != 14 || count[store.TierMonthly] != 12 || count[store.TierNone] != 0 {
		t.Errorf("tiers %v", count)
	}
}

// Recording the day of a printed summary takes no backup of its own when
// one less than an hour old exists; otherwise, or with any other change,
// the session's backup is taken as before.
func TestRecordingTheSummaryDayReusesARecentBackup(t *testing.T) {
	t.Parallel()
	path := storetest.DemoFile(t, 0)
	now := storetest.Now()
	plantBackups(t, path, []time.Time{now.Add(-30 * time.Minute).Local()})
	opts := backupOptions()
	at := now
	opts.Clock = clockFunc(func() time.Time { return at })
	for i := range 20 { // twenty summaries printed in a row
		s := storetest.OpenAt(t, path, opts)
		set, _ := s.Settings()
		set.LastSummary = model.DateOf(now).AddDays(i + 1)
		if _, err := s.SaveSettings(set); err != nil {
			t.Fatal(err)
		}
		s.Close()
		at = at.Add(time.Minute)
	}
	if n := len(backupNames(t, path)); n != 1 {
		t.Fatalf("%d backups after twenty summaries, want the one from half an hour before", n)
	}
	// Two hours later the summary day takes a backup again.
	at = at.Add(2 * time.Hour)
	s := storetest.OpenAt(t, path, opts)
	set, _ := s.Settings()
	set.LastSummary = set.LastSummary.AddDays(1)
	if _, err := s.SaveSettings(set); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if n := len(backupNames(t, path)); n != 2 {
		t.Fatalf("%d backups, want a new one two hours later", n)
	}
	// A real change in a new session is backed up even minutes later.
	at = at.Add(time.Minute)
	s = storetest.OpenAt(t, path, opts)
	set.School = "新校名"
	if _, err := s.SaveSettings(set); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if n := len(backupNames(t, path)); n != 3 {
		t.Fatalf("%d backups, want one for the school's change", n)
	}
}

type clockFunc func() time.Time

func (f clockFunc) Now() time.Time { return f() }

// `secretary backups` can say why no backup can be taken.
func TestCheckBackupDirSaysWhyBackupsCannotBeWritten(t *testing.T) {
	t.Parallel()
	path := storetest.DemoFile(t, 0)
	if err := store.CheckBackupDir(path); err != nil {
		t.Fatalf("a writable folder: %v", err)
	}
	if err := os.WriteFile(store.BackupDir(path), []byte("in the way"), 0o600); err != nil {
		t.Fatal(err)
	}
	err := store.CheckBackupDir(path)
	se := storeErr(t, err, store.KindIO, store.MsgBackupUnwritable)
	if se.Msg.Args[1].(model.Msg).Key != store.MsgBackupNotDir {
		t.Fatalf("reason %v", se.Msg.Args[1])
	}
	assertOneClearLine(t, err, "")
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".*")); len(left) > 0 {
		t.Errorf("probe left %v", left)
	}
}
