package sheet_test

import (
	"bytes"
	"encoding/csv"
	"slices"
	"testing"

	"secretary/internal/i18n"
	"secretary/model"
)

// pinyinPeople is a staff list whose code-point order (刘, 单, 张, 曾 …)
// and entry order both differ from the pinyin order a Chinese list is
// read in.
func pinyinPeople() *model.Ledger {
	l := &model.Ledger{}
	for i, name := range []string{"赵敏", "刘洋", "张淑芬", "陈晓", "曾晓云", "单丽", "解敏", "王芳"} {
		l.Owners = append(l.Owners, model.Owner{ID: model.ID(i + 1), Name: name, Department: "年级组"})
	}
	return l
}

var pinyinOrder = []string{"陈晓", "刘洋", "单丽", "王芳", "解敏", "曾晓云", "张淑芬", "赵敏"}

// TestPeopleSheetAndListInPinyinOrder: the workbook's people sheet and
// its drop-down list of people read in pinyin order.
func TestPeopleSheetAndListInPinyinOrder(t *testing.T) {
	t.Parallel()
	l := pinyinPeople()
	data := exportCSV(t, l, model.EntityOwner, model.LangZh)
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, r := range rows[1:] {
		names = append(names, r[1])
	}
	if !slices.Equal(names, pinyinOrder) {
		t.Errorf("people sheet\n got %v\nwant %v", names, pinyinOrder)
	}

	f := openBook(t, exportXLSX(t, l, model.LangZh))
	cols, err := f.GetCols("选项")
	if err != nil {
		t.Fatal(err)
	}
	// The people are the column headed 人员 (the lists sheet has one
	// column per list, the people among them).
	var list []string
	for _, c := range cols {
		if len(c) > 0 && c[0] == i18n.For(model.LangZh).T("sheet.list.owners") {
			list = slices.DeleteFunc(c[1:], func(s string) bool { return s == "" })
		}
	}
	if !slices.Equal(list, pinyinOrder) {
		t.Errorf("people drop-down\n got %v\nwant %v", list, pinyinOrder)
	}
}
