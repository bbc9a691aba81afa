package summary

import (
	"secretary/model"
	msum "secretary/model/summary"
	"secretary/tui/common"
)

// minutesView is a meeting's minutes or the meeting pack shown on this
// tab (P or K on the Meetings tab): w writes it and P prints it through
// app.Publish, as the summary.
type minutesView struct {
	meeting  model.ID
	pack     bool
	internal bool // an internal meeting's notes are shown (i), with the banner
	doc      msum.Document
	text     string
}

// showMinutes opens the minutes or the pack of a meeting.
func (v *View) showMinutes(msg common.ShowMinutesMsg) {
	v.slip = nil
	v.minutes = &minutesView{meeting: msg.Meeting, pack: msg.Pack}
	v.vp.GotoTop()
	v.rebuild()
}

// buildMinutes makes the document again from the ledger as it is now.
// A meeting deleted meanwhile closes the view.
func (v *View) buildMinutes() {
	mv, l, today, lang := v.minutes, v.ctx.Ledger, v.ctx.Today(), v.ctx.Lang()
	v.err = ""
	if mv.pack {
		mv.doc = msum.BuildPack(l, l.Meeting(mv.meeting), today)
	} else {
		m := l.Meeting(mv.meeting)
		if m == nil {
			v.minutes = nil
			v.rebuild()
			return
		}
		mv.doc = msum.BuildMinutes(l, m, today, msum.MinutesOptions{IncludeInternal: mv.internal})
	}
	mv.text = docText(mv.doc, lang, v.width)
	v.vp.SetContent(mv.text)
}

// docText is a document as text of the width.
func docText(d msum.Document, lang model.Lang, width int) string {
	var b textBuilder
	if err := d.Write(&b, msum.FormatText, msum.Options{Lang: lang, Width: width}); err != nil {
		return err.Error()
	}
	return b.String()
}

// textBuilder is a strings.Builder as an io.Writer.
type textBuilder struct{ s []byte }

func (b *textBuilder) Write(p []byte) (int, error) { b.s = append(b.s, p...); return len(p), nil }
func (b *textBuilder) String() string              { return string(b.s) }

// minutesHead is the line above the minutes.
func (v *View) minutesHead() string {
	mv := v.minutes
	if mv.pack {
		return v.ctx.T("summary_tab.pack")
	}
	name := model.Code(model.EntityMeeting, mv.meeting)
	if m := v.ctx.Ledger.Meeting(mv.meeting); m != nil && m.Internal {
		if mv.internal {
			return v.ctx.T("summary_tab.minutes_internal_on", name)
		}
		return v.ctx.T("summary_tab.minutes_internal_off", name)
	}
	return v.ctx.T("summary_tab.minutes", name)
}

// minutesInternal reports the minutes of an internal meeting on screen:
// only there does i show or hide its notes.
func (v *View) minutesInternal() bool {
	if v.minutes == nil || v.minutes.pack {
		return false
	}
	m := v.ctx.Ledger.Meeting(v.minutes.meeting)
	return m != nil && m.Internal
}
