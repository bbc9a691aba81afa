package printout

import "secretary/model/summary"

// Plan says, without printing, which file Print keeps the document in
// when no printer takes it — fallback with the extension of the format
// it would be kept in — and whether Print writes that file whatever
// happens (no spooler, or Windows, where the browser prints from the
// file). A caller that must not write over an existing file checks that
// path first. It follows Print's choices; TestPlanMatchesPrint holds
// the two together.
func Plan(env Env, fallback string) (path string, always bool) {
	if env.goos() == "windows" {
		return withExt(fallback, summary.FormatHTML), true
	}
	browser := FindBrowser(env) != ""
	spooler := env.lookPath("lp") != "" || env.lookPath("lpr") != ""
	switch {
	case !spooler && browser:
		return withExt(fallback, summary.FormatPDF), true
	case !spooler:
		return withExt(fallback, summary.FormatHTML), true
	case browser:
		return withExt(fallback, summary.FormatPDF), false
	}
	return withExt(fallback, summary.FormatText), false
}
