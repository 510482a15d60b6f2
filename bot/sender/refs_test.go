package sender

import (
	"slices"
	"testing"

	"allaboard"
)

// says is m with text and buttons of its own, for messages that must show
// the same or not.
func says(m allaboard.Outgoing, text string, buttons ...string) allaboard.Outgoing {
	m.Text, m.Buttons = text, nil
	for _, b := range buttons {
		m.Buttons = append(m.Buttons, []allaboard.Button{{Text: b, Data: b}})
	}
	return m
}

func editOnly(m allaboard.Outgoing) allaboard.Outgoing {
	m.EditOnly = true
	return m
}

func fresh(m allaboard.Outgoing) allaboard.Outgoing {
	m.Fresh = true
	return m
}

// refSteps are messages attempted one after the other, each retried until
// it leaves the queue, with what Telegram was asked.
type refSteps struct {
	name     string
	stored   int // message id under "card" before, kept by an older version: no sum
	steps    []allaboard.Outgoing
	answers  []error // Telegram's, by request; nil or past the end: success
	requests []string
	last     allaboard.Delivery // how the last step left the outbox
}

// run attempts the steps, recording each delivery at once or only at the end.
func (tc refSteps) run(t *testing.T, recorded bool) {
	t.Helper()
	h := newHarness(t, Limits{}, slices.Clone(tc.steps)...) // the queue shrinks in place
	if tc.stored != 0 {
		h.box.refs[refKey{-100, "card"}] = tc.stored
	}
	h.api.answers = tc.answers
	for _, m := range tc.steps {
		for try := 0; ; try++ {
			if try == 3 {
				t.Fatalf("message %d is still queued after 3 attempts", m.ID)
			}
			if gone := h.s.attempt(m, nil); len(gone) > 0 {
				break
			}
		}
		if recorded {
			h.s.flush()
		}
	}
	h.s.flush()
	if !slices.Equal(h.api.requests, tc.requests) {
		t.Fatalf("requests %q, want %q", h.api.requests, tc.requests)
	}
	done := h.box.doneCount()
	if got := done[len(done)-1]; got.d != tc.last {
		t.Fatalf("the last message left with %+v, want %+v", got.d, tc.last)
	}
}

// runAll runs each case with every delivery recorded at once, then with
// all recorded only at the end: the sender knows the same either way.
func runAll(t *testing.T, cases []refSteps) {
	for _, tc := range cases {
		t.Run(tc.name+", recorded", func(t *testing.T) { tc.run(t, true) })
		t.Run(tc.name+", before it is recorded", func(t *testing.T) { tc.run(t, false) })
	}
}

// An edit that would show what the message already shows is not sent; any
// other is, and a post always is.
func TestAnUnchangedEditIsNotSent(t *testing.T) {
	c := func(id uint64) allaboard.Outgoing { return card(id, -100, "card") }
	unchanged := func(id int) allaboard.Delivery {
		return allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: id, Detail: Unchanged}
	}
	edited := func(id int) allaboard.Delivery {
		return allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: id}
	}
	runAll(t, []refSteps{
		{name: "posted, then the same words", steps: []allaboard.Outgoing{says(c(1), "A"), says(c(2), "A")},
			requests: []string{`send -100 "A"`}, last: unchanged(101)},
		{name: "posted, then other words", steps: []allaboard.Outgoing{says(c(1), "A"), says(c(2), "B")},
			requests: []string{`send -100 "A"`, `edit -100/101 "B"`}, last: edited(101)},
		{name: "edited, then the same words again", steps: []allaboard.Outgoing{says(c(1), "A"), says(c(2), "B"), says(c(3), "B")},
			requests: []string{`send -100 "A"`, `edit -100/101 "B"`}, last: unchanged(101)},
		{name: "back to the first words", steps: []allaboard.Outgoing{says(c(1), "A"), says(c(2), "B"), says(c(3), "A")},
			requests: []string{`send -100 "A"`, `edit -100/101 "B"`, `edit -100/101 "A"`}, last: edited(101)},
		{name: "the same words with other buttons", steps: []allaboard.Outgoing{says(c(1), "A", "Got it"), says(c(2), "A")},
			requests: []string{`send -100 "A"`, `edit -100/101 "A"`}, last: edited(101)},
		{name: "an edit-only message that changes nothing", steps: []allaboard.Outgoing{says(c(1), "A"), editOnly(says(c(2), "A"))},
			requests: []string{`send -100 "A"`}, last: unchanged(101)},
		{name: "a fresh post of the same words goes", steps: []allaboard.Outgoing{says(c(1), "A"), fresh(says(c(2), "A"))},
			requests: []string{`send -100 "A"`, `send -100 "A"`}, last: edited(102)},
		{name: "not modified: the words are known from then on",
			steps:   []allaboard.Outgoing{says(c(1), "A"), says(c(2), "A")},
			stored:  40,
			answers: []error{apiError(400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same", 0)},
			// The first edit goes: an older version kept no sum.
			requests: []string{`edit -100/40 "A"`}, last: unchanged(40)},
		{name: "a message kept by an older version is edited, then known",
			steps: []allaboard.Outgoing{says(c(1), "A"), says(c(2), "A")}, stored: 40,
			requests: []string{`edit -100/40 "A"`}, last: unchanged(40)},
	})
}

// A message the bot deleted, or that Telegram said is gone, is not edited
// again: an edit-only message is dropped unsent, another one is posted.
func TestAnEditOfAMessageGoneIsNotTried(t *testing.T) {
	c := func(id uint64) allaboard.Outgoing { return card(id, -100, "card") }
	noMessage := allaboard.Delivery{Outcome: allaboard.Dropped, Detail: "no message to edit"}
	notFound := apiError(400, "Bad Request: message to edit not found", 0)
	runAll(t, []refSteps{
		{name: "deleted by its ref, then retired", stored: 40,
			steps:    []allaboard.Outgoing{op(1, -100, allaboard.OpDelete, "card", 0), editOnly(c(2))},
			requests: []string{"delete -100/40"}, last: noMessage},
		{name: "deleted by its id, then retired", stored: 40,
			steps:    []allaboard.Outgoing{op(1, -100, allaboard.OpDelete, "", 40), editOnly(c(2))},
			requests: []string{"delete -100/40"}, last: noMessage},
		{name: "another message deleted: the card is still edited", stored: 40,
			steps:    []allaboard.Outgoing{op(1, -100, allaboard.OpDelete, "", 41), editOnly(c(2))},
			requests: []string{"delete -100/41", `edit -100/40 "m2"`}, last: allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: 40}},
		{name: "not found when deleting: gone all the same", stored: 40,
			steps:    []allaboard.Outgoing{op(1, -100, allaboard.OpDelete, "card", 0), editOnly(c(2))},
			answers:  []error{apiError(400, "Bad Request: message to delete not found", 0)},
			requests: []string{"delete -100/40"}, last: noMessage},
		{name: "not found when pinning: gone all the same", stored: 40,
			steps:    []allaboard.Outgoing{op(1, -100, allaboard.OpPin, "card", 0), editOnly(c(2))},
			answers:  []error{apiError(400, "Bad Request: message to pin not found", 0)},
			requests: []string{"pin -100/40 quietly"}, last: noMessage},
		{name: "deleted, then changed: posted anew without trying the edit", stored: 40,
			steps:    []allaboard.Outgoing{op(1, -100, allaboard.OpDelete, "card", 0), c(2), c(3)},
			requests: []string{"delete -100/40", `send -100 "m2"`, `edit -100/101 "m3"`}, last: allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: 101}},
		{name: "an edit-only message found its message gone: the next is not tried", stored: 40,
			steps: []allaboard.Outgoing{editOnly(c(1)), editOnly(c(2))}, answers: []error{notFound},
			requests: []string{`edit -100/40 "m1"`}, last: noMessage},
		{name: "a card found gone is posted anew, then edited", stored: 40,
			steps: []allaboard.Outgoing{c(1), c(2)}, answers: []error{notFound},
			requests: []string{`edit -100/40 "m1"`, `send -100 "m1"`, `edit -100/101 "m2"`}, last: allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: 101}},
	})
}

// A card found gone and then superseded by a newer version posted none:
// the newer one posts without trying the gone message first.
func TestACardFoundGoneAndSupersededIsForgotten(t *testing.T) {
	first, second := card(1, -100, "card"), card(2, -100, "card")
	h := newHarness(t, Limits{}, first, second)
	h.box.refs[refKey{-100, "card"}] = 40
	h.api.answers = []error{apiError(400, "Bad Request: message to edit not found", 0)}

	if gone := h.attempt(first, nil); len(gone) != 0 {
		t.Fatalf("the card left the queue (%v), want it kept to be posted anew", gone)
	}
	h.attempt(first, []allaboard.Outgoing{second}) // superseded now
	h.attempt(second, nil)

	if want := []string{`edit -100/40 "m1"`, `send -100 "m2"`}; !slices.Equal(h.api.requests, want) {
		t.Fatalf("requests %q, want %q", h.api.requests, want)
	}
	if got := h.box.refs[refKey{-100, "card"}]; got != 101 {
		t.Fatalf("the card is message %d, want the new one, 101", got)
	}
}
