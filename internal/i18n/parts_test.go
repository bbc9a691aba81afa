package i18n

import "testing"

// TestNoKeyDefinedTwice: the feature files are merged into one map, so a
// key in two of them would silently lose one translation.
func TestNoKeyDefinedTwice(t *testing.T) {
	seen := map[Key]int{}
	for i, part := range parts() {
		for k := range part {
			if j, ok := seen[k]; ok {
				t.Errorf("%q is in catalog parts %d and %d", k, j, i)
			}
			seen[k] = i
		}
	}
}
