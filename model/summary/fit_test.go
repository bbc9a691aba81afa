package summary

import (
	"reflect"
	"testing"
)

func TestFitColumns(t *testing.T) {
	t.Parallel()
	cols := []column{{Head: "a"}, {Head: "n", Num: true}, {Head: "b"}}
	data := []int{0, 3, 0} // the number column's figures are 3 wide, its head 5
	// All fit: natural widths.
	if got := fitColumns(cols, []int{10, 5, 20}, data, 40); !reflect.DeepEqual(got, []int{10, 5, 20}) {
		t.Errorf("fit = %v", got)
	}
	// Too wide: the narrow text column keeps its width, the wide one
	// takes the rest, the number column keeps its head.
	if got := fitColumns(cols, []int{10, 5, 60}, data, 40); !reflect.DeepEqual(got, []int{10, 5, 25}) {
		t.Errorf("fit = %v", got)
	}
	// Two wide columns share evenly.
	if got := fitColumns(cols, []int{50, 5, 60}, data, 41); !reflect.DeepEqual(got, []int{18, 5, 18}) {
		t.Errorf("fit = %v", got)
	}
	// So narrow that the text would be unreadable: the number column
	// narrows to its figures (its head wraps).
	if got := fitColumns(cols, []int{50, 5, 60}, data, 24); !reflect.DeepEqual(got, []int{10, 4, 10}) {
		t.Errorf("fit = %v", got)
	}
}
