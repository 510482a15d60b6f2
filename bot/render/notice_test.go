package render

import (
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/lang"
)

// A mention of a notice carries its whole text, so it names the notice by
// its number: its name, a clip of that text, would make a parent read the
// same sentence twice.
func TestANoticeMentionSaysItsTextOnce(t *testing.T) {
	text := "School is closed on Monday for a heating repair. Please arrange care."
	e := allaboard.Event{Kind: allaboard.KindNotice, Group: -100, Num: 2, Title: text}
	got := ChaseMention{Lang: lang.English, Names: []string{"Emil"}, Event: e, Loc: time.UTC}.HTML()
	if n := strings.Count(got, "School is closed"); n != 1 {
		t.Errorf("the mention says the notice %d times:\n%s", n, got)
	}
	if !strings.Contains(got, "please confirm 📣 <b>Notice</b> (#2)") {
		t.Errorf("the mention doesn't name the notice by its number:\n%s", got)
	}
}

// The status card's cancel button says what it cancels: a host reading
// "Cancel the event" under a notice or a to-do would doubt what it does.
func TestTheCancelButtonNamesWhatItCancels(t *testing.T) {
	for kind, want := range map[allaboard.Kind]string{
		allaboard.KindEvent: "✖️ Cancel the event", allaboard.KindNotice: "✖️ Withdraw notice", allaboard.KindTodo: "✖️ Cancel the to-do",
	} {
		rows := StatusButtons(lang.English, false, true, StatusActions{Cancel: "c", Kind: kind})
		if got := rows[len(rows)-1][1].Text; got != want {
			t.Errorf("a %q's cancel button says %q, want %q", kind, got, want)
		}
	}
}
