package sheet_test

import (
	"bytes"
	"fmt"
	"io"
	"testing"
	"time"

	"secretary/model"
	"secretary/model/demo"
	"secretary/model/sheet"
	"secretary/store"
	"secretary/store/storetest"
)

// benchSize is the ledger size the issue sets its speed targets for.
const benchSize = 10_000

// Target: at most 1.5 s.
func BenchmarkExportXLSX10k(b *testing.B) {
	l := demo.Build(storetest.Today(), benchSize)
	opts := sheet.ExportOptions{Lang: model.LangZh, Now: storetest.Now()}
	cpu := cpuTime()
	for b.Loop() {
		if err := sheet.WriteXLSX(io.Discard, l, opts); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpuTime()-cpu)
}

// Every tab of the ledger as CSV, one file each. Target: at most 100 ms.
func BenchmarkExportCSV10k(b *testing.B) {
	l := demo.Build(storetest.Today(), benchSize)
	opts := sheet.ExportOptions{Lang: model.LangZh, Now: storetest.Now()}
	cpu := cpuTime()
	for b.Loop() {
		for _, tab := range sheet.Tabs() {
			if err := sheet.WriteCSV(io.Discard, l, tab, opts); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportCPU(b, cpuTime()-cpu)
}

// reportCPU adds the CPU time per operation, in milliseconds.
func reportCPU(b *testing.B, cpu time.Duration) {
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

// A 10,000-record workbook read, checked and committed into a fresh
// ledger file. Target: at most 1.5 s.
func BenchmarkImportXLSX10k(b *testing.B) {
	var buf bytes.Buffer
	if err := sheet.WriteXLSX(&buf, demo.Build(storetest.Today(), benchSize), sheet.ExportOptions{Now: storetest.Now()}); err != nil {
		b.Fatal(err)
	}
	benchImport(b, "ledger.xlsx", buf.Bytes(), 0, benchSize)
}

// 10,000 new task rows from a CSV file, read, checked and committed into a
// ledger that has the people and plans. Target: at most 300 ms.
func BenchmarkImportCSV10k(b *testing.B) {
	l := demo.Build(storetest.Today(), demo.BaseSize)
	var buf bytes.Buffer
	buf.WriteString("\xEF\xBB\xBF任务名称,所属计划,工作范围,责任人,监督人,开始日期,截止日期,考核指标,状态,进度（%）\r\n")
	for i := 0; i < benchSize; i++ {
		owner, sup := l.Owners[i%len(l.Owners)].Name, l.Owners[(i+3)%len(l.Owners)].Name
		fmt.Fprintf(&buf, "第%d项：组织心理健康主题班会,P-%d,宣传推广,%s,%s,2026/%d/1,2027-%02d-%02d,每学期至少2次，覆盖率≥90%%,进行中,%d\r\n",
			i+1, 1+i%len(l.Plans), owner, sup, 1+i%11, 1+i%12, 1+i%28, i%101)
	}
	benchImport(b, "tasks.csv", buf.Bytes(), demo.BaseSize, benchSize)
}

func benchImport(b *testing.B, name string, data []byte, base, want int) {
	b.ReportAllocs()
	var cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		s := storetest.Open(b)
		if base > 0 {
			storetest.Fill(b, s, base)
		}
		l, _ := s.Load()
		ids, _ := s.LastIDs()
		start := cpuTime()
		b.StartTimer()

		f, err := sheet.Read(name, data)
		if err != nil {
			b.Fatal(err)
		}
		imp := sheet.Prepare(f, l, sheet.Options{Today: storetest.Today(), LastIDs: ids})
		if !imp.OK() {
			b.Fatalf("problems: %v", imp.Problems[0].Message())
		}
		entry, err := s.Do(model.ActImport, func(tx *store.Tx) error { return imp.Apply(tx) })
		if err != nil {
			b.Fatal(err)
		}
		if entry.Count < want*9/10 {
			b.Fatalf("imported %d records, want about %d", entry.Count, want)
		}

		b.StopTimer()
		cpu += cpuTime() - start
		s.Close()
		b.StartTimer()
	}
	reportCPU(b, cpu)
}
