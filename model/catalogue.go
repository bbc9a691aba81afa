package model

// Catalogue is the binder catalogue (档案盒目录): every indicator of the
// rubric in tree order, and under each the evidence filed for it,
// numbered A1.B2-01, A1.B2-02 … An item filed for several indicators is
// listed under each, and says where it was first listed, so a binder
// holds one copy and points to it.
type Catalogue struct {
	Coverage *EvidenceCoverage
	Sections []CatalogueSection
	Items    int // distinct items listed
}

// CatalogueSection is one indicator and its entries.
type CatalogueSection struct {
	Row     *CoverageRow
	Entries []CatalogueEntry
}

// CatalogueEntry is one numbered item.
type CatalogueEntry struct {
	No     string // A1.B2-03
	Item   *Evidence
	SameAs string // the number the item was first listed under, when this is a repeat
}

// BuildCatalogue numbers the coverage's evidence.
func BuildCatalogue(c *EvidenceCoverage) *Catalogue {
	cat := &Catalogue{Coverage: c}
	first := map[ID]string{}
	for i := range c.Rows {
		r := &c.Rows[i]
		sec := CatalogueSection{Row: r}
		for n, e := range r.Items {
			en := CatalogueEntry{No: CatalogueNo(r.Indicator.Code, n+1), Item: e}
			if no, ok := first[e.ID]; ok {
				en.SameAs = no
			} else {
				first[e.ID] = en.No
			}
			sec.Entries = append(sec.Entries, en)
		}
		cat.Sections = append(cat.Sections, sec)
	}
	cat.Items = len(first)
	return cat
}

// FirstNumbers maps each listed item to the number it was first listed
// under: the name its file gets in the pack.
func (c *Catalogue) FirstNumbers() map[ID]string {
	out := map[ID]string{}
	for _, s := range c.Sections {
		for _, e := range s.Entries {
			if e.SameAs == "" {
				out[e.Item.ID] = e.No
			}
		}
	}
	return out
}
