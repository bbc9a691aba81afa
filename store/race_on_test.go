//go:build race

package store_test

// raceEnabled: the race detector is on, so large tests do less.
const raceEnabled = true
