package writer_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/lang"
	"allaboard/bot/notice"
	"allaboard/bot/render"
)

// cardsRespond changes a member's response to the picnic, as their press
// would.
func (f *fixture) cardsRespond(user int64, fn func(r *allaboard.Response, e allaboard.Event)) {
	f.tb.Helper()
	f.update(func(tx allaboard.Tx) error {
		e, err := tx.Event(group, 1)
		if err != nil {
			return err
		}
		r, err := allaboard.LookupResponse(tx, group, 1, user)
		if err != nil {
			return err
		}
		fn(&r, e)
		return tx.SaveResponse(r)
	})
}

// A hand-off lists whom the host should call as they are when it is sent:
// a member who confirmed meanwhile is left out, with their button, and a
// hand-off that has nobody left to call is not sent.
func TestAHandOffListsOnlyThoseStillToCallWhenSent(t *testing.T) {
	f := newFixture(t)
	e := f.event()
	data := func(user int64) string { return fmt.Sprint("t:", user) }
	queued := allaboard.Outgoing{ID: 1, ChatID: hanna.ID, Notice: notice.HandOffOf(e, []int64{ann.ID, ben.ID}, data)}
	out, ok := f.write(queued)
	if !ok || !strings.Contains(out[0].Text, "2 people haven't confirmed") || len(out[0].Buttons) != 2 {
		t.Fatalf("the hand-off of Ann and Ben: %v %+v", ok, out)
	}
	f.cardsRespond(ann.ID, func(r *allaboard.Response, e allaboard.Event) { r.Ack(e.Material, f.now) })
	out, ok = f.write(queued)
	if !ok || strings.Contains(out[0].Text, "Ann") || !strings.Contains(out[0].Text, "Ben") ||
		!strings.Contains(out[0].Text, "hasn't confirmed") {
		t.Fatalf("Ann confirmed before the hand-off was sent, yet it lists her, or lost Ben: %v %+v", ok, out)
	}
	if b := out[0].Buttons; len(b) != 1 || b[0][0].Data != data(ben.ID) || !strings.Contains(b[0][0].Text, "Ben") {
		t.Errorf("the buttons under a hand-off of Ben alone: %+v", b)
	}
	f.cardsRespond(ben.ID, func(r *allaboard.Response, e allaboard.Event) { r.Ack(e.Material, f.now) })
	if out, ok := f.write(queued); ok {
		t.Errorf("everyone confirmed, yet the hand-off was written: %q", out[0].Text)
	}
}

// A family is one line of a hand-off, with a button for each of them.
func TestAFamilyIsOneLineOfAHandOff(t *testing.T) {
	f := newFixture(t)
	f.update(func(tx allaboard.Tx) error {
		return tx.SaveHousehold(allaboard.Household{Group: group, Members: []int64{ann.ID, ben.ID}})
	})
	queued := allaboard.Outgoing{ID: 1, ChatID: hanna.ID,
		Notice: notice.HandOffOf(f.event(), []int64{ann.ID, ben.ID}, func(user int64) string { return "t" })}
	out, ok := f.write(queued)
	if !ok || strings.Count(out[0].Text, "•") != 1 || !strings.Contains(out[0].Text, "one family") || len(out[0].Buttons) != 2 {
		t.Errorf("Ann and Ben, one family, are not one line with two buttons: %v %+v", ok, out)
	}
}

// A reminder before the event says how soon it starts when it is sent, and
// is not sent to a member who since said they can't come.
func TestAReminderBeforeTheEventSaysHowSoonWhenSent(t *testing.T) {
	f := newFixture(t)
	e := f.event()
	f.cardsRespond(ann.ID, func(r *allaboard.Response, e allaboard.Event) { r.Answer(allaboard.Going, e.Material, f.now) })
	queued := allaboard.Outgoing{ID: 1, ChatID: ann.ID, Notice: notice.AboutEvent(notice.ReminderConfirmed, e)}
	f.now = e.When.Add(-2 * time.Hour)
	if out, ok := f.write(queued); !ok || !strings.Contains(out[0].Text, "starts in 2 hours") {
		t.Fatalf("the reminder two hours before: %v %+v", ok, out)
	}
	f.now = e.When.Add(-time.Hour)
	if out, ok := f.write(queued); !ok || !strings.Contains(out[0].Text, render.StartsIn(lang.English, e.When, f.now, time.UTC)) ||
		strings.Contains(out[0].Text, "2 hours") {
		t.Errorf("the reminder sent an hour later still says how soon it was: %v %+v", ok, out)
	}
	f.cardsRespond(ann.ID, func(r *allaboard.Response, e allaboard.Event) { r.Answer(allaboard.CantGo, e.Material, f.now) })
	if out, ok := f.write(queued); ok {
		t.Errorf("Ann can't come any more, yet she is reminded: %q", out[0].Text)
	}
}

// A reminder in the group names only those it is still true of.
func TestAGroupReminderNamesThoseStillToConfirmWhenSent(t *testing.T) {
	f := newFixture(t)
	e := f.event()
	queued := allaboard.Outgoing{ID: 1, ChatID: group,
		Notice: notice.MentionOf(notice.ReminderGroupPending, e, []int64{ann.ID, ben.ID}, "payload", "e_x")}
	f.cardsRespond(ann.ID, func(r *allaboard.Response, e allaboard.Event) { r.Ack(e.Material, f.now) })
	out, ok := f.write(queued)
	if !ok || strings.Contains(out[0].Text, "id=11") || !strings.Contains(out[0].Text, "id=12") {
		t.Fatalf("Ann confirmed before the reminder was sent, yet it names her, or lost Ben: %v %+v", ok, out)
	}
	if b := out[0].Buttons; len(b) != 2 || !strings.HasSuffix(b[1][0].URL, "?start=e_x") {
		t.Errorf("the reminder's buttons: %+v", b)
	}
	f.update(func(tx allaboard.Tx) error {
		e.Cancelled = true
		return tx.SaveEvent(e)
	})
	if out, ok := f.write(queued); ok {
		t.Errorf("a reminder of a cancelled event was written: %q", out[0].Text)
	}
}

// A host's digest shows their events as they are when it is sent.
func TestADigestIsWrittenFromTheEventsWhenSent(t *testing.T) {
	f := newFixture(t)
	queued := allaboard.Outgoing{ID: 1, ChatID: hanna.ID, Notice: &allaboard.Notice{Kind: notice.Digest, Group: group, User: hanna.ID},
		Silent: true, Class: allaboard.ClassDigest, For: group}
	f.change(allaboard.FieldTitle, "Picnic & games")
	f.cardsRespond(ben.ID, func(r *allaboard.Response, e allaboard.Event) { r.Ack(e.Material, f.now) })
	out, ok := f.write(queued)
	if !ok || !strings.Contains(out[0].Text, "Class 2b parents") || !strings.Contains(out[0].Text, "Picnic &amp; games") {
		t.Fatalf("the digest doesn't show the event as it is: %v %+v", ok, out)
	}
	if pending := out[0].Text[strings.Index(out[0].Text, "⏳"):]; strings.Contains(pending, "Ben") || !strings.Contains(pending, "Ann") {
		t.Errorf("the digest's list of those yet to confirm is not as it is now: %q", out[0].Text)
	}
	if !out[0].Silent || out[0].Class != allaboard.ClassDigest || out[0].For != group {
		t.Errorf("the digest lost how it is sent: %+v", out[0])
	}
	f.now = f.event().When
	if out, ok := f.write(queued); ok {
		t.Errorf("a digest of events that have all started was written: %q", out[0].Text)
	}
}
