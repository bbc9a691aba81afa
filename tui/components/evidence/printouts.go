package evidence

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"

	"secretary/app"
	"secretary/internal/i18n"
	"secretary/model"
	"secretary/model/summary"
	"secretary/tui/common"
	"secretary/tui/components/confirm"
	"secretary/tui/components/detail"
)

// Printouts is the p page of the evidence view: the self-assessment
// report and the binder catalogue (tab switches), written (w) or printed
// (P) through app.Publish, and the inspection pack (z).
type Printouts struct {
	ctx       *common.Context
	id        common.ID
	sc        *summary.SelfCheck
	catalogue bool
	vp        viewport.Model

	prompt  bool
	pack    bool // the prompt is for the pack
	path    textinput.Model
	busy    bool
	result  string
	failed  bool
	width   int
	height  int
	rubricT string
}

var _ common.Overlay = (*Printouts)(nil)

// printedMsg is a write, print or pack done (or refused).
type printedMsg struct {
	common.To
	text string
	err  error
	path string
	pack bool
}

// NewPrintouts opens the page on the active rubric's self-assessment;
// files are the evidence folder's states (nil: not known yet). ok is
// false when the ledger has no rubric: there is nothing to show.
func NewPrintouts(ctx *common.Context, files model.FileStates) (*Printouts, bool) {
	sc, err := summary.BuildSelfCheck(ctx.Ledger, 0, files, ctx.Today())
	if err != nil {
		return nil, false
	}
	p := &Printouts{ctx: ctx, id: ctx.NewID(), sc: sc, rubricT: sc.Coverage.Rubric.Title}
	p.vp = viewport.New(0, 0)
	return p, true
}

// ID is the page's address.
func (p *Printouts) ID() common.ID { return p.id }

// Init does nothing.
func (p *Printouts) Init() tea.Cmd { return nil }

// SetSize lays the text out to the width.
func (p *Printouts) SetSize(w, h int) {
	p.width, p.height = w, h
	p.vp.Width, p.vp.Height = w, max(1, h-3)
	p.path.Width = max(10, w-4)
	p.render()
}

// doc is the document on the page.
func (p *Printouts) doc() summary.Document {
	if p.catalogue {
		return p.sc.BinderCatalogue()
	}
	return p.sc
}

func (p *Printouts) render() {
	if p.width <= 0 {
		return
	}
	var b bytes.Buffer
	_ = p.doc().Write(&b, summary.FormatText, summary.Options{Lang: p.ctx.Lang(), Width: max(summary.MinWidth, p.width-1)})
	p.vp.SetContent(strings.TrimRight(b.String(), "\n"))
}

// Update scrolls, switches, writes and prints.
func (p *Printouts) Update(msg tea.Msg) (common.Overlay, tea.Cmd) {
	switch msg := msg.(type) {
	case printedMsg:
		if msg.Recipient() != p.id {
			return p, nil
		}
		return p, p.done(msg)
	case common.LanguageMsg:
		p.render()
		return p, nil
	case tea.KeyMsg:
		if p.busy {
			return p, nil
		}
		if p.prompt {
			return p, p.promptKey(msg)
		}
		return p, p.key(msg)
	}
	return p, nil
}

func (p *Printouts) key(km tea.KeyMsg) tea.Cmd {
	ek, pg := p.ctx.Keys.Evidence, p.ctx.Keys.Pager
	switch {
	case key.Matches(km, pg.Close):
		return common.Close(p.id)
	case key.Matches(km, ek.Other):
		p.catalogue = !p.catalogue
		p.render()
		p.vp.GotoTop()
	case key.Matches(km, ek.Write):
		p.askPath(false, filepath.Join(p.ctx.Folder(), p.doc().FileName(summary.FormatPDF, p.ctx.Lang())))
	case key.Matches(km, ek.Pack):
		p.askPath(true, filepath.Join(p.ctx.Folder(), app.PackName(p.ctx.Lang(), p.ctx.Today())))
	case key.Matches(km, ek.Print):
		p.busy, p.result = true, ""
		return p.publish("", true, false)
	default:
		p.ctx.Scroll(&p.vp, km)
	}
	return nil
}

func (p *Printouts) askPath(pack bool, def string) {
	p.prompt, p.pack, p.result = true, pack, ""
	p.path = input(def)
	p.path.Width = max(10, p.width-4)
}

func (p *Printouts) promptKey(km tea.KeyMsg) tea.Cmd {
	pr := p.ctx.Keys.Prompt
	switch {
	case key.Matches(km, pr.Cancel):
		p.prompt = false
		return nil
	case key.Matches(km, pr.Accept):
		p.prompt, p.busy = false, true
		path := p.ctx.ExpandPath(p.path.Value())
		if p.pack {
			return p.writePack(path, false)
		}
		return p.publish(path, false, false)
	}
	var cmd tea.Cmd
	p.path, cmd = p.path.Update(km)
	return cmd
}

// publish writes the document to path (its format from the extension)
// and/or prints it.
func (p *Printouts) publish(path string, print, force bool) tea.Cmd {
	svc, tr, to := p.ctx.App, p.ctx.Tr, p.id
	format, ok := summary.FormatOfPath(path)
	if !ok {
		format = summary.FormatHTML
	}
	req := app.PublishRequest{Doc: p.doc(), Lang: p.ctx.Lang(), Format: format, Path: path, Print: print, Force: force}
	return func() tea.Msg {
		pub, err := svc.Publish(context.Background(), req)
		var lines []string
		if pub.Path != "" {
			lines = append(lines, tr.T("summary.written", pub.Path))
		}
		if pub.Print.Key != "" {
			lines = append(lines, tr.Msg(pub.Print))
		}
		return printedMsg{To: common.To{ID: to}, text: strings.Join(lines, "\n"), err: err, path: path}
	}
}

// writePack writes the inspection pack.
func (p *Printouts) writePack(path string, force bool) tea.Cmd {
	svc, tr, to, lang := p.ctx.App, p.ctx.Tr, p.id, p.ctx.Lang()
	return func() tea.Msg {
		res, err := svc.WritePack(context.Background(), app.PackRequest{Path: path, Lang: lang, Force: force})
		if err != nil {
			return printedMsg{To: common.To{ID: to}, err: err, path: path, pack: true}
		}
		text := tr.T("cli.evidence.packed", res.Path) + "\n" + tr.T("cli.evidence.pack_holds", res.Entries, res.Files, res.Records, i18n.Size(res.Size))
		if res.NoBrowser {
			text += "\n" + tr.T("cli.evidence.no_pdf")
		}
		for _, e := range res.Left {
			text += "\n" + tr.T("cli.evidence.left", model.CodeOf(e), e.Title, e.FileName)
		}
		return printedMsg{To: common.To{ID: to}, text: text, path: path, pack: true}
	}
}

// done shows what happened; a file that exists is replaced only after
// the user says yes.
func (p *Printouts) done(msg printedMsg) tea.Cmd {
	p.busy = false
	if errors.Is(msg.err, app.ErrExists) {
		path, id := msg.path, p.id
		again := p.publish(path, false, true)
		if msg.pack {
			again = p.writePack(path, true)
		}
		ask := confirm.Ask{Title: p.ctx.T("confirm.replace_title"), Question: p.ctx.T("confirm.replace", path),
			Hint: p.ctx.T("confirm.replace_hint"), Keys: p.ctx.T("confirm.replace_keys")}
		return common.Open(confirm.New(p.ctx, ask, tea.Sequence(func() tea.Msg {
			return printedMsg{To: common.To{ID: id}, text: p.ctx.T("evidence.writing")}
		}, again)))
	}
	p.failed = msg.err != nil
	p.result = msg.text
	if msg.err != nil {
		p.result = p.ctx.Tr.Err(msg.err)
		return common.Status(p.result, true)
	}
	return nil
}

// View draws the page: which document, the text, and what the last
// write did (or the path being asked for).
func (p *Printouts) View() string {
	st := p.ctx.Styles
	self, cat := st.Tab.Render(p.ctx.T("evidence.print.selfcheck.title")), st.Tab.Render(p.ctx.T("evidence.print.catalogue.title"))
	if p.catalogue {
		cat = st.ActiveTab.Render(p.ctx.T("evidence.print.catalogue.title"))
	} else {
		self = st.ActiveTab.Render(p.ctx.T("evidence.print.selfcheck.title"))
	}
	head := self + cat + st.Faint.Render("  "+p.ctx.T("evidence.print_hint"))
	var foot string
	switch {
	case p.prompt:
		foot = p.ctx.T("transfer.where") + " " + p.path.View()
	case p.busy:
		foot = st.Faint.Render(p.ctx.T("evidence.writing"))
	case p.result != "":
		style := st.StatusOK
		if p.failed {
			style = st.StatusError
		}
		foot = style.Render(detail.Wrap(p.result, max(10, p.width)))
	}
	body := p.vp.View()
	if foot != "" {
		lines := strings.Count(foot, "\n") + 1
		vp := p.vp
		vp.Height = max(1, p.vp.Height-lines+1)
		body = vp.View()
	}
	return fitWidth(head, p.width) + "\n" + body + "\n" + foot
}

// fitWidth cuts a styled line that would not fit.
func fitWidth(s string, w int) string {
	return lipglossMax(s, w)
}

// ShortHelp lists the page's keys.
func (p *Printouts) ShortHelp() []key.Binding {
	if p.prompt {
		return p.ctx.Keys.Prompt.ShortHelp()
	}
	ek, nav := p.ctx.Keys.Evidence, p.ctx.Keys.Nav
	return []key.Binding{nav.Up, nav.Down, ek.Other, ek.Write, ek.Print, ek.Pack, p.ctx.Keys.Pager.Close}
}

// FullHelp is the same.
func (p *Printouts) FullHelp() [][]key.Binding { return [][]key.Binding{p.ShortHelp()} }
