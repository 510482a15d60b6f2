package app_test

import (
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/app"
)

// The one-line /event takes its parts on separate lines as well as after
// "|", and a range sets an end time that the card shows.
func TestEventOnSeparateLinesWithARange(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	out := k.announce(p, "/event Picnic\nSat 3-5pm\n\nPark\nBring a hat\nand water")
	e := k.event(p.g, 1)
	if want := time.Date(2026, 3, 7, 15, 0, 0, 0, time.UTC); !e.When.Equal(want) || !e.End.Equal(want.Add(2*time.Hour)) {
		t.Fatalf("event at %v until %v, want %v until 17:00", e.When, e.End, want)
	}
	if e.Title != "Picnic" || e.Where != "Park" || e.Notes != "Bring a hat\nand water" {
		t.Fatalf("event %q at %q with notes %q", e.Title, e.Where, e.Notes)
	}
	if c := card(t, out, p.g, 1); !strings.Contains(c.Text, "15:00–17:00") {
		t.Fatalf("the card shows no range: %q", c.Text)
	}
}

// A time that could be morning or afternoon is asked about, not guessed:
// nothing is announced or moved, and the reply names both readings as they
// can be sent again.
func TestAnAmbiguousTimeAsks(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	out := k.announce(p, "/event Picnic | Sat 3 | Park")
	if len(out) != 1 || !containsAll(out[0].Text, []string{"15:00", "03:00", "Sat 7 Mar 2026 15:00", "Sat 7 Mar 2026 03:00"}) {
		t.Fatalf("replies %q, want one asking 15:00 or 03:00", texts(out))
	}
	k.view(func(tx allaboard.Tx) error {
		if events, err := tx.Events(p.g.ID); err != nil || len(events) != 0 {
			t.Fatalf("events %v, %v; want none", events, err)
		}
		return nil
	})

	k.announce(p, "/event Picnic | Sat 7 Mar 2026 15:00 | Park") // as the reply suggests
	out = k.announce(p, "/edit 1 when 3:30")
	if len(out) != 1 || !containsAll(out[0].Text, []string{"15:30", "03:30"}) || k.event(p.g, 1).Rev != 1 {
		t.Fatalf("replies %q, rev %d; want a question and no change", texts(out), k.event(p.g, 1).Rev)
	}
}

// /edit knows synonyms, changes several fields in one revision with one round
// of reminders, and needs no number when the sender hosts one upcoming event.
func TestEditSynonymsSeveralFieldsNoNumber(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Bob")
	k.start(p.members...)
	k.sent()
	k.announce(p, picnic)

	k.announce(p, "/edit 1 location Beach")
	if e := k.event(p.g, 1); e.Where != "Beach" || e.Rev != 2 {
		t.Fatalf("where %q at rev %d, want Beach at 2", e.Where, e.Rev)
	}

	k.tick(k.now) // the round of reminders for the move to the beach
	k.sent()
	out := k.announce(p, "/edit when 2026-03-13 14:00-16:00 venue Café Blue")
	k.tick(k.now)
	out = append(out, k.sent()...)
	e := k.event(p.g, 1)
	if e.Rev != 3 || e.Where != "Café Blue" || !e.When.Equal(time.Date(2026, 3, 13, 14, 0, 0, 0, time.UTC)) || e.End.IsZero() {
		t.Fatalf("event rev %d at %v–%v in %q; want one revision with both", e.Rev, e.When, e.End, e.Where)
	}
	for _, u := range p.members {
		if n := len(to(out, u.ID)); n != 1 {
			t.Errorf("%s got %d messages for the edit, want one: %q", u.FirstName, n, texts(to(out, u.ID)))
		}
	}
	if c := card(t, out, p.g, 1); !containsAll(c.Text, []string{"Beach → Café Blue", "🕒 Thu 12 Mar 15:00 → Fri 13 Mar 14:00–16:00"}) {
		t.Errorf("the new card says %q", c.Text)
	}

	k.announce(p, "/event Swim | 2026-03-14 10:00 | Pool")
	out = k.announce(p, "/edit where Lake")
	if len(out) != 1 || !strings.Contains(out[0].Text, "Which event?") || k.event(p.g, 2).Where != "Pool" {
		t.Fatalf("with two events: replies %q", texts(out))
	}
	k.announce(p, "/edit 2 place Lake\ntitle Swim at the lake")
	if e := k.event(p.g, 2); e.Where != "Lake" || e.Title != "Swim at the lake" || e.Rev != 2 {
		t.Fatalf("event 2: %q at %q rev %d", e.Title, e.Where, e.Rev)
	}
}

// A place may hold the words for a field: only a time ends at one.
func TestEditPlaceWithAFieldWord(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	k.announce(p, picnic)
	k.announce(p, "/edit 1 where Time Square, next to the date palm")
	if e := k.event(p.g, 1); e.Where != "Time Square, next to the date palm" {
		t.Fatalf("where %q", e.Where)
	}
	k.announce(p, "/edit 1 where Café when 2026-03-13 16:00")
	if e := k.event(p.g, 1); e.Where != "Café" || e.When.Hour() != 16 {
		t.Fatalf("where %q at %v", e.Where, e.When)
	}
}

// /event written as a sentence: the title, the time and the place are found
// without separators; without a title, the usage is shown.
func TestEventAsASentence(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	k.say(p.g, p.host, "/event Mia's party on Saturday 3pm at Jump House")
	e := k.event(p.g, 1)
	if e.Title != "Mia's party" || e.Where != "Jump House" || e.When.Weekday() != time.Saturday || e.When.Hour() != 15 {
		t.Errorf("event = %q at %q on %v, want Mia's party at Jump House on Saturday 15:00", e.Title, e.Where, e.When)
	}
	k.sent()
	k.say(p.g, p.host, "/event tomorrow 11:00 somewhere")
	if got := to(k.sent(), p.g.ID, "title, when and where"); len(got) != 1 {
		t.Errorf("a sentence without a title didn't get the usage")
	}
}

// A time read two ways in a one-line command is answered with a button: the
// command then goes on with the reading chosen, for its sender only.
func TestAnAmbiguousTimeIsAnsweredWithAButton(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	ann := p.members[0]
	k.say(p.g, p.host, "/event Picnic | Sat 3:30 | Park")
	ask := to(k.sent(), p.g.ID, "could be")
	if len(ask) != 1 || len(ask[0].Buttons) != 2 {
		t.Fatalf("no question with two buttons: %+v", ask)
	}
	pm := button(t, ask[0], "15:30")
	if got := k.press(ann, p.g, pm); !strings.Contains(got, "whoever sent the command") {
		t.Errorf("someone else's answer was taken: %q", got)
	}
	k.press(p.host, p.g, pm)
	e := k.event(p.g, 1)
	if e.Title != "Picnic" || e.When.Hour() != 15 || e.When.Minute() != 30 || e.When.Weekday() != time.Saturday {
		t.Errorf("event = %q at %v, want the Picnic on Saturday at 15:30", e.Title, e.When)
	}
	if got := k.press(p.host, p.g, pm); !strings.Contains(got, "only once") {
		t.Errorf("the question was answered twice: %q", got)
	}
}

// "/event Mia's party tomorrow 15:00" has no place: the host is asked where,
// privately, and the rest goes as in guided creation.
func TestEventSentenceWithoutAPlaceAsksWhere(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	k.say(p.g, p.host, "/event Mia's party tomorrow 15:00")
	msgs := k.sent()
	if got := to(msgs, p.g.ID, "Where is", "Mia"); len(got) != 1 {
		t.Fatalf("the group isn't told where the question went: %q", texts(to(msgs, p.g.ID)))
	}
	if got := to(msgs, p.host.ID, "Where"); len(got) != 1 {
		t.Fatalf("the host isn't asked where: %q", texts(to(msgs, p.host.ID)))
	}
	k.say(dm(p.host), p.host, "Jump House")
	notes := to(k.sent(), p.host.ID, "Anything else")
	if len(notes) != 1 {
		t.Fatal("no question about notes")
	}
	k.press(p.host, dm(p.host), button(t, notes[0], "Skip"))
	who := to(k.sent(), p.host.ID, "Who is it for?")
	if len(who) != 1 {
		t.Fatal("no question about whom it is for")
	}
	k.press(p.host, dm(p.host), button(t, who[0], "The whole group"))
	preview := to(k.sent(), p.host.ID, "This is what the group will see", "Jump House")
	if len(preview) != 1 {
		t.Fatal("no preview")
	}
	k.press(p.host, dm(p.host), button(t, preview[0], "Post to"))
	e := k.event(p.g, 1)
	if e.Title != "Mia's party" || e.Where != "Jump House" || e.When.Hour() != 15 || !e.When.After(t0) {
		t.Errorf("event = %q at %q, %v", e.Title, e.Where, e.When)
	}
}

// "tomorrow" means the day after the message was written, not after the bot
// read it: written at 23:50 and read at 00:10 (the bot was busy or down), it
// is the day the writer meant. A clock far off is not trusted.
func TestTomorrowIsReadAtTheMessagesOwnTime(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	written := time.Date(2026, 3, 2, 23, 50, 0, 0, time.UTC)
	k.now = written.Add(20 * time.Minute)
	k.observe(&app.Message{Chat: p.g, From: p.host, Command: "event", Args: "Picnic | tomorrow 15:00 | Park", Sent: written})
	if e, want := k.event(p.g, 1), time.Date(2026, 3, 3, 15, 0, 0, 0, time.UTC); !e.When.Equal(want) {
		t.Fatalf("written %v, read %v: event at %v, want %v", written, k.now, e.When, want)
	}
	k.observe(&app.Message{Chat: p.g, From: p.host, Command: "event", Args: "Swim | tomorrow 15:00 | Pool", Sent: written.Add(48 * time.Hour)})
	if e, want := k.event(p.g, 2), time.Date(2026, 3, 4, 15, 0, 0, 0, time.UTC); !e.When.Equal(want) {
		t.Fatalf("a message dated in the future: event at %v, want %v (read at the bot's time)", e.When, want)
	}
}

// /edit without a number, with a time read two ways, goes on with the
// reading chosen for the event it was about, even if the sender has since
// announced another.
func TestAnAmbiguousEditIsAnsweredWithAButton(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	k.announce(p, picnic)
	ask := to(k.announce(p, "/edit when Fri 13 Mar 3:30"), p.g.ID, "could be")
	if len(ask) != 1 || len(ask[0].Buttons) != 2 {
		t.Fatalf("no question with two buttons: %+v", ask)
	}
	k.announce(p, "/event Swim | 2026-03-14 10:00 | Pool")
	k.press(p.host, p.g, button(t, ask[0], "15:30"))
	if e := k.event(p.g, 1); e.When.Day() != 13 || e.When.Hour() != 15 || e.When.Minute() != 30 || e.Rev != 2 {
		t.Errorf("event 1 at %v, rev %d; want Fri 13 Mar 15:30 at rev 2", e.When, e.Rev)
	}
	if e := k.event(p.g, 2); e.Rev != 1 {
		t.Errorf("event 2 changed too: rev %d", e.Rev)
	}
}

// /edit with a number and nothing to change explains /edit with that
// number, not another's.
func TestEditUsageShowsTheNumberTyped(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	k.announce(p, picnic)
	for typed, want := range map[string]string{"/edit 1": "/edit 1 when", "/edit 7 colour red": "/edit 7 when", "/edit": "/edit 1 when"} {
		out := k.announce(p, typed)
		if len(out) != 1 || !strings.Contains(out[0].Text, want) || strings.Contains(out[0].Text, "/edit 2") {
			t.Errorf("%s is answered %q, want examples with %q", typed, texts(out), want)
		}
	}
}
