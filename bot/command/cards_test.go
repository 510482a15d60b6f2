package command

import (
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/app"
	"allaboard/bot/notice"
	"allaboard/bot/wire"
)

// cardsTx is a transaction holding a group's event 7 and no members: it
// keeps what is told, and any other use panics (the nil Tx), so a command
// whose arguments can't be read is seen to reach no further.
type cardsTx struct {
	allaboard.Tx
	told []allaboard.Outgoing
}

func (tx *cardsTx) Enqueue(m allaboard.Outgoing) error { tx.told = append(tx.told, m); return nil }

func (tx *cardsTx) Event(group int64, num int) (allaboard.Event, error) {
	if num != 7 {
		return allaboard.Event{}, allaboard.ErrNotFound
	}
	return allaboard.Event{Group: group, Num: num, Material: 1}, nil
}

func (tx *cardsTx) Member(group, user int64) (allaboard.Member, error) {
	return allaboard.Member{}, allaboard.ErrNotFound
}

func (tx *cardsTx) User(id int64) (allaboard.User, error) {
	return allaboard.User{}, allaboard.ErrNotFound
}

// /ack, /status and /history read one event number; what they can't read
// is answered with how the command is used, or that it is no event number,
// and goes no further. A number read is the group's event, for the sender.
func TestEventNumberCommands(t *testing.T) {
	const group, sender = -100, 42
	cases := []struct {
		name    string
		handler Handler
		args    string
		kind    string // the one notice told to the group
		event   int    // the event it is about
		user    int64  // the member it is about
		typed   string // what it says was typed
	}{
		{"/ack alone", confirm, "", notice.AckUsage, 0, 0, ""},
		{"/ack two numbers", confirm, "7 8", notice.AckUsage, 0, 0, ""},
		{"/ack a word", confirm, "soon", notice.BadEventNum, 0, 0, "soon"},
		{"/ack zero", confirm, "#0", notice.BadEventNum, 0, 0, "#0"},
		{"/ack an event not there", confirm, "3", notice.NoEvent, 3, 0, ""},
		{"/ack an event, not a member", confirm, " #7 ", notice.AckReply, 0, sender, ""},
		{"/status alone", status, "  ", notice.StatusUsage, 0, 0, ""},
		{"/status a negative", status, "-7", notice.BadEventNum, 0, 0, "-7"},
		{"/status an event not there", status, "#3", notice.NoEvent, 3, 0, ""},
		{"/status an event, no private chat", status, "7", notice.AskPrivately, 0, sender, ""},
		{"/history alone", history, "", notice.HistoryUsage, 0, 0, ""},
		{"/history a word and a number", history, "event 7", notice.HistoryUsage, 0, 0, ""},
		{"/history a fraction", history, "7.5", notice.BadEventNum, 0, 0, "7.5"},
		{"/history an event not there", history, "3", notice.NoEvent, 3, 0, ""},
		{"/history an event", history, "7", notice.History, 7, 0, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tx := &cardsTx{}
			turn := app.NewTurn(tx, time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC), nil)
			turn.By(group, sender)
			m := &app.Message{Chat: &app.Chat{ID: group, Type: "supergroup"}, From: &app.User{ID: sender}, Args: tc.args}
			if err := tc.handler(app.New(app.Config{}, nil, nil), turn, m); err != nil {
				t.Fatal(err)
			}
			if len(tx.told) != 1 || tx.told[0].Notice == nil {
				t.Fatalf("told %+v, want one notice", tx.told)
			}
			n := tx.told[0].Notice
			if got, want := tx.told[0].ChatID, int64(group); got != want {
				t.Errorf("told chat %d, want the group %d", got, want)
			}
			if n.Kind != tc.kind || n.Event != tc.event || n.User != tc.user || n.Value("typed") != tc.typed {
				t.Errorf("told %+v, want %s about event %d, user %d, typed %q", *n, tc.kind, tc.event, tc.user, tc.typed)
			}
		})
	}
}

// /start's payload, exactly as the deep link carried it, says what to show.
func TestReadStart(t *testing.T) {
	cases := []struct {
		name    string
		payload string
		want    startLink
	}{
		{"none", "", startLink{kind: startPlain}},
		{"an event's link", wire.EventPayload(-1001234567890, 12), startLink{startEvent, -1001234567890, 12}},
		{"an event's link as written", "e-100_3", startLink{startEvent, -100, 3}},
		{"an event's link without its number", "e-100_", startLink{kind: startPlain}},
		{"an event's link to no group", "e100_3", startLink{kind: startPlain}},
		{"a new event's link", wire.NewEventPayload(-1001234567890), startLink{kind: startNewEvent, group: -1001234567890}},
		{"a new event's link as written", "new_100", startLink{kind: startNewEvent, group: -100}},
		{"a new event's link with a sign", "new_-100", startLink{kind: startPlain}},
		{"back to the draft", "draft", startLink{kind: startResume}},
		{"from the group's button", "hello", startLink{kind: startFromGroup}},
		{"from the group's button, in capitals", "Hello", startLink{kind: startPlain}},
		{"from the group's button, and more", "hello there", startLink{kind: startPlain}},
		{"the link that adds the bot", "add", startLink{kind: startPlain}},
		{"a group's events", wire.ListPayload(-1001234567890), startLink{kind: startList, group: -1001234567890}},
		{"a group's events as written", "l-100", startLink{kind: startList, group: -100}},
		{"a user's events", "l100", startLink{kind: startPlain}},
		{"a group's events, padded", "l-0100", startLink{kind: startPlain}},
		{"an event's standing", wire.CountsPayload(-1001234567890, 12), startLink{startCounts, -1001234567890, 12}},
		{"an event's standing as written", "s-100_3", startLink{startCounts, -100, 3}},
		{"an event's standing without its number", "s-100_", startLink{kind: startPlain}},
		{"an event's standing, event zero", "s-100_0", startLink{kind: startPlain}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := readStart(tc.payload); got != tc.want {
				t.Errorf("readStart(%q) = %+v, want %+v", tc.payload, got, tc.want)
			}
		})
	}
}
