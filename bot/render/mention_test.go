package render

import (
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/lang"
)

// A mention's ✅ confirms the whole version, so the mention shows all of it
// a member new to the event hasn't seen: every line of the notes and the
// whole place; after a change, notes too long for the line of the change
// follow whole.
func TestAMentionShowsAllItsGotItConfirms(t *testing.T) {
	where := "Community hall, " + strings.Repeat("side entrance by the car park, ", 5) + "first floor"
	e := allaboard.Event{Group: -100, Num: 1, Title: "Picnic", When: time.Date(2026, 3, 12, 15, 0, 0, 0, time.UTC),
		End: time.Date(2026, 3, 12, 19, 0, 0, 0, time.UTC), Where: where, Notes: "Please note:\nadults without ID are turned away"}
	m := ChaseMention{Lang: lang.English, Names: []string{"Ann"}, Event: e, Loc: time.UTC}
	got := m.HTML()
	for _, want := range []string{"15:00–19:00", "📍 " + where, "📝 Please note:\nadults without ID are turned away", "Tap ✅ Got it"} {
		if !strings.Contains(got, want) {
			t.Errorf("the mention lacks %q:\n%s", want, got)
		}
	}
	if !m.Whole() {
		t.Errorf("a mention that fits says it isn't whole")
	}

	e.Notes = strings.Repeat("Bring a towel. ", 20) + "ADULTS NEED ID"
	m.Changes = []string{ChangeLine(lang.English, allaboard.Change{Field: allaboard.FieldNotes, Old: "Bring a towel.", New: e.Notes}, time.UTC)}
	m.Event = e
	if got := m.HTML(); !strings.Contains(got, "ADULTS NEED ID") {
		t.Errorf("notes clipped on the line of the change aren't shown whole:\n%s", got)
	}
	m.Changes = []string{"📍 Park → " + Escape(where)} // some it names may not have seen the notes
	if got := m.HTML(); !strings.Contains(got, "ADULTS NEED ID") || strings.Count(got, where) != 1 {
		t.Errorf("a change of place hides the notes, or shows the place twice:\n%s", got)
	}
	e.Notes = "Bring a towel."
	m.Event, m.Changes = e, []string{ChangeLine(lang.English, allaboard.Change{Field: allaboard.FieldNotes, New: e.Notes}, time.UTC)}
	if got := m.HTML(); strings.Count(got, "Bring a towel.") != 1 {
		t.Errorf("notes the line of the change shows whole are shown twice:\n%s", got)
	}
}

// A mention that can't show all its ✅ confirms in one message says where to
// read it, and Whole says so, for its sender to leave the ✅ off; it fits in
// a message.
func TestAMentionTooLongForAMessageSaysWhereToReadIt(t *testing.T) {
	long := strings.Repeat("Lorem ipsum dolor sit amet. ", 150) + "PICK-UP MOVES TO 11:00"
	for name, e := range map[string]allaboard.Event{
		"notice": {Kind: allaboard.KindNotice, Group: -100, Num: 1, Title: long},
		"to-do":  {Kind: allaboard.KindTodo, Group: -100, Num: 1, Title: long, When: time.Date(2026, 3, 6, 12, 0, 0, 0, time.UTC)},
		"event":  {Group: -100, Num: 1, Title: "Picnic", When: time.Date(2026, 3, 12, 15, 0, 0, 0, time.UTC), Where: "Park", Notes: long},
	} {
		m := ChaseMention{Lang: lang.English, Names: []string{"Ann"}, Event: e, Loc: time.UTC}
		got := m.HTML()
		if m.Whole() || strings.Contains(got, "PICK-UP") || !strings.Contains(got, "Too long to show here") ||
			strings.Contains(got, "Tap ") || VisibleLen(got) > MaxMessage {
			t.Errorf("%s: too long, whole %v (%d characters):\n%s", name, m.Whole(), VisibleLen(got), got)
		}
		m.Event.Title, m.Event.Notes = strings.Replace(e.Title, long, long[2000:], 1), strings.Replace(e.Notes, long, long[2000:], 1)
		if got := m.HTML(); !m.Whole() || !strings.Contains(got, "PICK-UP") || strings.Contains(got, "Too long") {
			t.Errorf("%s: one that fits isn't shown whole:\n%s", name, got)
		}
	}
}

// A notice short enough for its name is named by its number in a mention:
// its text follows all the same.
func TestAShortNoticeMentionShowsItsText(t *testing.T) {
	e := allaboard.Event{Kind: allaboard.KindNotice, Group: -100, Num: 2, Title: "No school on Friday"}
	if got := (ChaseMention{Lang: lang.English, Names: []string{"Emil"}, Event: e, Loc: time.UTC}).HTML(); !strings.Contains(got, "No school on Friday") {
		t.Errorf("the mention doesn't show the notice:\n%s", got)
	}
}

// A reminder in the group before an event shows the version its buttons
// confirm: the time with its end, the place, the notes, what changed since
// those it reminds saw; a to-do's, its whole text. One too long says where
// to read it.
func TestAGroupReminderShowsTheVersionItConfirms(t *testing.T) {
	e := allaboard.Event{Group: -100, Num: 1, Title: "Party", When: time.Date(2026, 3, 5, 15, 20, 0, 0, time.UTC),
		End: time.Date(2026, 3, 5, 19, 0, 0, 0, time.UTC), Where: "Jump House", Notes: "Bring ID:\nadults without ID are turned away"}
	soon := "in 2 hours"
	named := GroupReminder{Lang: lang.English, Names: []string{"Una"}, Event: e, Soon: soon, Loc: time.UTC,
		Changes: []string{"🕒 Thu 5 Mar 15:00–17:00 → Thu 5 Mar 15:20–19:00"}}
	if got, want := named.HTML(), "⏰ Una — reminder: <b>Party</b> (#1) starts in 2 hours\n✏️ <b>Changed</b>: 🕒 Thu 5 Mar 15:00–17:00 → Thu 5 Mar 15:20–19:00\n"+
		"📍 Jump House\n📝 Bring ID:\nadults without ID are turned away\nTap ✅ Got it below to confirm you've seen it."; got != want || !named.Whole() {
		t.Errorf("the reminder naming Una:\n%s\nwant\n%s", got, want)
	}
	nobody := GroupReminder{Lang: lang.English, Event: e, Soon: soon, Counts: "✅ 1 of 3 confirmed", Loc: time.UTC}
	if got, want := nobody.HTML(), "⏰ <b>Reminder:</b> <b>Party</b> (#1) starts in 2 hours\n🕒 Thu 5 Mar 2026, 15:20–19:00 UTC\n📍 Jump House\n"+
		"📝 Bring ID:\nadults without ID are turned away\n✅ 1 of 3 confirmed"; got != want || !nobody.Whole() {
		t.Errorf("the reminder naming nobody:\n%s\nwant\n%s", got, want)
	}
	todo := allaboard.Event{Kind: allaboard.KindTodo, Group: -100, Num: 2, Title: "Sign the permission slip and pay 10 EUR for the bus",
		When: time.Date(2026, 3, 6, 12, 0, 0, 0, time.UTC)}
	for _, r := range []GroupReminder{{Lang: lang.English, Names: []string{"Una"}, Event: todo, Loc: time.UTC}, {Lang: lang.English, Event: todo, Counts: "☑️ 1 of 3 done", Loc: time.UTC}} {
		if got := r.HTML(); !strings.Contains(got, "pay 10 EUR for the bus") || !strings.Contains(got, "due by Fri 6 Mar 12:00") || strings.Count(got, "6 Mar") != 1 {
			t.Errorf("the to-do's reminder doesn't show its text whole, or its deadline once:\n%s", got)
		}
	}
	e.Notes = strings.Repeat("Socks on the trampolines. ", 200)
	nobody.Event = e
	if got := nobody.HTML(); nobody.Whole() || !strings.Contains(got, "Too long to show here") || !strings.HasSuffix(got, "\n✅ 1 of 3 confirmed") || VisibleLen(got) > MaxMessage {
		t.Errorf("a reminder too long for a message:\n%s", got)
	}
}
