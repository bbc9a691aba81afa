package sheet

import (
	"slices"

	"secretary/internal/pinyin"
	"secretary/model"
)

// ownerTab is the people tasks are given to, with their load, listed as
// a staff list is read: by their names' pinyin (surnames read as
// surnames), not in the order they were entered.
var ownerTab = func() *tabDef {
	t := recordTab(model.EntityOwner, ownerColumns, nil).matchBy(ownerMatch)
	t.rows = func(x *exporter, emit func([]Cell, bool)) {
		cols := ownerColumns()
		for _, o := range ownersByName(x.l) {
			emit(recordRow(x, cols, o), false)
		}
	}
	return t
}()

// ownersByName lists the ledger's people in pinyin order of their names,
// then by code.
func ownersByName(l *model.Ledger) []*model.Owner {
	out := make([]*model.Owner, len(l.Owners))
	for i := range l.Owners {
		out[i] = &l.Owners[i]
	}
	slices.SortStableFunc(out, func(a, b *model.Owner) int { return pinyin.CompareNames(a.Name, b.Name) })
	return out
}

func ownerColumns() []column[model.Owner] {
	return []column[model.Owner]{
		codeColumn(model.EntityOwner, func(o *model.Owner) model.ID { return o.ID }),
		{key: "owner.name", head: "name", required: true,
			get: func(_ *exporter, o *model.Owner) Cell { return textCell(o.Name) },
			set: func(c *cellIn, o *model.Owner) { o.Name = c.text() }},
		{key: "owner.title", head: "role", alias: []string{"职称"},
			get: func(_ *exporter, o *model.Owner) Cell { return textCell(o.Title) },
			set: func(c *cellIn, o *model.Owner) { o.Title = c.text() }},
		{key: "owner.department", head: "department", alias: []string{"科室", "处室"},
			get: func(_ *exporter, o *model.Owner) Cell { return textCell(o.Department) },
			set: func(c *cellIn, o *model.Owner) { o.Department = c.text() }},
		{key: "owner.contact", head: "contact", alias: []string{"电话", "联系电话", "手机"},
			get: func(_ *exporter, o *model.Owner) Cell { return textCell(o.Contact) },
			set: func(c *cellIn, o *model.Owner) { o.Contact = c.text() }},
		{key: "owner.role", head: "group_role", alias: []string{"小组职务", "小组角色"}, list: listGroupRole,
			get: func(x *exporter, o *model.Owner) Cell { return enumCell(x, o.Role) },
			set: func(c *cellIn, o *model.Owner) { o.Role = parseEnum[model.GroupRole](c) }},
		{key: "owner.joined", head: "joined", alias: []string{"加入时间"}, kind: KindDate,
			get: func(_ *exporter, o *model.Owner) Cell { return dateCell(o.Joined) },
			set: func(c *cellIn, o *model.Owner) { o.Joined = c.date() }},
		{key: "owner.left", head: "left", alias: []string{"离任时间", "离任日期", "调离日期", "left_on"}, kind: KindDate,
			get: func(_ *exporter, o *model.Owner) Cell { return dateCell(o.Left) },
			set: func(c *cellIn, o *model.Owner) { o.Left = c.date() }},
		{key: "owner.open_tasks", head: "open_tasks", kind: KindInt, derived: true,
			get: func(x *exporter, o *model.Owner) Cell { return intCell(x.loads[o.ID].Open) }},
		{key: "owner.overdue_tasks", head: "overdue_tasks", kind: KindInt, derived: true,
			get: func(x *exporter, o *model.Owner) Cell { return intCell(x.loads[o.ID].Overdue) }},
		{key: "owner.open_rects", head: "open_rects", kind: KindInt, derived: true,
			get: func(x *exporter, o *model.Owner) Cell { return intCell(x.loads[o.ID].OpenRects) }},
		{key: "owner.notes", head: "notes", wrap: true,
			get: func(_ *exporter, o *model.Owner) Cell { return textCell(o.Notes) },
			set: func(c *cellIn, o *model.Owner) { o.Notes = c.text() }},
	}
}
