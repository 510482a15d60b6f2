package allaboard_test

import (
	"errors"
	"testing"
	"time"

	"allaboard"
)

// Titles and places are one line with no control characters, so none can
// fake a line of the card or turn what follows it around; notes keep their
// line breaks. Text with nothing visible left is empty.
func TestTextFieldsAreCleaned(t *testing.T) {
	host := allaboard.User{ID: 1, FirstName: "Ann"}
	now := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name  string
		field allaboard.Field
		typed string
		want  string
		err   error
	}{
		{"newline in a title", allaboard.FieldTitle, "Picnic\n🕒 Sun 14:00", "Picnic 🕒 Sun 14:00", nil},
		{"line separators in a title", allaboard.FieldTitle, "Picnic\r\n\u2028\u2029\u0085\v\f🕒 Sun", "Picnic 🕒 Sun", nil},
		{"bidi override in a place", allaboard.FieldWhere, "Park\u202e00:41 nuS", "Park00:41 nuS", nil},
		{"isolates, marks and zero-width", allaboard.FieldWhere, "\ufeff\u2066Ca\u200bfé\u2069\u200e\u200f\u202a\u202c\u00ad", "Café", nil},
		{"tabs and runs of spaces", allaboard.FieldTitle, "Bake\t\tsale   today", "Bake sale today", nil},
		{"emoji joiners stay", allaboard.FieldTitle, "👨\u200d👩\u200d👧 picnic", "👨\u200d👩\u200d👧 picnic", nil},
		{"notes keep lines", allaboard.FieldNotes, "Bring:\r\n- cake\u2028- socks\u202e", "Bring:\n- cake\n- socks", nil},
		{"nothing visible in a title", allaboard.FieldTitle, "\u202e\u200b\n\u200d\u3164", "", allaboard.ErrEmpty},
		{"nothing visible in notes", allaboard.FieldNotes, "\u200b\n\ufeff", "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, _, err := allaboard.NewEvent(-5, 1, host, "Party", now.Add(48*time.Hour), "Park", "a note", now)
			if err != nil {
				t.Fatal(err)
			}
			_, err = e.SetText(host, now, tc.field, tc.typed)
			if tc.err != nil {
				if !errors.Is(err, tc.err) {
					t.Fatalf("SetText(%q) = %v, want %v", tc.typed, err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := map[allaboard.Field]string{allaboard.FieldTitle: e.Title, allaboard.FieldWhere: e.Where, allaboard.FieldNotes: e.Notes}[tc.field]
			if got != tc.want {
				t.Errorf("SetText(%q) keeps %q, want %q", tc.typed, got, tc.want)
			}
			if _, err := allaboard.CheckAnswer(tc.field, tc.typed); err != nil {
				t.Errorf("CheckAnswer(%q) = %v; SetText took it", tc.typed, err)
			}
		})
	}
}
