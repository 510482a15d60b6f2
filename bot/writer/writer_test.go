package writer_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/notice"
	"allaboard/bot/render"
	"allaboard/bot/writer"
	"allaboard/store"
)

// The writer words what was decided from the state when it is sent, not
// from the state when it was decided: each test queues a notice, changes
// the state, then writes it.

var t0 = time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)

const group = -100

var (
	hanna = allaboard.User{ID: 1, FirstName: "Hanna", Started: true}
	ann   = allaboard.User{ID: 11, FirstName: "Ann", Started: true}
	ben   = allaboard.User{ID: 12, FirstName: "Ben"}
)

// fixture is a group of Hanna (the host), Ann and Ben with one event, the
// picnic at the park, and a writer reading it.
type fixture struct {
	tb  testing.TB
	db  *store.DB
	w   *writer.Writer
	now time.Time
}

func newFixture(tb testing.TB) *fixture {
	tb.Helper()
	db, err := store.Open(filepath.Join(tb.TempDir(), "t.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	f := &fixture{tb: tb, db: db, now: t0}
	f.w = writer.New(writer.Config{BotName: "allaboard_bot", Now: func() time.Time { return f.now },
		Defaults: allaboard.Settings{Zone: "UTC"}}, db)
	f.update(func(tx allaboard.Tx) error {
		if err := tx.SaveChat(allaboard.Chat{ID: group, Title: "Class 2b parents", Count: 4}); err != nil {
			return err
		}
		for _, u := range []allaboard.User{hanna, ann, ben} {
			if err := tx.SaveUser(u); err != nil {
				return err
			}
			if err := tx.SaveMember(allaboard.Member{Group: group, User: u.ID, Since: t0}); err != nil {
				return err
			}
		}
		e, rev, err := allaboard.NewEvent(group, 1, hanna, "Picnic", t0.AddDate(0, 0, 10), "Park", "", t0)
		if err != nil {
			return err
		}
		if err := tx.CreateEvent(e); err != nil {
			return err
		}
		return tx.AddRevision(group, 1, rev)
	})
	return f
}

func (f *fixture) update(fn func(tx allaboard.Tx) error) {
	f.tb.Helper()
	if err := f.db.Update(fn); err != nil {
		f.tb.Fatal(err)
	}
}

// event is the picnic as stored.
func (f *fixture) event() allaboard.Event {
	f.tb.Helper()
	var e allaboard.Event
	if err := f.db.View(func(tx allaboard.Tx) (err error) { e, err = tx.Event(group, 1); return err }); err != nil {
		f.tb.Fatal(err)
	}
	return e
}

// change applies one edit to the picnic, as a host's /edit would.
func (f *fixture) change(field allaboard.Field, text string) {
	f.tb.Helper()
	f.update(func(tx allaboard.Tx) error {
		e, err := tx.Event(group, 1)
		if err != nil {
			return err
		}
		rev, err := e.SetText(hanna, f.now, field, text)
		if err != nil {
			return err
		}
		if err := tx.SaveEvent(e); err != nil {
			return err
		}
		return tx.AddRevision(group, 1, rev)
	})
}

// write writes m as the sender would now.
func (f *fixture) write(m allaboard.Outgoing, later ...allaboard.Outgoing) ([]allaboard.Outgoing, bool) {
	f.tb.Helper()
	out, _, ok, err := f.w.Write(m, later)
	if err != nil {
		f.tb.Fatal(err)
	}
	return out, ok
}

func TestACardIsWrittenFromTheEventAsItIsWhenSent(t *testing.T) {
	f := newFixture(t)
	queued := allaboard.Outgoing{ID: 1, ChatID: group, Notice: notice.CardOf(f.event()), Ref: allaboard.CardRef(f.event())}
	f.change(allaboard.FieldTitle, "Picnic & games")
	out, ok := f.write(queued)
	if !ok || len(out) != 1 {
		t.Fatalf("the card was not written: %v %+v", ok, out)
	}
	if got := out[0].Text; !strings.Contains(got, "Picnic &amp; games") || strings.Contains(got, "Picnic (#1)") {
		t.Errorf("the card shows the title as it was queued, not as it is (escaped): %q", got)
	}
	if !strings.Contains(out[0].Text, "0 of 3 confirmed") || len(out[0].Buttons) == 0 {
		t.Errorf("the group's card lacks its counts or buttons: %q %+v", out[0].Text, out[0].Buttons)
	}
	if out[0].Ref != queued.Ref || out[0].ID != queued.ID || out[0].ChatID != group {
		t.Errorf("the written card lost where it goes: %+v", out[0])
	}

	// After a move, the old version's card is not written: the new one is
	// queued after it and shows what changed.
	f.change(allaboard.FieldWhere, "Beach")
	if _, ok := f.write(queued); ok {
		t.Errorf("the card of an outdated version was written")
	}
	out, ok = f.write(allaboard.Outgoing{ID: 2, ChatID: group, Notice: notice.CardOf(f.event()), Ref: allaboard.CardRef(f.event()), Fresh: true})
	if !ok || !strings.Contains(out[0].Text, "Park → Beach") {
		t.Errorf("the new version's card doesn't say what changed: %v %+v", ok, out)
	}
}

func TestAReminderIsDroppedWhenItsMemberConfirmedMeanwhile(t *testing.T) {
	f := newFixture(t)
	e := f.event()
	tag := func(users ...int64) *allaboard.ChaseTag {
		return &allaboard.ChaseTag{Group: group, Event: 1, Rev: e.Material, Users: users}
	}
	private := allaboard.Outgoing{ID: 1, ChatID: ann.ID, Late: true, Ref: allaboard.PrivateCardRef(e), Fresh: true, Chase: tag(ann.ID)}
	mention := allaboard.Outgoing{ID: 2, ChatID: group, Late: true, Chase: tag(ben.ID)}
	if out, ok := f.write(private); !ok || !strings.Contains(out[0].Text, "New in Class 2b parents") {
		t.Fatalf("Ann's reminder, before she confirmed: %v %+v", ok, out)
	}
	if out, ok := f.write(mention); !ok || !strings.Contains(out[0].Text, `tg://user?id=12`) {
		t.Fatalf("the mention of Ben, before he confirmed: %v %+v", ok, out)
	}
	f.update(func(tx allaboard.Tx) error {
		for _, u := range []int64{ann.ID, ben.ID} {
			r := allaboard.Response{Group: group, Event: 1, User: u}
			r.Ack(e.Material, f.now)
			if err := tx.SaveResponse(r); err != nil {
				return err
			}
		}
		return nil
	})
	if out, ok := f.write(private); ok {
		t.Errorf("Ann confirmed, yet her reminder was written: %q", out[0].Text)
	}
	if out, ok := f.write(mention); ok {
		t.Errorf("Ben confirmed, yet he is mentioned: %q", out[0].Text)
	}
}

func TestAStatusCardNamesWhoIsInTheGroupWhenSent(t *testing.T) {
	f := newFixture(t)
	queued := allaboard.Outgoing{ID: 1, ChatID: hanna.ID, Notice: notice.StatusOf(f.event()), Ref: allaboard.StatusRef(f.event())}
	if out, ok := f.write(queued); !ok || !strings.Contains(out[0].Text, "Ben") {
		t.Fatalf("the status card before Ben left doesn't name him: %v %+v", ok, out)
	}
	f.update(func(tx allaboard.Tx) error {
		return tx.SaveMember(allaboard.Member{Group: group, User: ben.ID, Since: t0, Left: true})
	})
	out, ok := f.write(queued)
	if !ok || strings.Contains(out[0].Text, "Ben") || !strings.Contains(out[0].Text, "Ann") {
		t.Errorf("the status card after Ben left still names him, or lost Ann: %v %+v", ok, out)
	}
	if len(out[0].Buttons) == 0 {
		t.Errorf("the status card of an upcoming event has no buttons")
	}
	f.now = f.event().When
	if out, _ := f.write(queued); len(out[0].Buttons) != 0 {
		t.Errorf("the status card of a started event still offers actions: %+v", out[0].Buttons)
	}
}

func TestAMemberSeesTheirOwnStandingWhenTheirCardIsSent(t *testing.T) {
	f := newFixture(t)
	e := f.event()
	queued := allaboard.Outgoing{ID: 1, ChatID: ann.ID, Notice: notice.OwnCardOf(e, ann.ID, 0, notice.WhyState), Ref: allaboard.PrivateCardRef(e)}
	if out, ok := f.write(queued); !ok || !strings.Contains(out[0].Text, "Please confirm") {
		t.Fatalf("Ann's card before she confirmed: %v %+v", ok, out)
	}
	f.update(func(tx allaboard.Tx) error {
		r := allaboard.Response{Group: group, Event: 1, User: ann.ID}
		r.Answer(allaboard.Going, e.Material, f.now)
		return tx.SaveResponse(r)
	})
	if out, ok := f.write(queued); !ok || strings.Contains(out[0].Text, "Please confirm") || !strings.Contains(out[0].Text, "Going") {
		t.Errorf("Ann's card, written after she said Going, doesn't say so: %v %+v", ok, out)
	}
}

// Text written by an older version, queued before an upgrade, goes as it is.
func TestAMessageWrittenByAnOlderVersionGoesAsItIs(t *testing.T) {
	f := newFixture(t)
	m := allaboard.Outgoing{ID: 1, ChatID: hanna.ID, Text: "<b>Hello</b>", Buttons: [][]allaboard.Button{{{Text: "OK", Data: "x"}}}}
	out, ok := f.write(m)
	if !ok || len(out) != 1 || out[0].Text != m.Text || len(out[0].Buttons) != 1 {
		t.Errorf("a message written by an older version was changed: %v %+v", ok, out)
	}
}

// A card edited in place that would be too long for Telegram is folded to
// fit, saying how many more there are.
func TestALongStatusCardIsFoldedToFit(t *testing.T) {
	f := newFixture(t)
	f.update(func(tx allaboard.Tx) error {
		for i := range 400 {
			u := allaboard.User{ID: int64(1000 + i), FirstName: fmt.Sprintf("Parent-with-a-long-name-%03d", i)}
			if err := tx.SaveUser(u); err != nil {
				return err
			}
			if err := tx.SaveMember(allaboard.Member{Group: group, User: u.ID, Since: t0}); err != nil {
				return err
			}
		}
		return nil
	})
	out, ok := f.write(allaboard.Outgoing{ID: 1, ChatID: hanna.ID, Notice: notice.StatusOf(f.event()), Ref: allaboard.StatusRef(f.event())})
	if !ok || len(out) != 1 {
		t.Fatalf("the status card: %v, %d messages", ok, len(out))
	}
	if n := render.VisibleLen(out[0].Text); n > render.MaxMessage || !strings.Contains(out[0].Text, "more") {
		t.Errorf("the status card of 400 members is %d units long (Telegram takes %d), or doesn't say more are folded", n, render.MaxMessage)
	}
}

// A notice of a kind this version has no words for (queued by a newer one,
// before it was rolled back) is not sent, rather than tried forever.
func TestANoticeOfAnUnknownKindIsNotSent(t *testing.T) {
	f := newFixture(t)
	out, ok := f.write(allaboard.Outgoing{ID: 1, ChatID: hanna.ID, Notice: &allaboard.Notice{Kind: "from_the_future"}})
	if ok {
		t.Errorf("a notice of an unknown kind was written: %+v", out)
	}
}

// A member who joined late and is reminded after the event was called off
// reads that it is called off, not that it is coming up; a mention of a
// cancelled event shows ❌, not the ⏳ of something still to come.
func TestALateJoinerIsNotWelcomedToACancelledEvent(t *testing.T) {
	f := newFixture(t)
	f.update(func(tx allaboard.Tx) error {
		r := allaboard.Response{Group: group, Event: 1, User: ann.ID, Late: true, Pings: 1}
		if err := tx.SaveResponse(r); err != nil {
			return err
		}
		e, err := tx.Event(group, 1)
		if err != nil {
			return err
		}
		rev, err := e.Cancel(hanna, f.now)
		if err != nil {
			return err
		}
		if err := tx.SaveEvent(e); err != nil {
			return err
		}
		return tx.AddRevision(group, 1, rev)
	})
	e := f.event()
	tag := func(users ...int64) *allaboard.ChaseTag {
		return &allaboard.ChaseTag{Group: group, Event: 1, Rev: e.Material, Users: users}
	}
	out, ok := f.write(allaboard.Outgoing{ID: 1, ChatID: ann.ID, Late: true, Ref: allaboard.PrivateCardRef(e), Fresh: true, Chase: tag(ann.ID)})
	if !ok || !strings.Contains(out[0].Text, "Called off in Class 2b parents") || strings.Contains(out[0].Text, "coming up") {
		t.Errorf("Ann's reminder of the cancelled picnic: %v %+v", ok, out)
	}
	out, ok = f.write(allaboard.Outgoing{ID: 2, ChatID: group, Late: true, Chase: tag(ben.ID)})
	if !ok || !strings.HasPrefix(out[0].Text, "❌") || strings.Contains(out[0].Text, "⏳") {
		t.Errorf("the mention of the cancelled picnic: %v %+v", ok, out)
	}
}
