package main

import (
	"strings"
	"testing"

	"secretary/model/demo"
	"secretary/store/storetest"
)

// The command line imports a filled-in sheet once: the second run skips
// every row as a likely duplicate (--allow-duplicates imports them), and
// figures worth a second look are listed and refused without --yes when
// no one is at a terminal to answer.
func TestSheetImportTwiceAndItsWarnings(t *testing.T) {
	t.Parallel()
	db := storetest.DemoFile(t, demo.BaseSize)
	dir := t.TempDir()
	tasks := writeFile(t, dir, "tasks.csv", crlf(
		"任务名称,责任人,截止日期,状态,工作范围",
		"编写心理危机识别手册,张三,2026-12-10,进行中,服务体系建设",
		"家长课堂第二讲,张三,2026-12-18,未开始,宣传推广",
	))
	count := func() int { return len(loadFile(t, db).Tasks) }
	n0 := count()
	if r := runCLI(t, "", "--db", db, "--lang", "en", "sheet", "import", tasks); r.code != 0 || count() != n0+2 {
		t.Fatalf("first import: exit %d, %d tasks\n%s%s", r.code, count(), r.stdout, r.stderr)
	}
	r := runCLI(t, "", "--db", db, "--lang", "en", "sheet", "import", tasks)
	if r.code != 0 || count() != n0+2 || !strings.Contains(r.stdout, "Skipped 2 row(s) the ledger already has") ||
		!strings.Contains(r.stdout, "“tasks.csv” row 2: matches T-") {
		t.Fatalf("second import: exit %d, %d tasks\n%s%s", r.code, count(), r.stdout, r.stderr)
	}
	if r := runCLI(t, "", "--db", db, "--lang", "en", "sheet", "import", "--allow-duplicates", tasks); r.code != 0 || count() != n0+4 {
		t.Fatalf("--allow-duplicates: exit %d, %d tasks\n%s%s", r.code, count(), r.stdout, r.stderr)
	}

	acts := writeFile(t, dir, "acts.csv", crlf(
		"活动主题,活动类型,活动日期,状态,预计人数,实到人数,预算,实际支出",
		"秋季讲座,讲座,2026-11-10,已举办,30,3028,500,500450",
	))
	before := fingerprint(t, db)
	r = runCLI(t, "", "--db", db, "--lang", "zh", "sheet", "import", acts)
	if r.code != 1 || fingerprint(t, db) != before || !strings.Contains(r.stdout, "请核对这些数字（2 处）") ||
		!strings.Contains(r.stdout, "实到 3028 人，是预计 30 人的 3 倍以上") || !strings.Contains(r.stderr, "确认无误后加 --yes 再运行") {
		t.Fatalf("warnings without --yes: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if r := runCLI(t, "", "--db", db, "--lang", "zh", "sheet", "import", "--yes", acts); r.code != 0 {
		t.Fatalf("with --yes: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}
