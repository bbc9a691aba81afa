package sheet

import (
	"errors"

	"secretary/model"
)

// obligationTab is the required recurring work (规定动作): each obligation's
// frequency, minimum and what meets it, so a group can keep its own list
// in a spreadsheet and bring it in.
var obligationTab = recordTab(model.EntityObligation, obligationColumns, nil)

func obligationColumns() []column[model.Obligation] {
	return []column[model.Obligation]{
		codeColumn(model.EntityObligation, func(o *model.Obligation) model.ID { return o.ID }),
		{key: "obligation.title", head: "title", alias: []string{"规定动作", "工作要求", "要求"}, required: true,
			get: func(_ *exporter, o *model.Obligation) Cell { return textCell(o.Title) },
			set: func(c *cellIn, o *model.Obligation) { o.Title = c.text() }},
		{key: "obligation.frequency", head: "frequency", alias: []string{"频率", "时间要求"}, required: true,
			get: func(x *exporter, o *model.Obligation) Cell { return textCell(o.Freq.Text(x.lang)) },
			set: func(c *cellIn, o *model.Obligation) { o.Freq = c.frequency() }},
		{key: "obligation.min", head: "min", alias: []string{"最少次数", "数量要求"}, kind: KindInt, required: true,
			get: func(_ *exporter, o *model.Obligation) Cell { return intCell(o.Min) },
			set: func(c *cellIn, o *model.Obligation) { o.Min = c.int() }},
		{key: "obligation.sum", head: "sum",
			get: func(x *exporter, o *model.Obligation) Cell { return enumCell(x, o.Sum) },
			set: func(c *cellIn, o *model.Obligation) { o.Sum = parseEnum[model.Measure](c) }},
		{key: "obligation.meets", head: "meets", wrap: true,
			get: func(x *exporter, o *model.Obligation) Cell { return textCell(model.RulesText(o.Meets, x.lang)) },
			set: func(c *cellIn, o *model.Obligation) { o.Meets = c.rules() }},
		{key: "obligation.source", head: "source", alias: []string{"依据", "文件", "政策依据"}, wrap: true,
			get: func(_ *exporter, o *model.Obligation) Cell { return textCell(o.Source) },
			set: func(c *cellIn, o *model.Obligation) { o.Source = c.text() }},
		{key: "obligation.active", head: "active", alias: []string{"是否启用"},
			get: func(x *exporter, o *model.Obligation) Cell { return flagCell(x, o.Active()) },
			set: func(c *cellIn, o *model.Obligation) { o.Inactive = !c.flag(true) }},
		{key: "obligation.notes", head: "notes", wrap: true,
			get: func(_ *exporter, o *model.Obligation) Cell { return textCell(o.Notes) },
			set: func(c *cellIn, o *model.Obligation) { o.Notes = c.text() }},
	}
}

// frequency reads 每月, 每学期, 05-25, 05-01..05-31 … (model.ParseFrequency).
func (c *cellIn) frequency() model.Frequency {
	f, err := model.ParseFrequency(c.trimmed())
	c.failWith(err)
	return f
}

// rules reads 活动：心理课、主题班会 (model.ParseRules).
func (c *cellIn) rules() []model.MeetRule {
	r, err := model.ParseRules(c.trimmed())
	c.failWith(err)
	return r
}

// failWith records a model error at the cell.
func (c *cellIn) failWith(err error) {
	if err == nil {
		return
	}
	var me *model.MsgError
	if errors.As(err, &me) {
		c.fail(me.Msg.Key, me.Msg.Args...)
		return
	}
	c.fail("error.unexpected", err.Error())
}

// flag reads a yes/no cell: 是/否, yes/no, 启用/停用, on/off, 1/0, ✔/✗, 内部;
// an empty cell is def.
func (c *cellIn) flag(def bool) bool {
	s := foldWidth(c.trimmed())
	switch {
	case s == "":
		return def
	case model.LabelYes.Is(s) || model.LabelOn.Is(s) || hasName(s, "true", "1", "y", "✔", "✓", "√", "启用", "每年", "内部"):
		return true
	case model.LabelNo.Is(s) || model.LabelOff.Is(s) || hasName(s, "false", "0", "n", "✗", "×", "停用", "不启用"):
		return false
	}
	c.fail(MsgBadChoice, s, []model.Msg{model.M(MsgChoice, model.LabelYes), model.M(MsgChoice, model.LabelNo)})
	return def
}

func hasName(s string, names ...string) bool {
	k := nameKey(s)
	for _, n := range names {
		if k == nameKey(n) {
			return true
		}
	}
	return false
}

// flagCell writes a flag as 是/否 (yes/no); no is left empty so a column
// of flags reads at a glance.
func flagCell(x *exporter, on bool) Cell {
	if on {
		return textCell(model.LabelYes.In(x.lang))
	}
	return textCell(model.LabelNo.In(x.lang))
}
