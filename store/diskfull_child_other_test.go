//go:build !unix

package store_test

func childDiskFull(string) int { return 3 }
