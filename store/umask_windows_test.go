package store_test

func setUmask(m int) int { return 0 }

func isWindows() bool { return true }
