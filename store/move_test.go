package store_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	"allaboard"
	"allaboard/store"
)

// announce numbers and stores a new event with its announcement.
func announce(tx allaboard.Tx, group int64, host allaboard.User, title string, when time.Time) (allaboard.Event, error) {
	n, err := tx.NextEventNum(group)
	if err != nil {
		return allaboard.Event{}, err
	}
	e, r, err := allaboard.NewEvent(group, n, host, title, when, "Park", "", t0)
	if err != nil {
		return allaboard.Event{}, err
	}
	if err := tx.SaveEvent(e); err != nil {
		return allaboard.Event{}, err
	}
	return e, tx.AddRevision(group, n, r)
}

// saveAll stores members and responses.
func saveAll(tx allaboard.Tx, members []allaboard.Member, responses []allaboard.Response) error {
	for _, m := range members {
		if err := tx.SaveMember(m); err != nil {
			return err
		}
	}
	for _, r := range responses {
		if err := tx.SaveResponse(r); err != nil {
			return err
		}
	}
	return nil
}

// sent enqueues a message and completes it as delivered with messageID, so
// that its Ref is recorded.
func sent(tb testing.TB, db *store.DB, m allaboard.Outgoing, messageID int) {
	tb.Helper()
	update(tb, db, func(tx allaboard.Tx) error { return tx.Enqueue(m) })
	box, err := db.Outbox()
	if err != nil {
		tb.Fatal(err)
	}
	last := box[len(box)-1]
	if last.Text != m.Text {
		tb.Fatalf("the newest message waiting is %q, want %q", last.Text, m.Text)
	}
	if err := db.Complete(last.ID, allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: messageID}, nil); err != nil {
		tb.Fatal(err)
	}
}

// waiting returns the messages in the outbox by their text.
func waiting(tb testing.TB, db *store.DB) map[string]allaboard.Outgoing {
	tb.Helper()
	box, err := db.Outbox()
	if err != nil {
		tb.Fatal(err)
	}
	byText := make(map[string]allaboard.Outgoing, len(box))
	for _, m := range box {
		byText[m.Text] = m
	}
	return byText
}

func refMessage(tb testing.TB, db *store.DB, chat int64, ref string) int {
	tb.Helper()
	id, err := db.RefMessage(chat, ref)
	if err != nil {
		tb.Fatal(err)
	}
	return id
}

func wantNotFound(tb testing.TB, what string, v any, err error) {
	tb.Helper()
	if !errors.Is(err, allaboard.ErrNotFound) {
		tb.Errorf("%s = %+v, %v; want ErrNotFound", what, v, err)
	}
}

func TestMoveGroupMovesEveryRecord(t *testing.T) {
	db := open(t)
	const from, to, other = int64(-100), int64(-1001234), int64(-200)
	ann := allaboard.User{ID: 1, FirstName: "Ann"} // hosts in both groups
	bob := allaboard.User{ID: 2, FirstName: "Bob"}
	update(t, db, func(tx allaboard.Tx) error {
		if err := tx.SaveChat(allaboard.Chat{ID: from, Kind: allaboard.Group, Title: "Class 2B", Admin: true, Count: 5}); err != nil {
			return err
		}
		if err := tx.SaveChat(allaboard.Chat{ID: other, Kind: allaboard.Supergroup, Title: "Choir"}); err != nil {
			return err
		}
		party, err := announce(tx, from, ann, "Party", t0.Add(48*time.Hour))
		if err != nil {
			return err
		}
		if _, err := announce(tx, from, ann, "Picnic", t0.Add(72*time.Hour)); err != nil {
			return err
		}
		r, err := party.Move(bob, t0, t0.Add(50*time.Hour))
		if err != nil {
			return err
		}
		if err := tx.AddRevision(from, party.Num, r); err != nil {
			return err
		}
		if err := tx.SaveEvent(party); err != nil {
			return err
		}
		if _, err := announce(tx, other, ann, "Rehearsal", t0.Add(24*time.Hour)); err != nil {
			return err
		}
		err = saveAll(tx,
			[]allaboard.Member{
				{Group: from, User: 1, Since: t0},
				{Group: from, User: 2, Since: t0},
				{Group: from, User: 3, Since: t0, Left: true},
				{Group: other, User: 1, Since: t0},
				{Group: other, User: 4, Since: t0},
			},
			[]allaboard.Response{
				{Group: from, Event: 1, User: 1, Acked: 2, AckedAt: t0},
				{Group: from, Event: 1, User: 2, Pings: 1, Due: t0.Add(time.Minute)},
				{Group: from, Event: 2, User: 2, Due: t0.Add(2 * time.Minute)},
				{Group: other, Event: 1, User: 4, Due: t0.Add(30 * time.Second)},
			})
		if err != nil {
			return err
		}
		for _, tm := range []allaboard.Timer{
			{Kind: allaboard.TimerReminder, Group: from, Event: 1, At: t0.Add(24 * time.Hour)},
			{Kind: allaboard.TimerRoster, Group: from, At: t0.Add(2 * time.Hour)},
			{Kind: allaboard.TimerReminder, Group: other, Event: 1, At: t0.Add(23 * time.Hour)},
		} {
			if err := tx.SetTimer(tm); err != nil {
				return err
			}
		}
		return nil
	})
	// Messages sent before the move: the card in the group, and the host's
	// status cards about this group, the other one, and a group whose id
	// begins with the same digits.
	sent(t, db, allaboard.Outgoing{ChatID: from, Text: "card", Ref: "card:1"}, 10)
	sent(t, db, allaboard.Outgoing{ChatID: 1, Text: "status", Ref: "status:-100:1"}, 20)
	sent(t, db, allaboard.Outgoing{ChatID: 1, Text: "other status", Ref: "status:-200:1"}, 21)
	sent(t, db, allaboard.Outgoing{ChatID: 1, Text: "lookalike status", Ref: "status:-1000:1"}, 22)
	sent(t, db, allaboard.Outgoing{ChatID: 2, Text: "Bob's card", Ref: allaboard.PrivateCardRef(allaboard.Event{Group: from, Num: 1})}, 23)
	// Messages still waiting.
	update(t, db, func(tx allaboard.Tx) error {
		for _, m := range []allaboard.Outgoing{
			{ChatID: from, Text: "mention", Chase: &allaboard.ChaseTag{Group: from, Event: 1, Users: []int64{2}}},
			{ChatID: 2, Text: "reminder", Chase: &allaboard.ChaseTag{Group: from, Event: 2, Users: []int64{2}}},
			{ChatID: 1, Text: "status update", Ref: "status:-100:2"},
			{ChatID: other, Text: "other mention", Chase: &allaboard.ChaseTag{Group: other, Event: 1, Users: []int64{4}}},
		} {
			if err := tx.Enqueue(m); err != nil {
				return err
			}
		}
		return nil
	})

	update(t, db, func(tx allaboard.Tx) error { return tx.MoveGroup(from, to) })

	view(t, db, func(tx allaboard.Tx) error {
		// Events and their history.
		evs, err := tx.Events(to)
		if err != nil {
			return err
		}
		if len(evs) != 2 || evs[0].Num != 1 || evs[0].Title != "Party" || evs[1].Num != 2 || evs[1].Title != "Picnic" {
			t.Errorf("events under the new id = %+v, want #1 Party and #2 Picnic", evs)
		}
		for _, e := range evs {
			if e.Group != to {
				t.Errorf("event #%d under the new id says group %d", e.Num, e.Group)
			}
		}
		if e, err := tx.Event(to, 1); err != nil || e.Rev != 2 || !e.When.Equal(t0.Add(50*time.Hour)) {
			t.Errorf("event #1 = %+v, %v; want it as moved by Bob", e, err)
		}
		if evs, _ := tx.Events(from); len(evs) != 0 {
			t.Errorf("events left under the old id: %+v", evs)
		}
		e, err := tx.Event(from, 1)
		wantNotFound(t, "event #1 under the old id", e, err)
		revs, err := tx.Revisions(to, 1)
		if err != nil {
			return err
		}
		if len(revs) != 2 || revs[0].ByName != "Ann" || revs[1].ByName != "Bob" || revs[1].Changes[0].Field != allaboard.FieldWhen {
			t.Errorf("history of #1 under the new id = %+v, want Ann's announcement and Bob's move", revs)
		}
		if revs, _ := tx.Revisions(to, 2); len(revs) != 1 {
			t.Errorf("history of #2 under the new id = %+v, want the announcement", revs)
		}
		if revs, _ := tx.Revisions(from, 1); len(revs) != 0 {
			t.Errorf("history left under the old id: %+v", revs)
		}
		if e, err := tx.Event(other, 1); err != nil || e.Title != "Rehearsal" {
			t.Errorf("the other group's event = %+v, %v", e, err)
		}

		// Responses and the due index.
		rs, err := tx.Responses(to, 1)
		if err != nil {
			return err
		}
		if len(rs) != 2 {
			t.Errorf("responses to #1 under the new id = %+v, want Ann's and Bob's", rs)
		}
		for _, r := range rs {
			if r.Group != to {
				t.Errorf("response of %d under the new id says group %d", r.User, r.Group)
			}
		}
		if r, err := tx.Response(to, 1, 1); err != nil || r.Acked != 2 {
			t.Errorf("Ann's response = %+v, %v; want her confirmation kept", r, err)
		}
		if r, err := tx.Response(to, 1, 2); err != nil || r.Pings != 1 || !r.Due.Equal(t0.Add(time.Minute)) {
			t.Errorf("Bob's response = %+v, %v; want his chase kept", r, err)
		}
		if rs, _ := tx.Responses(from, 1); len(rs) != 0 {
			t.Errorf("responses left under the old id: %+v", rs)
		}
		r, err := tx.Response(from, 2, 2)
		wantNotFound(t, "Bob's response to #2 under the old id", r, err)
		due, err := tx.DueResponses(t0.Add(time.Hour), 100)
		if err != nil {
			return err // a due entry left under the old id points at nothing
		}
		var moved []int
		for _, r := range due {
			switch r.Group {
			case from:
				t.Errorf("still due under the old id: %+v", r)
			case to:
				moved = append(moved, r.Event)
			}
		}
		if len(due) != 3 || !slices.Equal(moved, []int{1, 2}) {
			t.Errorf("due: %+v; want the other group's one and Bob's two under the new id, earliest first", due)
		}
		if next, err := tx.NextDue(); err != nil || !next.Equal(t0.Add(30*time.Second)) {
			t.Errorf("next due = %v, %v; want the other group's at +30s", next, err)
		}

		// Members and their groups.
		ms, err := tx.Members(to)
		if err != nil {
			return err
		}
		if len(ms) != 3 {
			t.Errorf("members under the new id = %+v, want 3", ms)
		}
		for _, m := range ms {
			if m.Group != to {
				t.Errorf("member %d under the new id says group %d", m.User, m.Group)
			}
		}
		if m, err := tx.Member(to, 3); err != nil || !m.Left {
			t.Errorf("member 3 = %+v, %v; want them still gone", m, err)
		}
		if ms, _ := tx.Members(from); len(ms) != 0 {
			t.Errorf("members left under the old id: %+v", ms)
		}
		m, err := tx.Member(from, 2)
		wantNotFound(t, "member 2 under the old id", m, err)
		if groups, err := tx.UserGroups(2); err != nil || !slices.Equal(groups, []int64{to}) {
			t.Errorf("Bob's groups = %v, %v; want only the new id", groups, err)
		}
		if groups, err := tx.UserGroups(1); err != nil || len(groups) != 2 || !slices.Contains(groups, to) || !slices.Contains(groups, other) {
			t.Errorf("Ann's groups = %v, %v; want the new id and the other group", groups, err)
		}
		if groups, err := tx.UserGroups(3); err != nil || len(groups) != 0 {
			t.Errorf("groups of member 3, who left = %v, %v; want none", groups, err)
		}

		// Timers.
		if tm, err := tx.Timer(allaboard.TimerReminder, to, 1); err != nil || tm.Group != to || !tm.At.Equal(t0.Add(24*time.Hour)) {
			t.Errorf("reminder timer under the new id = %+v, %v", tm, err)
		}
		if tm, err := tx.Timer(allaboard.TimerRoster, to, 0); err != nil || tm.Group != to || !tm.At.Equal(t0.Add(2*time.Hour)) {
			t.Errorf("roster timer under the new id = %+v, %v", tm, err)
		}
		tm, err := tx.Timer(allaboard.TimerReminder, from, 1)
		wantNotFound(t, "reminder timer under the old id", tm, err)
		tms, err := tx.DueTimers(t0.Add(48*time.Hour), 100)
		if err != nil {
			return err // an index entry left under the old id points at nothing
		}
		var names []string
		for _, tm := range tms {
			names = append(names, timerName(tm))
		}
		if want := []string{"roster/-1001234/0", "reminder/-200/1", "reminder/-1001234/1"}; !slices.Equal(names, want) {
			t.Errorf("due timers = %v, want %v", names, want)
		}
		if next, err := tx.NextTimer(); err != nil || !next.Equal(t0.Add(2*time.Hour)) {
			t.Errorf("next timer = %v, %v; want the roster at +2h", next, err)
		}

		// Chat records.
		old, err := tx.Chat(from)
		if err != nil || old.MovedTo != to || old.Kind != allaboard.Group {
			t.Errorf("old chat record = %+v, %v; want a pointer to %d", old, err, to)
		}
		c, err := tx.Chat(to)
		if err != nil || c.ID != to || c.Kind != allaboard.Supergroup || c.MovedTo != 0 || c.Title != "Class 2B" || !c.Admin || c.Count != 5 {
			t.Errorf("new chat record = %+v, %v; want the group as a supergroup", c, err)
		}
		return nil
	})

	wantNext(t, db, to, 3, "after #1 and #2")
	wantNext(t, db, from, 1, "nothing kept there")

	// Waiting messages are readdressed.
	box := waiting(t, db)
	if len(box) != 4 {
		t.Errorf("%d messages waiting, want 4", len(box))
	}
	if m := box["mention"]; m.ChatID != to || m.Chase == nil || m.Chase.Group != to || m.Chase.Event != 1 || !slices.Equal(m.Chase.Users, []int64{2}) {
		t.Errorf("mention = %+v (chase %+v), want it sent to and chasing for the new id", m, m.Chase)
	}
	if m := box["reminder"]; m.ChatID != 2 || m.Chase == nil || m.Chase.Group != to {
		t.Errorf("reminder = %+v (chase %+v), want it sent to Bob, chasing for the new id", m, m.Chase)
	}
	if m := box["status update"]; m.ChatID != 1 || m.Ref != "status:-1001234:2" {
		t.Errorf("status update = %+v, want it to Ann with the new group's ref", m)
	}
	if m := box["other mention"]; m.ChatID != other || m.Chase == nil || m.Chase.Group != other {
		t.Errorf("the other group's mention = %+v (chase %+v), want it untouched", m, m.Chase)
	}

	// Refs: the message in the old group can no longer be edited; the host's
	// status card is renamed; the other status cards stay as they were.
	if id := refMessage(t, db, from, "card:1"); id != 0 {
		t.Errorf("the card in the old group is still recorded as message %d", id)
	}
	if id := refMessage(t, db, to, "card:1"); id != 0 {
		t.Errorf("the card in the old group was moved to the new one as message %d; it cannot be edited there", id)
	}
	if id := refMessage(t, db, 1, "status:-100:1"); id != 0 {
		t.Errorf("the status card is still recorded under the old group's ref as message %d", id)
	}
	if id := refMessage(t, db, 1, "status:-1001234:1"); id != 20 {
		t.Errorf("status card under the new group's ref = message %d, want 20", id)
	}
	if id := refMessage(t, db, 1, "status:-200:1"); id != 21 {
		t.Errorf("the other group's status card = message %d, want 21", id)
	}
	if id := refMessage(t, db, 1, "status:-1000:1"); id != 22 {
		t.Errorf("the status card about group -1000 = message %d, want 22 untouched", id)
	}
	if id := refMessage(t, db, 2, allaboard.PrivateCardRef(allaboard.Event{Group: to, Num: 1})); id != 23 {
		t.Errorf("Bob's own card under the new group's ref = message %d, want 23", id)
	}

	// The readdressed status update records its message under the new ref.
	if err := db.Complete(box["status update"].ID, allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: 30}, nil); err != nil {
		t.Fatal(err)
	}
	if id := refMessage(t, db, 1, "status:-1001234:2"); id != 30 {
		t.Errorf("status update delivered after the move recorded as message %d, want 30", id)
	}
}

func TestMoveGroupKeepsRecordsAlreadyUnderTheNewID(t *testing.T) {
	db := open(t)
	const from, to = int64(-100), int64(-1009)
	ann := allaboard.User{ID: 1, FirstName: "Ann"}
	update(t, db, func(tx allaboard.Tx) error {
		if err := tx.SaveChat(allaboard.Chat{ID: from, Kind: allaboard.Group, Title: "Class 2B"}); err != nil {
			return err
		}
		if err := tx.SaveChat(allaboard.Chat{ID: to, Kind: allaboard.Supergroup, Title: "Class 2B (new)"}); err != nil {
			return err
		}
		if _, err := announce(tx, from, ann, "Party", t0.Add(48*time.Hour)); err != nil {
			return err
		}
		if _, err := announce(tx, to, ann, "Concert", t0.Add(96*time.Hour)); err != nil {
			return err
		}
		err := saveAll(tx,
			[]allaboard.Member{
				{Group: from, User: 2, Since: t0},
				{Group: to, User: 2, Since: t0.Add(time.Hour), Left: true}, // left the supergroup since
				{Group: from, User: 3, Since: t0},
			},
			[]allaboard.Response{
				{Group: from, Event: 1, User: 2, Due: t0.Add(time.Minute)},
				{Group: to, Event: 1, User: 2, Due: t0.Add(5 * time.Minute)},
			})
		if err != nil {
			return err
		}
		if err := tx.SetTimer(allaboard.Timer{Kind: allaboard.TimerReminder, Group: from, Event: 1, At: t0.Add(24 * time.Hour)}); err != nil {
			return err
		}
		return tx.SetTimer(allaboard.Timer{Kind: allaboard.TimerReminder, Group: to, Event: 1, At: t0.Add(30 * time.Hour)})
	})

	update(t, db, func(tx allaboard.Tx) error { return tx.MoveGroup(from, to) })

	view(t, db, func(tx allaboard.Tx) error {
		if m, err := tx.Member(to, 2); err != nil || !m.Left || !m.Since.Equal(t0.Add(time.Hour)) {
			t.Errorf("member 2 under the new id = %+v, %v; want the record already there, who left", m, err)
		}
		if groups, err := tx.UserGroups(2); err != nil || len(groups) != 0 {
			t.Errorf("groups of member 2 = %v, %v; want none: they left the supergroup", groups, err)
		}
		if m, err := tx.Member(to, 3); err != nil || m.Left || m.Group != to {
			t.Errorf("member 3 under the new id = %+v, %v; want them moved", m, err)
		}
		if groups, err := tx.UserGroups(3); err != nil || !slices.Equal(groups, []int64{to}) {
			t.Errorf("groups of member 3 = %v, %v; want the new id", groups, err)
		}
		if ms, _ := tx.Members(to); len(ms) != 2 {
			t.Errorf("members under the new id = %+v, want 2", ms)
		}

		if e, err := tx.Event(to, 1); err != nil || e.Title != "Concert" {
			t.Errorf("event #1 under the new id = %+v, %v; want the one already there", e, err)
		}
		if r, err := tx.Response(to, 1, 2); err != nil || !r.Due.Equal(t0.Add(5*time.Minute)) {
			t.Errorf("response under the new id = %+v, %v; want the one already there", r, err)
		}
		due, err := tx.DueResponses(t0.Add(time.Hour), 100)
		if err != nil {
			return err // the moved response's due entry was left behind
		}
		if len(due) != 1 || due[0].Group != to || !due[0].Due.Equal(t0.Add(5*time.Minute)) {
			t.Errorf("due = %+v, want only the response already under the new id", due)
		}
		if tm, err := tx.Timer(allaboard.TimerReminder, to, 1); err != nil || !tm.At.Equal(t0.Add(30*time.Hour)) {
			t.Errorf("timer under the new id = %+v, %v; want the one already there", tm, err)
		}
		tms, err := tx.DueTimers(t0.Add(48*time.Hour), 100)
		if err != nil {
			return err
		}
		if len(tms) != 1 || tms[0].Group != to {
			t.Errorf("due timers = %+v, want only the one already under the new id", tms)
		}
		if next, err := tx.NextTimer(); err != nil || !next.Equal(t0.Add(30*time.Hour)) {
			t.Errorf("next timer = %v, %v; want +30h: the moved timer's index entry is gone", next, err)
		}
		if c, err := tx.Chat(to); err != nil || c.Title != "Class 2B (new)" || c.Kind != allaboard.Supergroup {
			t.Errorf("new chat record = %+v, %v; want the supergroup's title kept", c, err)
		}
		if c, err := tx.Chat(from); err != nil || c.MovedTo != to {
			t.Errorf("old chat record = %+v, %v; want a pointer to %d", c, err, to)
		}
		return nil
	})
}

// A host's status card about an event already under the new id is the card
// of the event that is kept, so the card about the event it won over must not
// take its place.
func TestMoveGroupKeepsStatusCardAlreadyAboutTheNewID(t *testing.T) {
	db := open(t)
	const from, to = int64(-100), int64(-1009)
	ann := allaboard.User{ID: 1, FirstName: "Ann"}
	update(t, db, func(tx allaboard.Tx) error {
		if err := tx.SaveChat(allaboard.Chat{ID: from, Kind: allaboard.Group, Title: "Class 2B"}); err != nil {
			return err
		}
		if _, err := announce(tx, from, ann, "Party", t0.Add(48*time.Hour)); err != nil {
			return err
		}
		_, err := announce(tx, to, ann, "Concert", t0.Add(96*time.Hour))
		return err
	})
	sent(t, db, allaboard.Outgoing{ChatID: 1, Text: "Party status", Ref: "status:-100:1"}, 20)
	sent(t, db, allaboard.Outgoing{ChatID: 1, Text: "Concert status", Ref: "status:-1009:1"}, 30)

	update(t, db, func(tx allaboard.Tx) error { return tx.MoveGroup(from, to) })

	view(t, db, func(tx allaboard.Tx) error {
		if e, err := tx.Event(to, 1); err != nil || e.Title != "Concert" {
			t.Errorf("event #1 under the new id = %+v, %v; want the one already there", e, err)
		}
		return nil
	})
	if id := refMessage(t, db, 1, "status:-1009:1"); id != 30 {
		t.Errorf("Ann's status card about #1 of the new id = message %d, want 30, the Concert's card: the kept event's card was replaced by the card of the event it won over", id)
	}
	if id := refMessage(t, db, 1, "status:-100:1"); id != 0 {
		t.Errorf("Ann's status card about the old id is still recorded as message %d", id)
	}
}

func TestMoveGroupContinuesAfterTheHigherEventNumber(t *testing.T) {
	db := open(t)
	number := func(tx allaboard.Tx, group int64, times int) error {
		for range times {
			if _, err := tx.NextEventNum(group); err != nil {
				return err
			}
		}
		return nil
	}
	update(t, db, func(tx allaboard.Tx) error {
		for _, id := range []int64{-100, -200} {
			if err := tx.SaveChat(allaboard.Chat{ID: id, Kind: allaboard.Group}); err != nil {
				return err
			}
		}
		// -100 numbered further than the supergroup it becomes …
		if err := number(tx, -100, 3); err != nil {
			return err
		}
		if err := number(tx, -1001, 1); err != nil {
			return err
		}
		// … and -200 less far.
		if err := number(tx, -200, 2); err != nil {
			return err
		}
		return number(tx, -2001, 5)
	})
	update(t, db, func(tx allaboard.Tx) error {
		if err := tx.MoveGroup(-100, -1001); err != nil {
			return err
		}
		return tx.MoveGroup(-200, -2001)
	})
	wantNext(t, db, -1001, 4, "after the moved group's 3")
	wantNext(t, db, -2001, 6, "after its own 5")
}

// Moving a group onto itself changes nothing: it once deleted the group's
// event counter, and the next event overwrote #1.
func TestMoveGroupOntoItselfChangesNothing(t *testing.T) {
	db := open(t)
	const g = int64(-1001)
	ann := allaboard.User{ID: 1, FirstName: "Ann"}
	update(t, db, func(tx allaboard.Tx) error {
		if err := tx.SaveChat(allaboard.Chat{ID: g, Kind: allaboard.Supergroup, Title: "Class"}); err != nil {
			return err
		}
		_, err := announce(tx, g, ann, "Picnic", t0.Add(48*time.Hour))
		return err
	})
	update(t, db, func(tx allaboard.Tx) error { return tx.MoveGroup(g, g) })
	view(t, db, func(tx allaboard.Tx) error {
		if e, err := tx.Event(g, 1); err != nil || e.Title != "Picnic" {
			t.Errorf("event #1 = %+v, %v; want the Picnic", e, err)
		}
		if c, err := tx.Chat(g); err != nil || c.MovedTo != 0 {
			t.Errorf("the group = %+v, %v; want it as it was", c, err)
		}
		return nil
	})
	wantNext(t, db, g, 2, "")
}

// A new event never takes an existing one's number: not even when the
// counter was lost, and not when asked to.
func TestAnEventIsNeverCreatedOverAnother(t *testing.T) {
	db := open(t)
	const g = int64(-1001)
	ann := allaboard.User{ID: 1, FirstName: "Ann"}
	update(t, db, func(tx allaboard.Tx) error {
		for _, title := range []string{"Picnic", "Party"} {
			if _, err := announce(tx, g, ann, title, t0.Add(48*time.Hour)); err != nil {
				return err
			}
		}
		return nil
	})
	update(t, db, func(tx allaboard.Tx) error {
		e, _, err := allaboard.NewEvent(g, 1, ann, "Concert", t0.Add(72*time.Hour), "Hall", "", t0)
		if err != nil {
			return err
		}
		if err := tx.CreateEvent(e); !errors.Is(err, allaboard.ErrExists) {
			t.Errorf("creating event #1 again: err = %v, want ErrExists", err)
		}
		return nil
	})
	// The counter lost (as a self-move once did): numbering goes on above the events.
	if err := db.LoseCounterForTest(g); err != nil {
		t.Fatal(err)
	}
	wantNext(t, db, g, 3, "")
}

// A command waiting for its sender's choice is kept per chat and sender, and
// goes when either is forgotten.
func TestAskedCommandsAreKeptAndForgotten(t *testing.T) {
	db := open(t)
	q := allaboard.AskedCommand{Chat: -100, User: 2, Command: "event", Args: "Picnic | Sat 3 | Park", Typed: " Sat 3 ", Choices: []string{"Sat 15:00", "Sat 03:00"}}
	update(t, db, func(tx allaboard.Tx) error {
		if err := tx.SaveAskedCommand(q); err != nil {
			return err
		}
		other := q
		other.Chat = -200
		return tx.SaveAskedCommand(other)
	})
	view(t, db, func(tx allaboard.Tx) error {
		if got, err := tx.AskedCommand(-100, 2); err != nil || got.Args != q.Args || len(got.Choices) != 2 {
			t.Errorf("asked command = %+v, %v", got, err)
		}
		if _, err := tx.AskedCommand(-100, 3); !errors.Is(err, allaboard.ErrNotFound) {
			t.Errorf("another sender's: err %v, want ErrNotFound", err)
		}
		return nil
	})
	update(t, db, func(tx allaboard.Tx) error { return tx.DeleteGroup(-200) })
	update(t, db, func(tx allaboard.Tx) error { return tx.DeleteUser(2) })
	view(t, db, func(tx allaboard.Tx) error {
		for _, chat := range []int64{-100, -200} {
			if _, err := tx.AskedCommand(chat, 2); !errors.Is(err, allaboard.ErrNotFound) {
				t.Errorf("the command waiting in %d outlived forgetting: err %v", chat, err)
			}
		}
		return nil
	})
}
