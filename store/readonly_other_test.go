//go:build !linux

package store_test

import "testing"

func chownToChild(t *testing.T, path string) {
	t.Helper()
	t.Skip("as root, permissions stop nothing; the unprivileged child runs on Linux only")
}

func runUnprivileged(t *testing.T, base, path string) string {
	t.Helper()
	t.Skip("as root, permissions stop nothing; the unprivileged child runs on Linux only")
	return ""
}
