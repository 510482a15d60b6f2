package render

import (
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/lang"
)

// statusRoll is a roll of two members who answered Going, in a group of
// seven Telegram counted.
func statusRoll(e allaboard.Event) allaboard.Roll {
	at := e.When.Add(-48 * time.Hour)
	r := allaboard.Roll{Event: e, Resp: map[int64]allaboard.Response{}, Users: map[int64]allaboard.User{},
		Chat: allaboard.Chat{Title: "Class 2b", Count: 7, CountedAt: at}}
	for _, u := range []allaboard.User{{ID: 11, FirstName: "Ali"}, {ID: 12, FirstName: "Bea"}} {
		r.Members = append(r.Members, allaboard.Member{User: u.ID})
		r.Users[u.ID] = u
		resp := allaboard.Response{Group: e.Group, Event: e.Num, User: u.ID}
		resp.Ack(e.Material, at)
		resp.Answer(allaboard.Going, e.Material, at)
		r.Resp[u.ID] = resp
	}
	return r
}

// A guest list names everyone it is for: the members the bot hasn't seen
// aren't waited for, so the host isn't warned about them.
func TestTheStatusOfAGuestEventWarnsAboutNobodyUnseen(t *testing.T) {
	e := allaboard.Event{Group: -1, Num: 1, Title: "Party", When: time.Date(2026, 12, 19, 15, 0, 0, 0, time.UTC), Where: "Hall", Rev: 1, Material: 1}
	if got := Status(lang.English, statusRoll(e), statusRoll(e).Chat, time.UTC, time.Time{}); !strings.Contains(got, "haven't been seen") {
		t.Fatalf("an event for the whole group doesn't warn about 5 unseen members:\n%s", got)
	}
	e.Guests = []int64{11, 12}
	if got := Status(lang.English, statusRoll(e), statusRoll(e).Chat, time.UTC, time.Time{}); strings.Contains(got, "seen by me") {
		t.Errorf("a guest event warns about members who aren't invited:\n%s", got)
	}
}

// A cancelled event's status lists no one as going.
func TestTheStatusOfACancelledEventListsNoAnswers(t *testing.T) {
	e := allaboard.Event{Group: -1, Num: 1, Title: "Party", When: time.Date(2026, 12, 19, 15, 0, 0, 0, time.UTC), Where: "Hall", Rev: 1, Material: 1}
	if got := Status(lang.English, statusRoll(e), statusRoll(e).Chat, time.UTC, time.Time{}); !strings.Contains(got, "Going: Ali, Bea") {
		t.Fatalf("the status lists no answers:\n%s", got)
	}
	r := statusRoll(e)
	r.Event.Cancelled, r.Event.Rev, r.Event.Material = true, 2, 2
	if got := Status(lang.English, r, r.Chat, time.UTC, time.Time{}); strings.Contains(got, "Going") || !strings.Contains(got, "CANCELLED") {
		t.Errorf("a cancelled event's status:\n%s", got)
	}
}

// The host's offer to undo says whom the reminders will go to.
func TestPostedSaysWhoWillBeReminded(t *testing.T) {
	e := allaboard.Event{Num: 1, Title: "Party"}
	if got := Posted(lang.English, e, "Class 2b", 2*time.Minute); !strings.Contains(got, "reminding everyone in 2 minutes") {
		t.Errorf("Posted = %q", got)
	}
	e.Guests = []int64{11, 12}
	if got := Posted(lang.English, e, "Class 2b", 2*time.Minute); !strings.Contains(got, "reminding your 2 guests in 2 minutes") {
		t.Errorf("Posted for guests = %q", got)
	}
}

// The news of a version is not a reminder: a member who was sent only the
// card is "not reminded yet", one sent it and a reminder "reminded 1×".
func TestTheStatusCountsRemindersAfterTheNews(t *testing.T) {
	e := allaboard.Event{Group: -1, Num: 1, Title: "Party", When: time.Date(2026, 12, 19, 15, 0, 0, 0, time.UTC), Where: "Hall", Rev: 1, Material: 1}
	r := statusRoll(e)
	r.Resp[11] = allaboard.Response{Group: -1, Event: 1, User: 11, Pings: 1}
	r.Resp[12] = allaboard.Response{Group: -1, Event: 1, User: 12, Pings: 2}
	got := Status(lang.English, r, r.Chat, time.UTC, time.Time{})
	if !strings.Contains(got, "Ali (not reminded yet)") || !strings.Contains(got, "Bea (reminded 1×)") {
		t.Errorf("the status card counts the news as a reminder:\n%s", got)
	}
}
