//go:build windows

package tui

import "golang.org/x/sys/windows"

// cpUTF8 is Windows' code page number for UTF-8.
const cpUTF8 = 65001

// prepareConsole switches the console to the UTF-8 code page for the
// program's run and puts back what was there on exit. A Chinese Windows
// console starts in code page 936 (GBK), where the program's UTF-8 output
// would print as mojibake.
func prepareConsole() (restore func()) {
	in, errIn := windows.GetConsoleCP()
	out, errOut := windows.GetConsoleOutputCP()
	if errIn != nil || errOut != nil {
		return func() {} // not a console (redirected): nothing to switch
	}
	_ = windows.SetConsoleCP(cpUTF8)
	_ = windows.SetConsoleOutputCP(cpUTF8)
	return func() {
		_ = windows.SetConsoleCP(in)
		_ = windows.SetConsoleOutputCP(out)
	}
}
