package model

// MsgFoundingFuture refuses a founding document dated after today.
const MsgFoundingFuture = "v.founding_future" // args: the document's date, today

// Check refuses settings no group can have: a founding (adjustment)
// document dated after today — dates are entered as they happened, and a
// 2062 for 2026 is a slip that would be printed in every summary.
func (s Settings) Check(today Date) error {
	v := &ValidationError{}
	if !s.FoundingDate.IsZero() && s.FoundingDate > today {
		v.add("settings.founding_date", MsgFoundingFuture, s.FoundingDate.String(), today.String())
	}
	return v.err()
}
