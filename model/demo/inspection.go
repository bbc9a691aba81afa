package demo

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"strings"

	"secretary/model"
	"secretary/model/rubrics"
)

// File is a sample evidence file: what `secretary demo` puts into the
// evidence folder beside the sample ledger, under its SHA-256.
type File struct {
	Name string // as it was attached
	Data []byte
}

// SHA256 is the file's SHA-256 in hex: its name in the evidence folder.
func (f File) SHA256() string {
	s := sha256.Sum256(f.Data)
	return hex.EncodeToString(s[:])
}

// EvidenceFiles are the sample's evidence files, the same bytes every
// time: a scanned notice (PDF), a photo of the counselling room (PNG) and
// a meeting's minutes (text).
func EvidenceFiles() []File {
	return []File{
		{Name: "领导小组成立文件.pdf", Data: samplePDF()},
		{Name: "心理辅导室照片.png", Data: samplePNG()},
		{Name: "领导小组会议纪要.txt", Data: []byte(sampleMinutes)},
	}
}

// inspection adds the sample rubric (active), the school's documents and
// evidence for about two-thirds of the rubric's indicators, some of them
// self-scored: what the evidence view, the self-assessment and the pack
// show on the sample ledger.
func (b *builder) inspection() {
	sy := b.schoolYearStart()
	b.l.Rubrics = append(b.l.Rubrics, model.Rubric{ID: 1, Title: rubrics.SampleTitle(model.LangZh), Active: true, Sample: true,
		Notes: rubrics.SampleNote(model.LangZh)})
	tree, _ := rubrics.Check(rubrics.Sample(model.LangZh), nil)
	code := map[string]model.ID{}
	for i, in := range tree.Indicators(1) {
		in.ID = model.ID(i + 1)
		b.l.Indicators = append(b.l.Indicators, in)
		code[in.Code] = in.ID
	}

	doc := func(d model.Document) model.ID {
		d.ID = model.ID(len(b.l.Documents) + 1)
		d.Status = model.DocInForce
		b.l.Documents = append(b.l.Documents, d)
		return d.ID
	}
	rule := doc(model.Document{Kind: model.DocRule, Number: "阳光中学〔2024〕8号", Title: "学生心理危机干预工作制度", Issuer: "校长办公室",
		Adopted: sy.AddMonths(-14), ReviewDue: b.today.AddDays(20)})
	contingency := doc(model.Document{Kind: model.DocContingency, Number: "阳光中学〔2024〕9号", Title: "学生心理危机事件应急处置预案", Issuer: "校长办公室",
		Adopted: sy.AddMonths(-14), ReviewDue: b.today.AddDays(-10), Notes: "按区教育局要求每年修订"})
	scheme := doc(model.Document{Kind: model.DocScheme, Number: "阳光中学〔2025〕3号", Title: "5·25心理健康月活动方案", Issuer: "德育处",
		Adopted: b.may25().AddMonths(-12).AddDays(-40)})
	group := doc(model.Document{Kind: model.DocNotice, Number: "阳光中学〔2025〕21号", Title: "关于调整心理健康教育工作领导小组成员的通知", Issuer: "校长办公室",
		Adopted: sy.AddDays(5)})
	rooms := doc(model.Document{Kind: model.DocRule, Number: "", Title: "心理辅导室管理制度", Issuer: "心理中心",
		Adopted: sy.AddMonths(-26), ReviewDue: b.today.AddMonths(9)})

	files := map[string]File{}
	for _, f := range EvidenceFiles() {
		files[f.Name] = f
	}
	item := func(title string, rec model.RecordRef, file string, date model.Date, codes ...string) {
		e := model.Evidence{ID: model.ID(len(b.l.Evidence) + 1), Title: title, Record: rec, Date: date,
			AddedOn: b.today.AddDays(-7), AddedBy: b.l.Settings.Secretary}
		if f, ok := files[file]; ok {
			e.FileName, e.Size, e.SHA256 = f.Name, int64(len(f.Data)), f.SHA256()
		}
		for _, c := range codes {
			e.Indicators = append(e.Indicators, code[c])
		}
		b.l.Evidence = append(b.l.Evidence, e)
	}
	rec := func(e model.Entity, id model.ID) model.RecordRef { return model.RecordRef{Entity: e, ID: id} }
	// Dated as attaching dates them (app's evidenceDate): the day the
	// work happened, never a day still to come.
	day := func(e model.Entity, id model.ID) model.Date {
		switch r := b.l.Record(e, id).(type) {
		case *model.Activity:
			return r.Date
		case *model.Document:
			return r.Adopted
		case *model.Plan:
			return r.Start
		case *model.Task:
			return r.Due
		case *model.Assessment:
			return r.Date
		}
		return b.today.AddDays(-7)
	}
	// Dated as attaching dates them (app's evidenceDate): the day the
	// work happened, and work still to come the day it was filed.
	filed := b.today.AddDays(-7)
	d := func(e model.Entity, id model.ID) model.Date {
		if when := day(e, id); when <= filed {
			return when
		}
		return filed
	}
	w, p, t, a, e, r := model.EntityDocument, model.EntityPlan, model.EntityTask, model.EntityActivity, model.EntityAssessment, model.EntityRectification
	item("领导小组调整通知", rec(w, group), "", d(w, group), "A1.B1")
	item("领导小组成立文件（扫描件）", rec(w, group), "领导小组成立文件.pdf", d(w, group), "A1.B1")
	item("领导小组会议纪要", model.RecordRef{}, "领导小组会议纪要.txt", b.today.AddDays(-30), "A1.B2")
	// The group's first two meetings held this school year, as records:
	// their minutes are the meeting records an inspector asks for.
	held := 0
	for i := range b.l.Meetings {
		if m := &b.l.Meetings[i]; m.Held() && held < 2 && !m.Date.Before(sy) {
			item(m.NameIn(model.LangZh), rec(model.EntityMeeting, m.ID), "", m.Date, "A1.B2")
			held++
		}
	}
	item("三年发展规划", rec(p, 1), "", d(p, 1), "A1.B3")
	item("本学年工作计划", rec(p, 2), "", d(p, 2), "A1.B3", "A3.B3")
	item("本学期工作安排", rec(p, 3), "", d(p, 3), "A1.B3")
	item("心理危机干预工作制度", rec(w, rule), "", d(w, rule), "A2.B1")
	item("心理辅导室管理制度", rec(w, rooms), "", d(w, rooms), "A2.B1", "A3.B2.C1")
	item("危机事件应急处置预案", rec(w, contingency), "", d(w, contingency), "A2.B2")
	item("危机干预预案演练任务", rec(t, 8), "", d(t, 8), "A2.B2")
	item("辅导记录规范化检查", rec(t, 16), "", d(t, 16), "A2.B3")
	item("辅导记录周检整改", rec(r, 2), "", b.today.AddDays(-22), "A2.B3")
	item("专兼职心理教师持证上岗", rec(t, 3), "", d(t, 3), "A3.B1")
	item("个体辅导室照片", model.RecordRef{}, "心理辅导室照片.png", b.today.AddDays(-60), "A3.B2.C1")
	item("初二青春期心理健康课", rec(t, 15), "", d(t, 15), "A4.B1")
	item("区级课题结题", rec(t, 4), "", d(t, 4), "A4.B3")
	item("5·25心理健康月启动仪式", rec(a, 1), "", d(a, 1), "A5.B1")
	item("“悦纳自我”心理健康讲座", rec(a, 2), "", d(a, 2), "A5.B1")
	item("10·10主题班会", rec(a, 5), "", d(a, 5), "A5.B1")
	item("5·25心理健康月活动方案", rec(w, scheme), "", d(w, scheme), "A5.B1")
	item("初一新生团体辅导", rec(a, 4), "", d(a, 4), "A5.B2")
	item("心理委员培训", rec(t, 17), "", d(t, 17), "A5.B3")
	item("心理委员补选整改", rec(r, 1), "", b.today.AddDays(-8), "A5.B3")
	item("全体学生心理健康筛查", rec(t, 5), "", d(t, 5), "A6.B1")
	item("转介绿色通道", rec(t, 12), "", d(t, 12), "A6.B2")
	item("医校转介协议整改", rec(r, 3), "", b.today.AddDays(14), "A6.B2")
	item("家长学校专题讲座", rec(t, 10), "", d(t, 10), "A7.B1")
	item("班主任培训（第一期）", rec(a, 3), "", d(a, 3), "A8.B1")
	item("班主任培训评估", rec(e, 3), "", d(e, 3), "A8.B1")

	// Self-scores of the work that is done.
	for c, pts := range map[string]int{"A1.B1": 40, "A1.B3": 35, "A2.B1": 40, "A2.B2": 25, "A3.B1": 35,
		"A3.B2.C1": 20, "A4.B1": 50, "A5.B1": 40, "A5.B2": 35, "A6.B1": 40, "A8.B1": 30} {
		in := &b.l.Indicators[code[c]-1]
		in.Score, in.Scored = model.Points(pts), true
	}
	b.l.Indicators[code["A2.B2"]-1].ScoreNote = "预案已到复审期，正在修订"
}

// sampleMinutes is a meeting's minutes as a secretary types them.
const sampleMinutes = `阳光实验中学心理健康教育工作领导小组
第 1 次会议纪要

时间：开学第二周 周三 15:30
地点：行政楼会议室
主持：王建国　记录：周敏
出席：领导小组全体成员

一、审议本学年心理健康教育工作计划。
二、部署全体学生心理健康筛查工作。
三、研究危机干预预案修订。

决定事项：
1. 本学年工作计划经审议通过，由德育处印发。
2. 筛查于十月底前完成，心理中心负责。
`

// samplePNG is a small picture standing in for a photo: the same bytes
// every time.
func samplePNG() []byte {
	img := image.NewRGBA(image.Rect(0, 0, 64, 48))
	for y := 0; y < 48; y++ {
		for x := 0; x < 64; x++ {
			img.Set(x, y, color.RGBA{R: uint8(180 + x), G: uint8(200 + y), B: 220, A: 255})
		}
	}
	var buf bytes.Buffer
	_ = png.Encode(&buf, img)
	return buf.Bytes()
}

// samplePDF is a one-page PDF standing in for a scanned notice.
func samplePDF() []byte {
	content := "BT /F1 18 Tf 72 760 Td (Sample scan: notice on the leadership group) Tj ET"
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	}
	var b strings.Builder
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return []byte(b.String())
}
