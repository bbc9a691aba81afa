package forms

import (
	"fmt"

	"github.com/charmbracelet/huh"

	"secretary/app"
	"secretary/internal/i18n"
	"secretary/model"
	"secretary/tui/common"
)

// SettingsDraft edits the ledger's settings: the names that head every
// printout.
type SettingsDraft struct {
	rec       model.Settings
	GroupName string
	School    string
	Secretary string
	Today     bool // the today panel opens with the program
	// The group's founding or adjustment document.
	FoundingNo    string
	FoundingDate  string
	FoundingTitle string
}

// NewSettingsDraft starts from the stored settings.
func NewSettingsDraft(s model.Settings) *SettingsDraft {
	return &SettingsDraft{rec: s, GroupName: s.GroupName, School: s.School, Secretary: s.Secretary, Today: !s.NoTodayPanel,
		FoundingNo: s.FoundingNo, FoundingDate: dateText(s.FoundingDate), FoundingTitle: s.FoundingTitle}
}

// Heading is the form's title.
func (d *SettingsDraft) Heading(ctx *common.Context) string { return ctx.T("form.settings") }

// Snapshot is the draft's content.
func (d *SettingsDraft) Snapshot() string {
	return fmt.Sprint(d.GroupName, d.School, d.Secretary, d.Today, d.FoundingNo, d.FoundingDate, d.FoundingTitle)
}

// Groups builds the fields.
func (d *SettingsDraft) Groups(ctx *common.Context) []*huh.Group {
	in := func(key string, v *string) *input { return lineInput(ctx, ctx.T(i18n.Key(key)), v) }
	return []*huh.Group{group(
		in("settings.group", &d.GroupName).Description(ctx.T("settings.group_hint")),
		in("settings.school", &d.School),
		in("settings.secretary", &d.Secretary),
		keepLabel(ctx, newSelect[bool]().Title(ctx.T("settings.today_panel")).Inline(true).
			Options(huh.NewOption(ctx.L(model.LabelOn), true), huh.NewOption(ctx.L(model.LabelOff), false)).
			Value(&d.Today).Description(ctx.T("settings.today_panel_hint")), ctx.T("settings.today_panel")),
		in("settings.founding_no", &d.FoundingNo).Description(ctx.T("settings.founding_hint")),
		dateInput(ctx, "settings.founding_date", &d.FoundingDate, false),
		in("settings.founding_title", &d.FoundingTitle),
	).Description(ctx.T("settings.hint"))}
}

// Settings is the edited settings, dates read against today.
func (d *SettingsDraft) Settings(today model.Date) model.Settings {
	s := d.rec
	s.GroupName, s.School, s.Secretary, s.NoTodayPanel = d.GroupName, d.School, d.Secretary, !d.Today
	s.FoundingNo, s.FoundingTitle = d.FoundingNo, d.FoundingTitle
	// The field refuses a date it cannot read, so what reaches here parses.
	s.FoundingDate, _ = model.ParseDate(d.FoundingDate, today)
	return s
}

// Record is not used: settings are not a record (see Commit).
func (d *SettingsDraft) Record(*common.Context) (model.MutableRecord, error) { return nil, nil }

// Commit is the settings' write: one undoable step.
func (d *SettingsDraft) Commit(ctx *common.Context) func(*app.Service) (app.Result, error) {
	s := d.Settings(model.Today(ctx.Clock))
	return func(a *app.Service) (app.Result, error) { return a.SaveSettings(s) }
}
