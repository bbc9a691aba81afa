package model

import "testing"

func TestCurrentYearPlan(t *testing.T) {
	t.Parallel()
	today := NewDate(2026, 11, 20)
	year := Plan{ID: 2, Kind: PlanAnnual, Title: "本学年心理健康教育工作计划", Start: NewDate(2026, 9, 1), End: NewDate(2027, 8, 31), Status: PlanActive}
	last := Plan{ID: 5, Kind: PlanAnnual, Title: "上学年工作计划", Start: NewDate(2025, 9, 1), End: NewDate(2026, 8, 31), Status: PlanDone}
	strategic := Plan{ID: 1, Kind: PlanStrategic, Title: "三年发展规划", Start: NewDate(2025, 9, 1), End: NewDate(2028, 8, 31), Status: PlanActive}
	archived := year
	archived.ID, archived.Status = 6, PlanArchived
	second := year
	second.ID, second.Title = 7, "本学年德育工作计划"
	cases := []struct {
		name  string
		plans []Plan
		want  ID
		ok    bool
	}{
		{"one this year", []Plan{strategic, year, last}, 2, true},
		{"none this year", []Plan{strategic, last}, 0, false},
		{"two this year", []Plan{year, second}, 0, false},
		{"an archived one does not count", []Plan{year, archived}, 2, true},
		{"no plans", nil, 0, false},
	}
	for _, c := range cases {
		id, ok := CurrentYearPlan(&Ledger{Plans: c.plans}, today)
		if id != c.want || ok != c.ok {
			t.Errorf("%s: %d %v, want %d %v", c.name, id, ok, c.want, c.ok)
		}
	}
}
