package main

import (
	"context"
	"fmt"

	"secretary/app"
	"secretary/model/summary"
)

// output is where a printout command sends its document: -o, --print
// and --force as given.
type output struct {
	out          string
	print, force bool
}

// publish writes doc to a file or the printer, as asked, through app's
// one publishing path, and says where it went: the path of summary,
// minutes, print, selfcheck and the catalogue. Without -o a file is
// named after the document; a print without a printer keeps the
// document here (or beside -o).
func (a *invocation) publish(ctx context.Context, s *app.Service, doc summary.Document, format summary.Format, o output) (app.Published, error) {
	lang := a.tr.Lang()
	req := app.PublishRequest{Doc: doc, Lang: lang, Format: format, Print: o.print, Force: o.force}
	if o.out != "" || !o.print {
		req.Path = o.out
		if req.Path == "" {
			req.Path = doc.FileName(format, lang)
		}
	}
	if o.print {
		req.Fallback = o.out
		if req.Fallback == "" {
			req.Fallback = doc.FileName(summary.FormatHTML, lang)
		}
	}
	pub, err := s.Publish(ctx, req)
	if pub.Path != "" {
		a.printf("summary.written", pub.Path)
	}
	if pub.Print.Key != "" {
		fmt.Fprintln(a.out(), a.tr.Msg(pub.Print))
	}
	return pub, err
}
