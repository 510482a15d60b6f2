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

// An answer about an event names it as it is when sent: a rename in between
// shows, and an answer about an event undone meanwhile is not written.
func TestAnAnswerNamesTheEventAsItIsWhenSent(t *testing.T) {
	f := newFixture(t)
	refused := allaboard.Outgoing{ID: 1, ChatID: group, Notice: notice.OfChange(f.event(), allaboard.ErrNoChange)}
	guests := allaboard.Outgoing{ID: 2, ChatID: group, Notice: notice.OfEvent(notice.GuestsSet, f.event())}
	f.change(allaboard.FieldTitle, "Picnic & games")
	f.update(func(tx allaboard.Tx) error {
		e, err := tx.Event(group, 1)
		if err != nil {
			return err
		}
		e.Guests = []int64{ann.ID, ben.ID}
		return tx.SaveEvent(e)
	})
	if out, ok := f.write(refused); !ok || out[0].Text != "Nothing to change: <b>Picnic &amp; games</b> (#1) already says that." {
		t.Errorf("the refusal says %v %+v", ok, out)
	}
	if out, ok := f.write(guests); !ok || out[0].Text != "🎟 <b>Picnic &amp; games</b> (#1) is now for 2 invited guests: only they are asked to confirm." {
		t.Errorf("the guests' answer says %v %+v", ok, out)
	}

	posted := f.event()
	offer := notice.OfEvent(notice.Posted, posted, "undo", "u:-100:1")
	offer.Count = 120
	undone := notice.New(notice.UndoneEvent, "title", posted.Title)
	undone.Event = posted.Num
	f.update(func(tx allaboard.Tx) error { return tx.DeleteEvent(group, 1) })
	if out, ok := f.write(allaboard.Outgoing{ID: 3, ChatID: hanna.ID, Notice: offer}); ok {
		t.Errorf("the offer to undo an event gone was written: %q", out[0].Text)
	}
	if out, ok := f.write(allaboard.Outgoing{ID: 4, ChatID: group, Notice: refused.Notice}); ok {
		t.Errorf("a refusal about an event gone was written: %q", out[0].Text)
	}
	out, ok := f.write(allaboard.Outgoing{ID: 5, ChatID: hanna.ID, Notice: undone})
	if !ok || out[0].Text != render.UndoneText(lang.English, posted) {
		t.Errorf("the undone event, gone from the state, is said as %v %+v", ok, out)
	}
}

// The group's note about a cosmetic change says it, asking about notes with
// the buttons the use case made; the host's news that everyone knows names
// the event as it is when sent, and is not written once it is gone.
func TestNewsOfAnEventIsWrittenFromTheEventWhenSent(t *testing.T) {
	f := newFixture(t)
	f.change(allaboard.FieldNotes, "Bring hats")
	n := notice.OfEvent(notice.Cosmetic, f.event(), "important", "n:-100:1:2:y", "note", "n:-100:1:2:n")
	n.Rev = 2
	out, ok := f.write(allaboard.Outgoing{ID: 1, ChatID: group, Notice: n})
	if !ok || !strings.Contains(out[0].Text, "📝 Bring hats") || !strings.Contains(out[0].Text, "Host: is this change important?") {
		t.Fatalf("the note about new notes: %v %+v", ok, out)
	}
	if b := out[0].Buttons; len(b) != 1 || len(b[0]) != 2 || b[0][0].Data != "n:-100:1:2:y" || b[0][1].Data != "n:-100:1:2:n" {
		t.Errorf("the question's buttons: %+v", b)
	}

	e := f.event()
	f.update(func(tx allaboard.Tx) error {
		for _, u := range []int64{hanna.ID, ann.ID, ben.ID} {
			r := allaboard.Response{Group: group, Event: 1, User: u}
			r.Answer(allaboard.Going, e.Material, f.now)
			if err := tx.SaveResponse(r); err != nil {
				return err
			}
		}
		return nil
	})
	knows := allaboard.Outgoing{ID: 2, ChatID: hanna.ID, Notice: notice.OfEvent(notice.EveryoneKnows, e)}
	f.change(allaboard.FieldTitle, "Picnic & games")
	if out, ok := f.write(knows); !ok || !strings.Contains(out[0].Text, "All 3 members have seen the latest version of <b>Picnic &amp; games</b>") {
		t.Fatalf("everyone knows, yet the host isn't told so, or not with the event's name now: %v %+v", ok, out)
	}
	f.update(func(tx allaboard.Tx) error { return tx.DeleteEvent(group, 1) })
	if out, ok := f.write(knows); ok {
		t.Errorf("the host is told everyone knows an event gone: %q", out[0].Text)
	}
}

// A question about a typed time keeps the readings and buttons it was asked
// with, and is written as of when it was asked.
func TestAQuestionAboutATimeKeepsItsReadings(t *testing.T) {
	f := newFixture(t)
	loc := time.UTC
	r, err := allaboard.ReadWhen("Sat 3", t0, loc, allaboard.ReadOpts{})
	if err != nil || len(r.Ask) != 2 {
		t.Fatalf("reading Sat 3: %+v %v", r, err)
	}
	m := allaboard.Outgoing{ID: 1, ChatID: group, Created: t0, Notice: notice.OfWhenQuestion(group, "Sat 3", r, []string{"w:0", "w:1"})}
	f.now = t0.Add(time.Hour)
	out, ok := f.write(m)
	if !ok || out[0].Text != render.WhenQuestion(lang.English, "Sat 3", r, t0, loc) {
		t.Fatalf("the question says %v %+v, want %q", ok, out, render.WhenQuestion(lang.English, "Sat 3", r, t0, loc))
	}
	for i, row := range out[0].Buttons {
		if want := render.Choice(lang.English, r.Why, r.Ask[i], loc, fmt.Sprintf("w:%d", i)); len(row) != 1 || row[0] != want[0] {
			t.Errorf("button %d is %+v, want %+v", i, row, want)
		}
	}
}
