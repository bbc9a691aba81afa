//go:build !race

package store_test

// raceEnabled: the race detector is off.
const raceEnabled = false
