// Package keys holds every key the program answers to, as structs of
// key.Binding per area (pug's habit): global keys, moving, the table
// screen, forms, questions, each tab's own actions, the summary, the
// file flows and the help page. Help is generated from these structs, and
// no code compares a key's raw string: it asks key.Matches of a binding
// from here. Help texts are in the UI language; a language switch builds
// a new Map.
package keys

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"

	"secretary/internal/i18n"
)

// Map is every area's keys.
type Map struct {
	Global      Global
	Nav         Nav
	Browse      Browse
	Filter      Filter
	Form        Form
	Confirm     Confirm
	Prompt      Prompt
	Flow        Flow
	Files       Files
	Pager       Pager
	Plans       Plans
	Today       Today
	Owners      Owners
	Activities  Activities
	Assessments Assessments
	Summary     Summary
	Meetings    Meetings
	Evidence    Evidence
}

// Global keys work on every screen that is not taking typed input.
type Global struct {
	NextTab, PrevTab key.Binding
	// Tabs jump to a tab by its number, in bar order.
	Tabs       []key.Binding
	Undo, Redo key.Binding
	Export     key.Binding
	Import     key.Binding
	Settings   key.Binding
	Language   key.Binding
	Help       key.Binding
	Quit       key.Binding
	ForceQuit  key.Binding // ctrl+c: quits from anywhere, even a form
	Today      key.Binding // T: the today panel again
}

// Nav moves in a list or scrolls a page.
type Nav struct {
	Up, Down, Top, Bottom, PageUp, PageDown key.Binding
}

// Browse are the table screen's keys.
type Browse struct {
	Open, Back        key.Binding
	New, Edit, Delete key.Binding
	Filter, Quick     key.Binding
	Sort, SortReverse key.Binding
	History           key.Binding
	// Print prints the list as filtered on screen (a wall list: PDF or
	// the printer).
	Print key.Binding
}

// Filter are the keys while the filter is typed.
type Filter struct {
	Keep, Clear key.Binding
}

// Form are a form's own keys (huh's field keys are in Huh).
type Form struct {
	Save, Cancel, Next, Prev key.Binding
	// Clear empties the one-line field with the focus. Its help also
	// says that typing replaces a field's value (see forms.input).
	Clear key.Binding
}

// Confirm answers a yes/no question.
type Confirm struct {
	Yes, No key.Binding
}

// Prompt answers a one-line question (a file name).
type Prompt struct {
	Accept, Cancel key.Binding
}

// Flow are the export and import flows' keys.
type Flow struct {
	Accept  key.Binding // enter
	Cancel  key.Binding // esc
	Import  key.Binding // y on a spreadsheet preview
	Replace key.Binding // y on a snapshot preview
	Decline key.Binding // n, esc or q on a preview
	Close   key.Binding // enter or esc on the result
	Scroll  key.Binding // help only: the arrows scroll a preview
	// Move is the arrows (and ctrl+p/ctrl+n) in a list with a filter
	// line, where letters are typed, not keys (the person picker).
	Move key.Binding
	// Later is esc on the welcome page: not now.
	Later key.Binding
	// ChooseDigits are 1…9, each picking a menu entry.
	ChooseDigits []key.Binding
	chooseDesc   string
}

// Files are the file picker's keys (x and i): a list of the folder's
// files and the path as text.
type Files struct {
	Accept                                key.Binding // enter: take the file (or open the folder)
	Complete                              key.Binding // tab in the path: complete it
	ToList                                key.Binding // down in the path: to the list
	ToPath                                key.Binding // tab in the list: to the path
	Open                                  key.Binding // right: into the folder
	Back                                  key.Binding // left: the folder above
	Place                                 key.Binding // 1-9: a place (desktop, documents, a USB stick)
	Up, Down, PageUp, PageDown, Home, End key.Binding
}

// Pager scrolls a page of text (help, history) and closes it.
type Pager struct {
	Close key.Binding
}

// Plans are the Plans tab's own keys: a task under a plan; the lists of
// plans and obligations (o), the required work's coverage (c) with its
// school years ([ ]), and the new school year (N).
type Plans struct {
	AddTask            key.Binding
	Toggle, Coverage   key.Binding
	PrevYear, NextYear key.Binding
	NewYear            key.Binding
}

// Today are the today panel's keys.
type Today struct {
	Open, Close key.Binding
}

// Owners are the Task owners tab's own keys.
type Owners struct {
	Toggle, Slip key.Binding
	Reassign     key.Binding // R on a person: hand their open work to another
}

// Meetings are the Meetings tab's own keys.
type Meetings struct {
	Toggle      key.Binding // meetings / decisions
	AddDecision key.Binding // D: a decision for the meeting under the cursor (a attaches evidence, as on every list)
	Minutes     key.Binding // P: the minutes, printed through the Summary tab
	Pack        key.Binding // K: the meeting pack
	ToTask      key.Binding // t: turn a decision into a task
	Link        key.Binding // b: bind a decision to an existing task (l links to indicators, as on every list)
}

// Activities are the Activities tab's own keys.
type Activities struct {
	Held, Cancel key.Binding
}

// Assessments are the Assessments tab's own keys.
type Assessments struct {
	Toggle, AddRect, CloseRect key.Binding
}

// Evidence are inspection readiness's keys: a and l on every list, and
// the evidence view's own (score, printouts, rubrics, all items), the
// indicator checklist's and the printouts page's.
type Evidence struct {
	Attach, Link            key.Binding // a, l: on any record
	Score, Printouts, Items key.Binding // v, p, m on the evidence view
	Rubrics                 key.Binding // R: the rubrics menu
	Sample                  key.Binding // s in the rubrics menu: load the sample
	Toggle                  key.Binding // space: tick an indicator
	Other                   key.Binding // tab: the other printout
	Write, Print, Pack      key.Binding // w, P, z on the printouts page
}

// Summary are the Summary tab's own keys.
type Summary struct {
	Prev, Next, Kind, Write, Print, Back key.Binding
	Internal                             key.Binding // i on an internal meeting's minutes: show its notes
}

// New builds the key map with help in the translator's language. tabs
// names each tab's help text, in bar order; digits 1… jump to them.
func New(tr *i18n.Translator, tabs []i18n.Key) *Map {
	b := func(keys []string, helpKey, descKey i18n.Key) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(tr.T(helpKey), tr.T(descKey)))
	}
	k := &Map{
		Global: Global{
			NextTab:   b([]string{"tab"}, "key.tab", "help.next_tab"),
			PrevTab:   b([]string{"shift+tab"}, "key.shift_tab", "help.prev_tab"),
			Undo:      b([]string{"u"}, "key.u", "help.undo"),
			Redo:      b([]string{"ctrl+r"}, "key.ctrl_r", "help.redo"),
			Export:    b([]string{"x"}, "key.x", "help.export"),
			Import:    b([]string{"i"}, "key.i", "help.import_file"),
			Settings:  b([]string{","}, "key.comma", "help.settings"),
			Language:  b([]string{"L"}, "key.L", "help.language"),
			Help:      b([]string{"?"}, "key.question", "help.help"),
			Quit:      b([]string{"q"}, "key.q", "help.quit"),
			ForceQuit: b([]string{"ctrl+c"}, "key.ctrl_c", "help.quit"),
			Today:     b([]string{"T"}, "key.T", "help.today"),
		},
		Nav: Nav{
			Up:       b([]string{"k", "up"}, "key.up", "help.up"),
			Down:     b([]string{"j", "down"}, "key.down", "help.down"),
			Top:      b([]string{"g", "home"}, "key.g", "help.top"),
			Bottom:   b([]string{"G", "end"}, "key.G", "help.bottom"),
			PageUp:   b([]string{"pgup", "ctrl+b"}, "key.pgup", "help.page_up"),
			PageDown: b([]string{"pgdown", "ctrl+f"}, "key.pgdn", "help.page_down"),
		},
		Browse: Browse{
			Open:        b([]string{"enter"}, "key.enter", "help.open"),
			Back:        b([]string{"esc"}, "key.esc", "help.back"),
			New:         b([]string{"n"}, "key.n", "help.new"),
			Edit:        b([]string{"e"}, "key.e", "help.edit"),
			Delete:      b([]string{"d"}, "key.d", "help.delete"),
			Filter:      b([]string{"/"}, "key.slash", "help.filter"),
			Quick:       b([]string{"f"}, "key.f", "help.quick"),
			Sort:        b([]string{"s"}, "key.s", "help.sort"),
			SortReverse: b([]string{"S"}, "key.S", "help.sort_reverse"),
			History:     b([]string{"H"}, "key.H", "help.history"),
			Print:       b([]string{"P"}, "key.P", "help.print_list"),
		},
		Filter: Filter{
			Keep:  b([]string{"enter"}, "key.enter", "help.keep_filter"),
			Clear: b([]string{"esc"}, "key.esc", "help.clear_filter"),
		},
		Form: Form{
			Save:   b([]string{"ctrl+s"}, "key.ctrl_s", "help.save"),
			Cancel: b([]string{"esc"}, "key.esc", "help.cancel"),
			Next:   b([]string{"tab"}, "key.tab_enter", "form.key.next"),
			Prev:   b([]string{"shift+tab"}, "key.shift_tab", "form.key.prev"),
			Clear:  b([]string{"ctrl+u"}, "key.ctrl_u", "help.clear_field"),
		},
		Confirm: Confirm{
			Yes: b([]string{"y", "Y"}, "key.y", "help.confirm"),
			No:  b([]string{"n", "N", "esc"}, "key.n_esc", "help.cancel"),
		},
		Prompt: Prompt{
			Accept: b([]string{"enter"}, "key.enter", "help.write"),
			Cancel: b([]string{"esc"}, "key.esc", "help.cancel"),
		},
		Flow: Flow{
			Accept:  b([]string{"enter"}, "key.enter", "help.confirm"),
			Cancel:  b([]string{"esc"}, "key.esc", "help.cancel"),
			Import:  b([]string{"y"}, "key.y", "help.import"),
			Replace: b([]string{"y"}, "key.y", "help.replace"),
			Decline: b([]string{"n", "esc", "q"}, "key.n_esc", "help.cancel"),
			Close:   b([]string{"enter", "esc"}, "key.enter", "help.close"),
			Scroll:  b([]string{"up", "down"}, "key.arrows", "help.scroll"),
			Move:    b([]string{"up", "down", "ctrl+p", "ctrl+n"}, "key.arrows", "picker.key.move"),
			Later:   b([]string{"esc"}, "key.esc", "welcome.key_later"),
		},
		Files: Files{
			Accept:   b([]string{"enter"}, "key.enter", "filepick.key.accept"),
			Complete: b([]string{"tab"}, "key.tab", "filepick.key.complete"),
			ToList:   b([]string{"down"}, "key.down_arrow", "filepick.key.to_list"),
			ToPath:   b([]string{"tab"}, "key.tab", "filepick.key.to_path"),
			Open:     b([]string{"right"}, "key.right_arrow", "filepick.key.open"),
			Back:     b([]string{"left", "backspace"}, "key.left_arrow", "filepick.key.back"),
			Place:    b([]string{"1", "2", "3", "4", "5", "6", "7", "8", "9"}, "key.digits", "filepick.key.place"),
			Up:       key.NewBinding(key.WithKeys("up", "ctrl+p")),
			Down:     key.NewBinding(key.WithKeys("down", "ctrl+n")),
			PageUp:   key.NewBinding(key.WithKeys("pgup")),
			PageDown: key.NewBinding(key.WithKeys("pgdown")),
			Home:     key.NewBinding(key.WithKeys("home")),
			End:      key.NewBinding(key.WithKeys("end")),
		},
		Pager: Pager{
			Close: b([]string{"esc", "q"}, "key.esc", "help.back"),
		},
		Plans: Plans{
			AddTask:  b([]string{"t"}, "key.t", "help.add_task"),
			Toggle:   b([]string{"o"}, "key.o", "help.plans_toggle"),
			Coverage: b([]string{"c"}, "key.c", "help.coverage"),
			PrevYear: b([]string{"["}, "key.lbracket", "help.year_prev"),
			NextYear: b([]string{"]"}, "key.rbracket", "help.year_next"),
			NewYear:  b([]string{"N"}, "key.N", "help.new_year"),
		},
		Today: Today{
			Open:  b([]string{"enter"}, "key.enter", "help.today_open"),
			Close: b([]string{"esc", "q"}, "key.esc", "help.close"),
		},
		Owners: Owners{
			Toggle:   b([]string{"o"}, "key.o", "help.toggle_view"),
			Slip:     b([]string{"p"}, "key.p", "help.slip"),
			Reassign: b([]string{"R"}, "key.R", "help.reassign"),
		},
		Meetings: Meetings{
			Toggle:      b([]string{"o"}, "key.o", "help.toggle_decisions"),
			AddDecision: b([]string{"D"}, "key.D", "help.add_decision"),
			Minutes:     b([]string{"P"}, "key.P", "help.minutes"),
			Pack:        b([]string{"K"}, "key.K", "help.pack"),
			ToTask:      b([]string{"t"}, "key.t", "help.to_task"),
			Link:        b([]string{"b"}, "key.b", "help.link_task"),
		},
		Activities: Activities{
			Held:   b([]string{"h"}, "key.h", "help.mark_held"),
			Cancel: b([]string{"c"}, "key.c", "help.cancel_activity"),
		},
		Assessments: Assessments{
			Toggle:    b([]string{"o"}, "key.o", "help.toggle_lists"),
			AddRect:   b([]string{"r"}, "key.r", "help.add_rect"),
			CloseRect: b([]string{"x"}, "key.x", "help.close_rect"),
		},
		Evidence: Evidence{
			Attach:    b([]string{"a"}, "key.a", "help.evidence.attach"),
			Link:      b([]string{"l"}, "key.l", "help.evidence.link"),
			Score:     b([]string{"v"}, "key.v", "help.evidence.score"),
			Printouts: b([]string{"p"}, "key.p", "help.evidence.printouts"),
			Items:     b([]string{"m"}, "key.m", "help.evidence.items"),
			Rubrics:   b([]string{"R"}, "key.R", "help.evidence.rubrics"),
			Sample:    b([]string{"s"}, "key.s", "help.evidence.sample"),
			Toggle:    b([]string{" ", "space"}, "key.space", "help.evidence.toggle"),
			Other:     b([]string{"tab"}, "key.tab", "help.evidence.other"),
			Write:     b([]string{"w"}, "key.w", "help.write"),
			Print:     b([]string{"P"}, "key.P", "help.print"),
			Pack:      b([]string{"z"}, "key.z", "help.evidence.pack"),
		},
		Summary: Summary{
			Prev:     b([]string{"["}, "key.lbracket", "help.period_prev"),
			Next:     b([]string{"]"}, "key.rbracket", "help.period_next"),
			Kind:     b([]string{"f"}, "key.f", "help.period_kind"),
			Write:    b([]string{"w"}, "key.w", "help.write"),
			Print:    b([]string{"P"}, "key.P", "help.print"),
			Back:     b([]string{"esc"}, "key.esc", "help.back"),
			Internal: b([]string{"i"}, "key.i", "help.internal"),
		},
	}
	digits := []string{"1", "2", "3", "4", "5", "6", "7", "8", "9"}
	for i, name := range tabs {
		if i >= len(digits) {
			break
		}
		k.Global.Tabs = append(k.Global.Tabs, key.NewBinding(key.WithKeys(digits[i]), key.WithHelp(digits[i], tr.T(name))))
	}
	for _, d := range digits {
		k.Flow.ChooseDigits = append(k.Flow.ChooseDigits, key.NewBinding(key.WithKeys(d)))
	}
	k.Flow.chooseDesc = tr.T("help.choose")
	return k
}

// Choose is the help of a menu of n entries: "1-n 选择".
func (f Flow) Choose(n int) key.Binding {
	n = min(n, len(f.ChooseDigits))
	return key.NewBinding(key.WithKeys("1"), key.WithHelp(fmt.Sprintf("1-%d", n), f.chooseDesc))
}

// Digit is which of ChooseDigits the key is (0 for "1"), or -1.
func (f Flow) Digit(msg keyMsg) int {
	for i, b := range f.ChooseDigits {
		if key.Matches(msg, b) {
			return i
		}
	}
	return -1
}

// keyMsg is what key.Matches accepts: a message that names its key.
type keyMsg interface{ String() string }

// Tab is which tab's number the key is (0 for "1"), or -1.
func (g Global) Tab(msg keyMsg) int {
	for i, b := range g.Tabs {
		if key.Matches(msg, b) {
			return i
		}
	}
	return -1
}

// ShortHelp is the global keys the help line always ends with.
func (g Global) ShortHelp() []key.Binding {
	return []key.Binding{g.NextTab, g.Undo, g.Redo, g.Language, g.Help, g.Quit}
}

// FullHelp is every global key, in columns.
func (g Global) FullHelp() [][]key.Binding {
	tabs := append([]key.Binding{g.NextTab, g.PrevTab}, g.Tabs...)
	return [][]key.Binding{tabs, {g.Undo, g.Redo, g.Export, g.Import, g.Settings}, {g.Today, g.Language, g.Help, g.Quit}}
}

// Bindings lists the moving keys.
func (n Nav) Bindings() []key.Binding {
	return []key.Binding{n.Up, n.Down, n.Top, n.Bottom, n.PageUp, n.PageDown}
}

// ShortHelp is a form's help line beside huh's own.
func (f Form) ShortHelp() []key.Binding {
	return []key.Binding{f.Save, f.Cancel, f.Clear, f.Next, f.Prev}
}

// ShortHelp is a question's help.
func (c Confirm) ShortHelp() []key.Binding { return []key.Binding{c.Yes, c.No} }

// ShortHelp is a prompt's help.
func (p Prompt) ShortHelp() []key.Binding { return []key.Binding{p.Accept, p.Cancel} }
