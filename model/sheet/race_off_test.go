//go:build !race

package sheet_test

const raceOn = false
