package sheet

import "secretary/model"

// ColumnsForTest lists, per column of a tab, (key, name) pairs of every
// header the column answers to.
func ColumnsForTest(e model.Entity) [][][2]string {
	var out [][][2]string
	for _, c := range columnsOf(e) {
		var names [][2]string
		for _, n := range append([]string{c.head.In(model.LangZh), c.head.In(model.LangEn), c.head.Code}, c.alias...) {
			names = append(names, [2]string{c.key, n})
		}
		out = append(out, names)
	}
	return out
}

// NormHeaderForTest is normHeader.
func NormHeaderForTest(s string) string { return normHeader(s) }
