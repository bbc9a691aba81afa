package common

import tea "github.com/charmbracelet/bubbletea"

// The read-only policy of the screen, in one place. A ledger opened
// for reading only, or a file or folder the user cannot write to,
// refuses every change before it starts, so nothing is typed into a
// form that cannot be saved. Each action that would change the ledger
// asks here first — opening a form or a flow that writes, asking before
// a delete, undo and redo, a rubric's write, the new school year — and
// every refusal says the same words. (app refuses the write itself too,
// with the file's name; that is the last line, not the message a user
// should meet.)

// ReadOnly reports that the ledger cannot be changed now, and the
// status line that says so.
func (c *Context) ReadOnly() (StatusMsg, bool) {
	if c.App.CanWrite() == nil {
		return StatusMsg{}, false
	}
	return StatusMsg{Text: c.T("status.read_only"), Error: true}, true
}

// RefuseWrite is a command that says the ledger is read-only when it
// is, and nil when it can be changed:
//
//	if refuse := ctx.RefuseWrite(); refuse != nil {
//		return refuse
//	}
func (c *Context) RefuseWrite() tea.Cmd {
	s, ro := c.ReadOnly()
	if !ro {
		return nil
	}
	return func() tea.Msg { return s }
}
