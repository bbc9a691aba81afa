package common

import "secretary/model"

// ShowMinutesMsg asks for a meeting's minutes (P on a meeting) or the
// meeting pack: the root moves to the Summary tab, which shows the
// printout and writes or prints it through app.Publish like the summary.
// Meeting 0 with Pack is the pack for a meeting not yet in the ledger.
type ShowMinutesMsg struct {
	Meeting model.ID
	Pack    bool
}
