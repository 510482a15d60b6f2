package allaboard

import "time"

// Field is a part of an event that can change.
type Field string

// The fields of an event.
const (
	FieldTitle  Field = "title"
	FieldWhen   Field = "when"
	FieldWhere  Field = "where"
	FieldNotes  Field = "notes"
	FieldStatus Field = "status" // "on" or "cancelled"
	FieldEnd    Field = "end"    // the end time, "" for none
	FieldText   Field = "text"   // a notice's text, kept as its Title
	// FieldMinor marks a change of a notice's text as a typo fix: New is the
	// number of the revision it marks (see Event.MarkMinor).
	FieldMinor Field = "minor"
)

// Material reports whether a change of this field means everyone must
// confirm again: time, place, cancellation and a notice's text do; title
// and notes do not.
func (f Field) Material() bool {
	return f == FieldWhen || f == FieldEnd || f == FieldWhere || f == FieldStatus || f == FieldText
}

// Change is one field's old and new value. Times are in RFC 3339.
type Change struct {
	Field Field  `json:"field"`
	Old   string `json:"old,omitempty"`
	New   string `json:"new"`
}

// Revision is one version of an event: who changed what, and when.
type Revision struct {
	N        int       `json:"n"`
	By       int64     `json:"by"`
	ByName   string    `json:"by_name"`
	At       time.Time `json:"at"`
	Changes  []Change  `json:"changes"`
	Material bool      `json:"material"`
}

// formatWhen is how a time is kept in a Change.
func formatWhen(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// formatEnd is how an end time is kept in a Change: "" for none.
func formatEnd(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return formatWhen(t)
}

// ParseChangeTime reads a time kept in a Change.
func ParseChangeTime(s string) (time.Time, error) { return time.Parse(time.RFC3339, s) }

// AsOf is the event as it stood after revision n, replayed from its
// revisions (oldest first): what a card of that version showed.
func (e Event) AsOf(revs []Revision, n int) Event {
	v := Event{Kind: e.Kind, Group: e.Group, Num: e.Num, Host: e.Host, CoHosts: e.CoHosts, Guests: e.Guests, Created: e.Created, Kept: e.Kept}
	for _, r := range revs {
		if r.N > n {
			break
		}
		v.Rev = r.N
		if r.Material {
			v.Material, v.MaterialAt = r.N, r.At
		}
		for _, c := range r.Changes {
			switch c.Field {
			case FieldTitle, FieldText:
				v.Title = c.New
			case FieldWhere:
				v.Where = c.New
			case FieldNotes:
				v.Notes = c.New
			case FieldStatus:
				v.Cancelled = c.New == "cancelled"
			case FieldWhen:
				if c.New == "" {
					v.When = time.Time{} // a notice no longer about a day
				} else if t, err := ParseChangeTime(c.New); err == nil {
					v.When = t
				}
			case FieldEnd:
				v.End, _ = ParseChangeTime(c.New) // zero for none
			}
		}
	}
	return v
}

// MaterialRevs are the numbers of the material revisions among revs: the
// versions that each had a card of their own.
func MaterialRevs(revs []Revision) []int {
	var out []int
	for _, r := range revs {
		if r.Material {
			out = append(out, r.N)
		}
	}
	return out
}
