package render

import (
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/lang"
)

// A member who asked to be forgotten stays in an event's history as
// "a forgotten member": the store keeps no name for them, and records kept
// by older versions, which held these words, read the same.
func TestHistoryNamesAForgottenMember(t *testing.T) {
	at := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	e := allaboard.Event{Group: -100, Num: 1, Title: "Picnic", When: at.AddDate(0, 0, 10), Where: "Park"}
	for _, byName := range []string{"", "(a forgotten member)"} {
		revs := []allaboard.Revision{{N: 1, By: 1, ByName: "Ann", At: at}, {N: 2, By: 0, ByName: byName, At: at,
			Changes: []allaboard.Change{{Field: allaboard.FieldWhere, Old: "Park", New: "Beach"}}}}
		got := History(lang.English, e, revs, time.UTC)
		if !strings.Contains(got, "Ann announced it") || !strings.Contains(got, "(a forgotten member)") {
			t.Errorf("history with a forgotten member kept as %q:\n%s", byName, got)
		}
	}
}
