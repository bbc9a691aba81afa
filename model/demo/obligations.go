package demo

import (
	"time"

	"secretary/model"
)

// obligations gives the sample the default required work (规定动作) a new
// ledger starts with, and the links a secretary would have made: the
// screening task meets the yearly check, the 10·10 class meeting and the
// parents' school are of the kinds their obligations count, the work that
// comes back every year is marked 每年, and the safety officer has left,
// so the new school year has a task to flag. Around 20 November the
// monthly practice activity then shows every mark: September missed,
// October met, November due, the months ahead not yet due.
func (b *builder) obligations() {
	for i, o := range model.DefaultObligations(model.LangZh) {
		o.ID = model.ID(i + 1)
		b.l.Obligations = append(b.l.Obligations, o)
	}
	screening := b.obligationWith(model.FreqYear, model.ActScreening)
	for i := range b.l.Tasks {
		t := &b.l.Tasks[i]
		switch t.Title {
		case "全体学生心理健康筛查":
			t.ObligationID, t.Yearly = screening, true
		case "危机干预预案演练", "心理健康宣传栏每月更新", "家长学校心理健康专题讲座", "班主任心理健康教育全员培训":
			t.Yearly = true
		}
	}
	for i := range b.l.Activities {
		a := &b.l.Activities[i]
		switch {
		case a.Kind == model.ActPublicity && a.Date.Month() == time.October && a.Date.Day() == 10:
			a.Kind = model.ActWorldMHDay
		case a.Kind == model.ActLecture && a.HasAudience(model.AudParents) && len(a.Audience) == 1:
			a.Kind = model.ActParents
		}
	}
	for i := range b.l.Owners {
		if o := &b.l.Owners[i]; o.Name == "冯涛" {
			o.Left = b.today.AddDays(-10)
		}
	}
}

// obligationWith is the sample's obligation of the frequency met by the
// activity kind, or 0.
func (b *builder) obligationWith(f model.FreqKind, k model.ActivityKind) model.ID {
	for _, o := range b.l.Obligations {
		if o.Freq.Kind == f && o.MeetsKind(model.EntityActivity, uint8(k)) {
			return o.ID
		}
	}
	return 0
}
