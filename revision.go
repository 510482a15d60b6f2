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
)

// Material reports whether a change of this field means everyone must
// confirm again: time, place and cancellation do; title and notes do not.
func (f Field) Material() bool {
	return f == FieldWhen || f == FieldWhere || f == FieldStatus
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

// ParseChangeTime reads a time kept in a Change.
func ParseChangeTime(s string) (time.Time, error) { return time.Parse(time.RFC3339, s) }

// ForgottenName stands in an event's history for a member who asked the bot
// to forget them.
const ForgottenName = "(a forgotten member)"

// VersionAt is the time and place an event had at revision n, replayed from
// its revisions (oldest first).
func VersionAt(revs []Revision, n int) (when time.Time, where string) {
	for _, r := range revs {
		if r.N > n {
			break
		}
		for _, c := range r.Changes {
			switch c.Field {
			case FieldWhen:
				if t, err := ParseChangeTime(c.New); err == nil {
					when = t
				}
			case FieldWhere:
				where = c.New
			}
		}
	}
	return when, where
}
