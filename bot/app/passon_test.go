package app_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/app"
)

// A member's private message that is no command is offered to the host of
// the event it is about; a button passes it on once, as typed.

// offer has u write text to the bot in private and returns the bot's answer.
func (k *kit) offer(u *app.User, text string) allaboard.Outgoing {
	k.tb.Helper()
	k.say(dm(u), u, text)
	got := to(k.sent(), u.ID)
	if len(got) != 1 {
		k.tb.Fatalf("%s's message got %q, want one answer", u.FirstName, texts(got))
	}
	return got[0]
}

// buttonLabels are the labels of m's buttons, in order.
func buttonLabels(m allaboard.Outgoing) []string {
	var out []string
	for _, row := range m.Buttons {
		for _, b := range row {
			out = append(out, b.Text)
		}
	}
	return out
}

// passOns are u's messages kept to be passed on.
func (k *kit) passOns(u *app.User) []allaboard.PassOn {
	k.tb.Helper()
	var ps []allaboard.PassOn
	k.view(func(tx allaboard.Tx) (err error) { ps, err = tx.PassOns(u.ID); return err })
	return ps
}

func TestAMessageInPrivateIsPassedOnToTheHost(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	ann := p.members[0]
	k.start(ann)
	k.announce(p, picnic)
	k.tick(t0)
	k.sent()

	const text = `We'll be 10 min late <b>sorry</b> & see you`
	offer := k.offer(ann, text)
	if !strings.Contains(offer.Text, "pass your message on to the host") || !strings.Contains(offer.Text, "500 characters") {
		t.Errorf("the offer says %q", offer.Text)
	}
	data := button(t, offer, "Picnic · to Hanna")
	if len(data) > 64 || strings.Contains(data, "late") {
		t.Errorf("the button's data %q carries the text or is too long", data)
	}
	if got := k.press(ann, dm(ann), data); got != "✅ Passed on to Hanna." {
		t.Errorf("Ann's press was answered %q", got)
	}
	got := to(k.sent(), p.host.ID)
	want := `💬 <a href="tg://user?id=11">Ann</a> about <b>Picnic</b> (#1) in Class 2b parents:` + "\n\n" +
		`We&#39;ll be 10 min late &lt;b&gt;sorry&lt;/b&gt; &amp; see you`
	if len(got) != 1 || !strings.HasPrefix(got[0].Text, want) {
		t.Fatalf("the host got %q, want %q", texts(got), want)
	}

	// Once only, and the text is not kept once passed on.
	if got := k.press(ann, dm(ann), data); !strings.Contains(got, "already") {
		t.Errorf("a second press was answered %q", got)
	}
	if got := to(k.sent(), p.host.ID); len(got) != 0 {
		t.Errorf("the host got the message again: %q", texts(got))
	}
	if ps := k.passOns(ann); len(ps) != 1 || ps[0].Text != "" || ps[0].Passed.IsZero() {
		t.Errorf("after passing it on the store keeps %+v", ps)
	}
}

// The offer names the current events of the member's groups, soonest first,
// at most three: not cancelled, not started, not their own.
func TestThePassOnOfferListsTheMostUrgentCurrentEvents(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Ben")
	ann, ben := p.members[0], p.members[1]
	k.start(ann)
	for _, c := range []string{
		"/event Later | 2026-03-20 15:00 | Park",
		"/event Gone | 2026-03-04 15:00 | Park",
		"/event Soon | 2026-03-03 15:00 | Park",
		"/event Earlier | 2026-03-02 11:00 | Park", // starts in an hour
		"/event Latest | 2026-03-25 15:00 | Park",
	} {
		k.announce(p, c)
	}
	k.say(p.g, ben, "/event Ben's own | 2026-03-02 12:00 | Pool") // Ben hosts it: Ann may ask him
	k.say(p.g, ann, "/event Ann's own | 2026-03-02 12:30 | Pool")
	k.say(p.g, p.host, "/cancel 2")
	k.sent()
	k.say(p.g, p.host, "/event Past | 2026-03-02 10:30 | Park")
	k.sent()
	k.now = t0.Add(45 * time.Minute) // "Past" has started

	offer := k.offer(ann, "Is it still on?")
	labels := buttonLabels(offer)
	want := []string{"💬 Earlier · to Hanna", "💬 Ben's own · to Ben", "💬 Soon · to Hanna"}
	if fmt.Sprint(labels) != fmt.Sprint(want) {
		t.Errorf("the offer's buttons are %q, want %q", labels, want)
	}
}

func TestAMessageWithNothingToPassOnGetsTheHint(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	ann := p.members[0]
	k.start(ann)
	k.announce(p, picnic)
	k.say(p.g, p.host, "/cancel 1")
	k.sent()
	if m := k.offer(ann, "hello?"); !strings.Contains(m.Text, "can't read chat") || len(m.Buttons) != 0 {
		t.Errorf("with only a cancelled event Ann got %q %v", m.Text, buttonLabels(m))
	}
	if ps := k.passOns(ann); len(ps) != 0 {
		t.Errorf("a message with nothing to pass on to is kept: %+v", ps)
	}
}

func TestAMessageTooLongToPassOnIsRefusedSayingSo(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	ann := p.members[0]
	k.start(ann)
	k.announce(p, picnic)
	m := k.offer(ann, strings.Repeat("ä", allaboard.MaxPassOnText+1))
	if !strings.Contains(m.Text, "501 characters") || !strings.Contains(m.Text, "at most 500") || len(m.Buttons) != 0 {
		t.Errorf("a long message got %q %v", m.Text, buttonLabels(m))
	}
	if ps := k.passOns(ann); len(ps) != 0 {
		t.Errorf("a message too long is kept: %+v", ps)
	}
	if m := k.offer(ann, strings.Repeat("ä", allaboard.MaxPassOnText)); len(m.Buttons) != 1 {
		t.Errorf("a message of exactly 500 characters isn't offered: %q", m.Text)
	}
}

// A host the bot can't write to gets nothing; the member is told whom to
// write to.
func TestAMessageForAHostWithoutAPrivateChatSaysWhomToContact(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Ben")
	ann, ben := p.members[0], p.members[1]
	k.start(ann)
	k.say(p.g, ben, "/event Swim | 2026-03-12 15:00 | Pool")
	k.sent()
	offer := k.offer(ann, "Can we bring a friend?")
	a := k.pressed(ann, dm(ann), button(t, offer, "Swim · to Ben"))
	if !strings.Contains(a.Text, "couldn't pass it on") {
		t.Errorf("the press was answered %q", a.Text)
	}
	msgs := k.sent()
	if got := to(msgs, ben.ID); len(got) != 0 {
		t.Errorf("Ben, who never started the bot, was written to: %q", texts(got))
	}
	told := to(msgs, ann.ID, "couldn't pass your message on", `<a href="tg://user?id=12">Ben</a>`, "Swim")
	if len(told) != 1 {
		t.Errorf("Ann isn't told whom to write to: %q", texts(to(msgs, ann.ID)))
	}
}

// Button data is made up easily: none of it passes on anything but the
// presser's own message, as offered.
func TestForgedPassOnButtonsPassNothingOn(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Ben")
	ann, ben := p.members[0], p.members[1]
	k.start(ann, ben)
	k.announce(p, picnic)
	k.sent()
	data := button(t, k.offer(ann, "Ann's secret"), "Picnic")
	id, _, _ := strings.Cut(strings.TrimPrefix(data, "p:"), ":")
	for _, tc := range []struct {
		name string
		by   *app.User
		data string
		says string
	}{
		{"another's message", ben, data, "too old"},
		{"a message never kept", ann, "p:987654:0", "too old"},
		{"an event never offered", ann, "p:" + id + ":3", "no longer in use"},
		{"a negative index", ann, "p:" + id + ":-1", "no longer in use"},
		{"padded", ann, "p:0" + id + ":0", "no longer in use"},
		{"garbage", ann, "p:x:y", "no longer in use"},
		{"too many parts", ann, data + ":0", "no longer in use"},
	} {
		if got := k.press(tc.by, dm(tc.by), tc.data); !strings.Contains(got, tc.says) {
			t.Errorf("%s: answered %q, want %q", tc.name, got, tc.says)
		}
	}
	if got := to(k.sent(), p.host.ID); len(got) != 0 {
		t.Errorf("forged presses reached the host: %q", texts(got))
	}
	if ps := k.passOns(ann); len(ps) != 1 || ps[0].Text != "Ann's secret" {
		t.Errorf("Ann's message changed: %+v", ps)
	}
}

// A message waits a day to be passed on; then it is too old.
func TestAnOldMessageIsNotPassedOn(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	ann := p.members[0]
	k.start(ann)
	k.announce(p, "/event Picnic | 2026-03-12 15:00 | Park")
	data := button(t, k.offer(ann, "See you there"), "Picnic")
	k.now = t0.Add(allaboard.PassOnKeep)
	if got := k.press(ann, dm(ann), data); !strings.Contains(got, "too old") {
		t.Errorf("a day-old message was answered %q", got)
	}
	if got := to(k.sent(), p.host.ID); len(got) != 0 {
		t.Errorf("a day-old message reached the host: %q", texts(got))
	}
}

// What changed between the offer and the press is checked at the press.
func TestAPassOnChecksTheEventAndTheGroupWhenPressed(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Ben")
	ann, ben := p.members[0], p.members[1]
	k.start(ann, ben)
	k.announce(p, picnic)
	k.sent()

	data := button(t, k.offer(ann, "We're in"), "Picnic")
	k.say(p.g, p.host, "/cancel 1")
	k.sent()
	if got := k.press(ann, dm(ann), data); !strings.Contains(got, "cancelled or has started") {
		t.Errorf("a press after the cancel was answered %q", got)
	}

	k.announce(p, "/event Swim | 2026-03-12 15:00 | Pool")
	data = button(t, k.offer(ben, "We're in"), "Swim")
	k.observe(&app.Message{Chat: p.g, From: ben, LeftChatMember: ben})
	k.sent()
	if got := k.press(ben, dm(ben), data); !strings.Contains(got, "haven't seen you in") {
		t.Errorf("a press after Ben left the group was answered %q", got)
	}
	if got := to(k.sent(), p.host.ID); len(got) != 0 {
		t.Errorf("the host got %q", texts(got))
	}
}

// A member passes on a few messages an hour, and keeps a few waiting.
func TestPassingOnIsLimited(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	ann := p.members[0]
	k.start(ann)
	k.announce(p, picnic)
	k.sent()
	passed := 0
	for i := range allaboard.PassOnsPerHour {
		k.now = t0.Add(time.Duration(i) * time.Minute)
		if got := k.press(ann, dm(ann), button(t, k.offer(ann, fmt.Sprint("note ", i)), "Picnic")); !strings.Contains(got, "Passed on") {
			t.Fatalf("message %d was answered %q", i, got)
		}
		passed += len(to(k.sent(), p.host.ID, "note"))
	}
	data := button(t, k.offer(ann, "one more"), "Picnic")
	if got := k.press(ann, dm(ann), data); !strings.Contains(got, "5 messages in the last hour") {
		t.Errorf("a sixth message in the hour was answered %q", got)
	}
	if passed += len(to(k.sent(), p.host.ID, "one more")); passed != allaboard.PassOnsPerHour {
		t.Errorf("the host got %d messages, want %d", passed, allaboard.PassOnsPerHour)
	}
	k.now = t0.Add(time.Hour)
	if got := k.press(ann, dm(ann), data); !strings.Contains(got, "Passed on") {
		t.Errorf("an hour later the message was answered %q", got)
	}

	for i := range allaboard.MaxPassOnsKept + 3 {
		k.offer(ann, fmt.Sprint("waiting ", i))
	}
	waiting := 0
	for _, p := range k.passOns(ann) {
		if p.Passed.IsZero() {
			waiting++
			if p.Text == "waiting 0" {
				t.Errorf("the oldest waiting message is still kept")
			}
		}
	}
	if waiting != allaboard.MaxPassOnsKept {
		t.Errorf("%d messages wait, want at most %d", waiting, allaboard.MaxPassOnsKept)
	}
}

// /forget me deletes the messages waiting to be passed on.
func TestForgettingAMemberDeletesTheirMessagesToPassOn(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	ann := p.members[0]
	k.start(ann)
	k.announce(p, picnic)
	k.offer(ann, "Our address is 12 Oak Street")
	k.say(dm(ann), ann, "/forget me")
	k.press(ann, dm(ann), button(t, to(k.sent(), ann.ID, "Delete everything")[0], "Yes"))
	k.view(func(tx allaboard.Tx) error {
		ps, err := tx.PassOns(ann.ID)
		if err != nil && !errors.Is(err, allaboard.ErrNotFound) {
			return err
		}
		if len(ps) != 0 {
			t.Errorf("after /forget me the store keeps %+v", ps)
		}
		return nil
	})
}
