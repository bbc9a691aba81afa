//go:build race

package sheet_test

// raceOn: the race detector slows the reader down several times, so
// time bounds are not measured under it.
const raceOn = true
