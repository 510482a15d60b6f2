package store_test

import (
	"slices"
	"testing"
	"time"

	"allaboard"
	"allaboard/store"
)

// edit is a message kept in place under ref in chat: it edits the one
// already there, or posts it.
func edit(chat int64, ref, text string) allaboard.Outgoing {
	return allaboard.Outgoing{ChatID: chat, Ref: ref, Text: text}
}

func fresh(chat int64, ref, text string) allaboard.Outgoing {
	m := edit(chat, ref, text)
	m.Fresh = true
	return m
}

func editOnly(chat int64, ref, text string) allaboard.Outgoing {
	m := edit(chat, ref, text)
	m.EditOnly = true
	return m
}

// queued returns what waits to be sent, oldest first.
func queued(tb testing.TB, db *store.DB) []allaboard.Outgoing {
	tb.Helper()
	box, err := db.Outbox()
	if err != nil {
		tb.Fatal(err)
	}
	return box
}

func textsOf(box []allaboard.Outgoing) []string {
	out := make([]string, len(box))
	for i, m := range box {
		out[i] = m.Text
	}
	return out
}

// completeAll completes what waits as delivered, oldest first, as the sender
// does.
func completeAll(tb testing.TB, db *store.DB) {
	tb.Helper()
	for _, m := range queued(tb, db) {
		if err := db.Complete(m.ID, allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: 50}, nil); err != nil {
			tb.Fatal(err)
		}
	}
}

// wantNothingIndexed checks that nothing is left in the index of edits nor
// kept aside once nothing waits.
func wantNothingIndexed(tb testing.TB, db *store.DB) {
	tb.Helper()
	edits, err := db.EditsForTest()
	if err != nil {
		tb.Fatal(err)
	}
	replaced, err := db.ReplacedForTest()
	if err != nil {
		tb.Fatal(err)
	}
	if len(edits) != 0 || len(replaced) != 0 {
		tb.Fatalf("left indexed: edits %v, kept aside %v", edits, replaced)
	}
}

func TestQueuingAnEditReplacesTheOneItSupersedes(t *testing.T) {
	const card = "card:1:1"
	tenEdits := make([]allaboard.Outgoing, 10)
	for i := range tenEdits {
		tenEdits[i] = edit(-5, card, "count "+string(rune('0'+i)))
	}
	tests := []struct {
		name string
		in   []allaboard.Outgoing
		want []string
	}{
		{"ten edits of one message leave the newest", tenEdits, []string{"count 9"}},
		{"a post anew is never replaced; an edit after it stays apart",
			[]allaboard.Outgoing{fresh(-5, card, "post"), edit(-5, card, "e1"), edit(-5, card, "e2")}, []string{"post", "e2"}},
		{"a post anew supersedes the edits before it, as the sender drops them",
			[]allaboard.Outgoing{edit(-5, card, "e1"), fresh(-5, card, "post")}, []string{"post"}},
		{"posts anew all stay",
			[]allaboard.Outgoing{fresh(-5, card, "post 1"), fresh(-5, card, "post 2")}, []string{"post 1", "post 2"}},
		{"an edit-only entry does not replace one that would post, but the next edit-only one",
			[]allaboard.Outgoing{edit(-5, card, "e1"), editOnly(-5, card, "only 1"), editOnly(-5, card, "only 2")}, []string{"e1", "only 2"}},
		{"an edit that would post replaces both",
			[]allaboard.Outgoing{edit(-5, card, "e1"), editOnly(-5, card, "only 1"), edit(-5, card, "e2")}, []string{"e2"}},
		{"an edit that would post replaces an edit-only one",
			[]allaboard.Outgoing{editOnly(-5, card, "only 1"), edit(-5, card, "e1")}, []string{"e1"}},
		{"ops are never replaced and replace nothing",
			[]allaboard.Outgoing{edit(-5, card, "e1"), {ChatID: -5, Ref: card, Op: allaboard.OpPin, Text: "pin"}, edit(-5, card, "e2"),
				{ChatID: -5, Ref: card, Op: allaboard.OpUnpin, Text: "unpin"}},
			[]string{"pin", "e2", "unpin"}},
		{"other chats and refs do not interfere",
			[]allaboard.Outgoing{edit(-5, "a", "a-5 1"), edit(-6, "a", "a-6 1"), edit(-5, "b", "b-5 1"), edit(-5, "a", "a-5 2"),
				edit(-6, "a", "a-6 2"), {ChatID: -5, Text: "no ref"}, {ChatID: -5, Text: "no ref"}, edit(-5, "b", "b-5 2")},
			[]string{"a-5 2", "a-6 2", "no ref", "no ref", "b-5 2"}},
	}
	for _, tt := range tests {
		for _, how := range []string{"in one transaction", "one a transaction, each read before the next"} {
			t.Run(tt.name+" "+how, func(t *testing.T) {
				db := open(t)
				if how == "in one transaction" {
					enqueue(t, db, tt.in...)
				} else {
					for _, m := range tt.in {
						enqueue(t, db, m)
						if _, err := db.OutboxAfter(0); err != nil { // the sender holds it
							t.Fatal(err)
						}
					}
				}
				if got := textsOf(queued(t, db)); !slices.Equal(got, tt.want) {
					t.Fatalf("queued %q, want %q", got, tt.want)
				}
				if n, err := db.OutboxLen(); err != nil || n != len(tt.want) {
					t.Fatalf("outbox length %d, %v; want %d", n, err, len(tt.want))
				}
				completeAll(t, db)
				wantNothingIndexed(t, db)
			})
		}
	}
}

func TestAReplacedEditBeingSentIsStillRecorded(t *testing.T) {
	db := open(t)
	enqueue(t, db, edit(-5, "card", "first"))
	held, err := db.OutboxAfter(0) // the sender reads it and posts it...
	if err != nil {
		t.Fatal(err)
	}
	enqueue(t, db, edit(-5, "card", "second")) // ...as a press changes the card
	if got := textsOf(queued(t, db)); !slices.Equal(got, []string{"second"}) {
		t.Fatalf("queued %q, want the second only", got)
	}
	var seen []string
	after := func(_ allaboard.Tx, m allaboard.Outgoing, d allaboard.Delivery) error {
		seen = append(seen, m.Text)
		return nil
	}
	sent := time.Now()
	done := []allaboard.Completion{{ID: held[0].ID, Delivery: allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: 42}, Sent: sent}}
	if err := db.CompleteAll(done, after); err != nil {
		t.Fatal(err)
	}
	if id := refMessage(t, db, -5, "card"); id != 42 {
		t.Fatalf("the posted card is recorded as %d, want 42: the second would post it again", id)
	}
	if sends, err := db.RecentSends(sent.Add(-time.Second)); err != nil || len(sends) != 1 || sends[0].Chat != -5 {
		t.Fatalf("requests recorded: %v, %v; want the one to -5", sends, err)
	}
	if err := db.CompleteAll(done, after); err != nil { // again: nothing happens
		t.Fatal(err)
	}
	if !slices.Equal(seen, []string{"first"}) {
		t.Fatalf("after ran for %q, want once for the first", seen)
	}
	if replaced, _ := db.ReplacedForTest(); len(replaced) != 0 {
		t.Fatalf("still kept aside: %v", replaced)
	}
	if got := textsOf(queued(t, db)); !slices.Equal(got, []string{"second"}) {
		t.Fatalf("queued %q, want the second still", got)
	}
	completeAll(t, db)
	wantNothingIndexed(t, db)
}

func TestReplacedEditsNoOneCompletesAreLetGo(t *testing.T) {
	db := open(t)
	var ids []uint64
	for _, text := range []string{"one", "two", "three"} {
		enqueue(t, db, edit(-5, "card", text))
		box, _ := db.OutboxAfter(0)
		ids = append(ids, box[0].ID)
	}
	if replaced, _ := db.ReplacedForTest(); !slices.Equal(replaced, ids[:2]) {
		t.Fatalf("kept aside %v, want %v", replaced, ids[:2])
	}
	completeAll(t, db) // the newest went: the sender is done with the older
	wantNothingIndexed(t, db)
	ran := false
	err := db.Complete(ids[0], allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: 7}, func(allaboard.Tx, allaboard.Outgoing, allaboard.Delivery) error {
		ran = true
		return nil
	})
	if err != nil || ran || refMessage(t, db, -5, "card") != 50 {
		t.Fatalf("a late completion: %v, after ran %v, ref %d", err, ran, refMessage(t, db, -5, "card"))
	}

	// A restart lets go of what the sender held.
	enqueue(t, db, edit(-5, "card", "four"))
	db.OutboxAfter(0)
	enqueue(t, db, edit(-5, "card", "five"))
	db = reopen(t, db)
	if replaced, _ := db.ReplacedForTest(); len(replaced) != 0 {
		t.Fatalf("kept aside after a restart: %v", replaced)
	}
	enqueue(t, db, edit(-5, "card", "six"))
	if got := textsOf(queued(t, db)); !slices.Equal(got, []string{"six"}) {
		t.Fatalf("queued %q after a restart, want six", got)
	}
	completeAll(t, db)
	wantNothingIndexed(t, db)
}

// reopen closes db and opens it again, as a restart does.
func reopen(tb testing.TB, db *store.DB) *store.DB {
	tb.Helper()
	if err := db.Close(); err != nil {
		tb.Fatal(err)
	}
	return openAt(tb, db.Path())
}

func TestAnOlderDatabaseIsIndexedAtOpen(t *testing.T) {
	db := open(t)
	err := db.EnqueueUnindexedForTest(edit(-5, "card", "one"), edit(-6, "card", "other"), edit(-5, "card", "two"),
		editOnly(-5, "card", "only"), edit(-5, "card", "three"))
	if err != nil {
		t.Fatal(err)
	}
	db = reopen(t, db)
	if got := textsOf(queued(t, db)); !slices.Equal(got, []string{"other", "three"}) {
		t.Fatalf("queued %q, want other and three: what the sender would have dropped is gone", got)
	}
	enqueue(t, db, edit(-5, "card", "four"), edit(-6, "card", "other 2"))
	if got := textsOf(queued(t, db)); !slices.Equal(got, []string{"four", "other 2"}) {
		t.Fatalf("queued %q, want four and other 2", got)
	}
	completeAll(t, db)
	wantNothingIndexed(t, db)
}

func TestTheIndexMovesWithAGroup(t *testing.T) {
	db := open(t)
	const from, to, host = int64(-100), int64(-1001234), int64(7)
	status := func(group int64) string { return allaboard.StatusPrefix(group) + "1" }
	update(t, db, func(tx allaboard.Tx) error { return tx.SaveChat(allaboard.Chat{ID: from, Title: "Class"}) })
	enqueue(t, db, edit(from, "card:1:1", "card 0"))
	held, _ := db.OutboxAfter(0)
	enqueue(t, db, edit(from, "card:1:1", "card 1"), edit(host, status(from), "status 1"),
		allaboard.Outgoing{ChatID: from, Ref: "card:1:1", Op: allaboard.OpPin})
	update(t, db, func(tx allaboard.Tx) error { return tx.MoveGroup(from, to) })

	enqueue(t, db, edit(to, "card:1:1", "card 2"), edit(host, status(to), "status 2"), edit(from, "card:1:1", "in the old group"))
	if got := textsOf(queued(t, db)); !slices.Equal(got, []string{"card 2", "status 2", "in the old group"}) {
		t.Fatalf("queued %q, want the moved edits replaced", got)
	}
	// The one the sender was sending is still completed.
	if err := db.Complete(held[0].ID, allaboard.Delivery{Outcome: allaboard.Blocked}, nil); err != nil {
		t.Fatal(err)
	}
	if replaced, _ := db.ReplacedForTest(); slices.Contains(replaced, held[0].ID) {
		t.Fatalf("still kept aside once completed: %v", replaced)
	}
	completeAll(t, db)
	wantNothingIndexed(t, db)
}

func TestTheIndexForgetsWithAGroupOrAUser(t *testing.T) {
	db := open(t)
	const group, other, host, member = int64(-100), int64(-200), int64(7), int64(8)
	memberCard := allaboard.StatusPrefix(other) + "card:1"
	enqueue(t, db, edit(group, "card:1:1", "card 0"))
	db.OutboxAfter(0) // held by the sender, then replaced
	enqueue(t, db, edit(group, "card:1:1", "card 1"), edit(host, allaboard.StatusPrefix(group)+"1", "status"),
		edit(other, "card:1:1", "other card"), edit(member, memberCard, "member's card"))

	update(t, db, func(tx allaboard.Tx) error { return tx.DeleteGroup(group) })
	update(t, db, func(tx allaboard.Tx) error { return tx.DeleteUser(member) })
	if got := textsOf(queued(t, db)); !slices.Equal(got, []string{"other card"}) {
		t.Fatalf("queued %q, want the other group's card only", got)
	}
	edits, err := db.EditsForTest()
	if err != nil {
		t.Fatal(err)
	}
	if len(edits) != 1 || edits["-200 card:1:1"] == nil {
		t.Fatalf("indexed %v, want the other group's card only", edits)
	}
	if replaced, _ := db.ReplacedForTest(); len(replaced) != 0 {
		t.Fatalf("kept aside for a deleted group: %v", replaced)
	}

	// What comes for them anew is queued, and replaced, as any.
	enqueue(t, db, edit(group, "card:1:1", "again 1"), edit(member, memberCard, "member again 1"))
	enqueue(t, db, edit(group, "card:1:1", "again 2"), edit(member, memberCard, "member again 2"))
	if got := textsOf(queued(t, db)); !slices.Equal(got, []string{"other card", "again 2", "member again 2"}) {
		t.Fatalf("queued %q", got)
	}
	completeAll(t, db)
	wantNothingIndexed(t, db)
}
