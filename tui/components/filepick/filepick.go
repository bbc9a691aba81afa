// Package filepick is where a file goes or comes from: a list of the
// folder's files to browse (bubbles' filepicker), the places a secretary
// keeps files (desktop, documents, the USB stick plugged in now) a digit
// away, and the path as text, which can be typed with tab completing
// it. The export and import flows embed it for their "which file" step:
// they give it their keys and, after each Update, read Chosen, as the
// form host reads huh's State after Update and this picker reads bubbles'
// DidSelectFile. The choice is made by a key its owner is handling, so it
// is known at once; a message would come back a turn later, after keys
// typed meanwhile (a second enter) had gone to the picker again.
package filepick

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/filepicker"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"secretary/app"
	"secretary/internal/width"
	"secretary/tui/common"
)

// Mode is what the file is for.
type Mode uint8

// Modes.
const (
	Open Mode = iota // an existing file to read: enter on a file takes it
	Save             // a file to write: enter takes the path as written
)

// Picker is the component.
type Picker struct {
	ctx    *common.Context
	id     common.ID
	mode   Mode
	name   string // Save: the file name, kept as the folder changes
	list   filepicker.Model
	input  textinput.Model
	inList bool // the list has the keyboard (else the path)
	places []app.Place
	dir    string // the folder the list shows, to follow it in the path
	// chosen is the path the latest Update chose, "" when it chose none.
	chosen string
	width  int
	height int
}

var _ common.Component[*Picker] = (*Picker)(nil)

// New makes a picker in folder. For Save, name is the suggested file
// name and the path starts focused; for Open the list does, showing only
// files that end in one of exts (all files when none).
func New(ctx *common.Context, mode Mode, folder, name string, exts ...string) *Picker {
	p := &Picker{ctx: ctx, id: ctx.NewID(), mode: mode, name: name, dir: folder}
	p.list = filepicker.New()
	p.list.CurrentDirectory = folder
	p.list.AllowedTypes = exts
	p.list.ShowPermissions, p.list.ShowSize, p.list.AutoHeight = false, false, false
	p.list.DirAllowed, p.list.FileAllowed = false, true
	p.list.Cursor = "›"
	p.list.Styles = filepicker.DefaultStylesWithRenderer(ctx.Renderer)
	p.list.Styles.EmptyDirectory = p.list.Styles.EmptyDirectory.SetString(ctx.T("filepick.empty"))
	// A folder ends in a separator, so it reads as one without colour.
	p.list.Styles.Directory = p.list.Styles.Directory.Transform(func(s string) string { return s + string(filepath.Separator) })
	// bubbles' list answers to our key map's keys; entering a folder
	// takes right or enter, so one binding joins the two.
	fk := ctx.Keys.Files
	p.list.KeyMap = filepicker.KeyMap{
		GoToTop:  fk.Home,
		GoToLast: fk.End,
		Down:     fk.Down,
		Up:       fk.Up,
		PageUp:   fk.PageUp,
		PageDown: fk.PageDown,
		Back:     fk.Back,
		Open:     key.NewBinding(key.WithKeys(append(fk.Open.Keys(), fk.Accept.Keys()...)...)),
		Select:   fk.Accept,
	}
	p.input = textinput.New()
	p.input.Prompt = "> "
	p.input.CharLimit = 1024
	p.input.Cursor.SetMode(cursor.CursorStatic)
	p.followFolder(folder)
	p.inList = mode == Open
	if !p.inList {
		p.input.Focus()
	}
	return p
}

// Init reads the folder and finds the places, off the UI goroutine.
func (p *Picker) Init() tea.Cmd {
	env, id := p.ctx.App.Env(), p.id
	return tea.Batch(p.list.Init(), func() tea.Msg { return placesMsg{id: id, places: env.Places()} })
}

// placesMsg brings the places found.
type placesMsg struct {
	id     common.ID
	places []app.Place
}

// completedMsg brings a tab completion.
type completedMsg struct {
	id    common.ID
	value string
	dir   string
}

// SetSize sets the area.
func (p *Picker) SetSize(w, h int) {
	p.width, p.height = w, h
	p.input.Width = max(10, w-4)
	p.list.SetHeight(max(3, h-6)) // path, places, hints
}

// Path is the path as shown, ~ and a bare name taken as the program
// takes them.
func (p *Picker) Path() string { return p.ctx.ExpandPath(p.input.Value()) }

// Chosen is the path the latest Update chose — enter on a file to open,
// or on the path typed — and whether it chose one. The owner reads it
// after each Update; the next Update forgets it.
func (p *Picker) Chosen() (string, bool) { return p.chosen, p.chosen != "" }

// Update handles a message; when it is the user choosing a file, Chosen
// says which.
func (p *Picker) Update(msg tea.Msg) (*Picker, tea.Cmd) {
	p.chosen = ""
	switch msg := msg.(type) {
	case placesMsg:
		if msg.id == p.id {
			p.places = msg.places
		}
		return p, nil
	case completedMsg:
		if msg.id == p.id {
			p.input.SetValue(msg.value)
			p.input.CursorEnd()
			return p, p.goTo(msg.dir)
		}
		return p, nil
	case tea.KeyMsg:
		return p, p.key(msg)
	}
	// The list's own messages (a folder read).
	var c tea.Cmd
	p.list, c = p.list.Update(msg)
	return p, c
}

func (p *Picker) key(km tea.KeyMsg) tea.Cmd {
	fk := p.ctx.Keys.Files
	if !p.inList {
		switch {
		case key.Matches(km, fk.Accept):
			if p.input.Value() == "" {
				return nil
			}
			path := p.Path()
			if info, err := os.Stat(path); err == nil && info.IsDir() {
				// A folder: show it, and for a save keep the name.
				p.followFolder(path)
				return p.goTo(path)
			}
			p.chosen = path
			return nil
		case key.Matches(km, fk.Complete):
			return p.complete()
		case key.Matches(km, fk.ToList):
			p.inList = true
			p.input.Blur()
			return nil
		}
		var c tea.Cmd
		p.input, c = p.input.Update(km)
		return c
	}
	switch {
	case key.Matches(km, fk.ToPath):
		p.inList = false
		return p.input.Focus()
	case key.Matches(km, fk.Place) && km.Type == tea.KeyRunes:
		if i := int(km.Runes[0] - '1'); i >= 0 && i < len(p.places) {
			p.followFolder(p.places[i].Path)
			return p.goTo(p.places[i].Path)
		}
		return nil
	case key.Matches(km, fk.Accept) && p.mode == Save:
		// Enter in the list of a save opens a folder; a file's name
		// becomes the name to write (the flow asks before replacing).
		return p.listKey(km)
	case key.Matches(km, fk.Up, fk.Down, fk.Open, fk.Back, fk.PageUp, fk.PageDown, fk.Home, fk.End, fk.Accept):
		return p.listKey(km)
	}
	// Anything else is typing a path.
	p.inList = false
	c := p.input.Focus()
	var c2 tea.Cmd
	p.input, c2 = p.input.Update(km)
	return tea.Batch(c, c2)
}

// listKey gives a key to the list and follows its folder in the path.
func (p *Picker) listKey(km tea.KeyMsg) tea.Cmd {
	var c tea.Cmd
	p.list, c = p.list.Update(km)
	if ok, path := p.list.DidSelectFile(km); ok {
		if p.mode == Save {
			p.name = filepath.Base(path)
			p.followFolder(filepath.Dir(path))
			p.inList = false
			return p.input.Focus()
		}
		p.chosen = path
		return nil
	}
	if p.list.CurrentDirectory != p.dir {
		p.followFolder(p.list.CurrentDirectory)
	}
	return c
}

// followFolder shows folder in the path: the folder itself for an open,
// the folder and the file name for a save.
func (p *Picker) followFolder(folder string) {
	p.dir = folder
	v := folder + string(filepath.Separator)
	if p.mode == Save {
		v = filepath.Join(folder, p.name)
	}
	p.input.SetValue(v)
	p.input.CursorEnd()
}

// goTo shows another folder in the list.
func (p *Picker) goTo(folder string) tea.Cmd {
	p.list.CurrentDirectory = folder
	p.dir = folder
	return p.list.Init()
}

// complete finishes the typed path as far as the folder's names agree,
// off the UI goroutine; a folder completed in full gets its separator and
// is shown in the list.
func (p *Picker) complete() tea.Cmd {
	typed, id := p.input.Value(), p.id
	full := p.Path()
	if strings.HasSuffix(typed, string(filepath.Separator)) {
		full += string(filepath.Separator)
	}
	return func() tea.Msg {
		dir, prefix := filepath.Split(full)
		entries, err := os.ReadDir(dir)
		if err != nil {
			return nil
		}
		var names []string
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), prefix) && !strings.HasPrefix(e.Name(), ".") {
				n := e.Name()
				if e.IsDir() {
					n += string(filepath.Separator)
				}
				names = append(names, n)
			}
		}
		if len(names) == 0 {
			return nil
		}
		common := names[0]
		for _, n := range names[1:] {
			for !strings.HasPrefix(n, common) {
				_, size := lastRune(common)
				common = common[:len(common)-size]
			}
		}
		value := filepath.Join(dir, common)
		if strings.HasSuffix(common, string(filepath.Separator)) {
			value += string(filepath.Separator)
		}
		show := dir
		if len(names) == 1 && strings.HasSuffix(common, string(filepath.Separator)) {
			show = filepath.Join(dir, common)
		}
		return completedMsg{id: id, value: value, dir: filepath.Clean(show)}
	}
}

// lastRune is the last character of s and its length in bytes.
func lastRune(s string) (rune, int) {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i]&0xC0 != 0x80 {
			return []rune(s[i:])[0], len(s) - i
		}
	}
	return 0, len(s)
}

// View draws the path, the places and the list.
func (p *Picker) View() string {
	st := p.ctx.Styles
	var b strings.Builder
	b.WriteString(p.input.View() + "\n")
	b.WriteString(p.placesLine() + "\n")
	b.WriteString(st.Faint.Render(width.Fit(p.ctx.T("filepick.hint"), max(10, p.width-2))) + "\n")
	list := p.list.View()
	if !p.inList {
		list = st.Faint.Render(list)
	}
	b.WriteString(strings.TrimRight(list, "\n"))
	return b.String()
}

// placesLine is "1 桌面  2 文档  3 主文件夹  4 U 盘 KINGSTON", as much as
// fits.
func (p *Picker) placesLine() string {
	st := p.ctx.Styles
	line := p.ctx.T("filepick.places")
	if len(p.places) == 0 {
		return st.Faint.Render(line + p.ctx.T("filepick.no_places"))
	}
	for i, pl := range p.places {
		if i >= 9 {
			break
		}
		item := string(rune('1'+i)) + " " + p.placeName(pl)
		if width.Cells(line+"  "+item) > p.width-1 {
			break
		}
		line += "  " + item
	}
	return line
}

func (p *Picker) placeName(pl app.Place) string {
	switch pl.Kind {
	case app.PlaceDesktop:
		return p.ctx.T("filepick.desktop")
	case app.PlaceDocuments:
		return p.ctx.T("filepick.documents")
	case app.PlaceHome:
		return p.ctx.T("filepick.home")
	}
	return p.ctx.T("filepick.drive", pl.Name)
}

// ShortHelp lists the keys that work now.
func (p *Picker) ShortHelp() []key.Binding {
	fk := p.ctx.Keys.Files
	if p.inList {
		open := fk.Accept
		if p.mode == Save {
			open = fk.Open
		}
		return []key.Binding{open, fk.Back, fk.Place, fk.ToPath}
	}
	return []key.Binding{fk.Accept, fk.Complete, fk.ToList}
}

// FullHelp is the same.
func (p *Picker) FullHelp() [][]key.Binding { return [][]key.Binding{p.ShortHelp()} }
