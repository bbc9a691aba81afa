package sheet

import (
	"strconv"

	"secretary/model"
)

// A row without a code adds a record. When the ledger already has a
// record the row describes — the same file imported a second time, or a
// list typed again by hand — adding it would count the work twice in
// every summary. Such a row is listed as a likely duplicate and skipped;
// --allow-duplicates imports it anyway. What makes two records the same
// is the tab's own rule (matchBy), so a tab added later declares one line
// and gets the behaviour.

// MsgLikelyDup is a row skipped as a likely duplicate; args: the ledger
// record's code and name.
const MsgLikelyDup = "sheet.likely_dup"

// MsgRenamed is a coded row with another title; args: code, the ledger's
// title, the file's.
const MsgRenamed = "sheet.renamed"

// matchBy declares how the tab recognises a record a row without a code
// duplicates: two records with the same key are the same.
func (t *tabDef) matchBy(key func(r model.Record) string) *tabDef {
	t.match = key
	return t
}

// taskMatch: the same title, owner and due date.
func taskMatch(r model.Record) string {
	t := r.(*model.Task)
	return nameKey(t.Title) + "\x00" + strconv.Itoa(int(t.OwnerID)) + "\x00" + strconv.Itoa(int(t.Due))
}

// activityMatch: the same title on the same day.
func activityMatch(r model.Record) string {
	a := r.(*model.Activity)
	return nameKey(a.Title) + "\x00" + strconv.Itoa(int(a.Date))
}

// ownerMatch: the same name.
func ownerMatch(r model.Record) string { return nameKey(r.(*model.Owner).Name) }

// dropDuplicates sets aside the tab's rows without a code that match a
// record the ledger had before the import, unless duplicates are
// allowed: they are listed in Import.Duplicates and not imported.
func (p *importer) dropDuplicates(e model.Entity) {
	t := tabOf(e)
	if t == nil || t.match == nil || len(p.pend[e]) == 0 {
		return
	}
	var index map[string]model.Record
	kept := p.pend[e][:0]
	for _, pd := range p.pend[e] {
		if pd.coded || pd.before != nil {
			kept = append(kept, pd)
			continue
		}
		if index == nil {
			index = map[string]model.Record{}
			_ = p.l.EachOf(e, func(r model.Record) error {
				if k := t.match(r); index[k] == nil {
					index[k] = r
				}
				return nil
			})
		}
		same := index[t.match(pd.rec)]
		if same == nil {
			kept = append(kept, pd)
			continue
		}
		p.imp.Duplicates = append(p.imp.Duplicates, pd.s.at(pd.row, -1, "", model.M(MsgLikelyDup, model.CodeOf(same), same.DisplayName())))
		if p.opts.AllowDuplicates {
			kept = append(kept, pd)
		}
	}
	p.pend[e] = kept
}
