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
}

// NewSettingsDraft starts from the stored settings.
func NewSettingsDraft(s model.Settings) *SettingsDraft {
	return &SettingsDraft{rec: s, GroupName: s.GroupName, School: s.School, Secretary: s.Secretary}
}

// Heading is the form's title.
func (d *SettingsDraft) Heading(ctx *common.Context) string { return ctx.T("form.settings") }

// Snapshot is the draft's content.
func (d *SettingsDraft) Snapshot() string { return fmt.Sprint(d.GroupName, d.School, d.Secretary) }

// Groups builds the fields.
func (d *SettingsDraft) Groups(ctx *common.Context) []*huh.Group {
	in := func(key string, v *string) *input { return lineInput(ctx, ctx.T(i18n.Key(key)), v) }
	return []*huh.Group{huh.NewGroup(
		in("settings.group", &d.GroupName).Description(ctx.T("settings.group_hint")),
		in("settings.school", &d.School),
		in("settings.secretary", &d.Secretary),
	).Description(ctx.T("settings.hint"))}
}

// Settings is the edited settings.
func (d *SettingsDraft) Settings() model.Settings {
	s := d.rec
	s.GroupName, s.School, s.Secretary = d.GroupName, d.School, d.Secretary
	return s
}

// Record is not used: settings are not a record (see Commit).
func (d *SettingsDraft) Record(*common.Context) (model.MutableRecord, error) { return nil, nil }

// Commit is the settings' write: one undoable step.
func (d *SettingsDraft) Commit(*common.Context) func(*app.Service) (app.Result, error) {
	s := d.Settings()
	return func(a *app.Service) (app.Result, error) { return a.SaveSettings(s) }
}
