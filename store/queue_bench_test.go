package store_test

import (
	"runtime"
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/notice"
)

// BenchmarkQueueMemory is what the sender holds in memory for each queued
// message, read back from the outbox as the sender reads it: a private card
// of a fan-out (a notice, its words written when it is sent) against the
// same card queued as text, as versions before notices queued it.
//
//	go test -run '^$' -bench QueueMemory -benchtime 1x ./store/
func BenchmarkQueueMemory(b *testing.B) {
	const members = 10000
	e := allaboard.Event{Group: -1001234567890, Num: 12, Material: 3}
	now := time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC)
	card := func(user int64) allaboard.Outgoing {
		return allaboard.Outgoing{ChatID: user, Ref: allaboard.PrivateCardRef(e), Fresh: true, For: e.Group, Created: now,
			Notice: notice.OwnCardOf(e, user, 0, notice.WhyState)}
	}
	// The card as text: about what a private card with changes and buttons
	// took before (HTML ~900 bytes, four rows of buttons).
	text := "📣 <b>New in Class 2b parents</b> — please confirm you've seen it:\n\n✏️ <b>Changed</b>: " +
		strings.Repeat("🕒 Sat 19 Dec 15:00 → Sun 20 Dec 14:00 · ", 8) + "\n📅 <b>Mia's 7th birthday</b> (#12)\n🕒 Sun 20 Dec 2026, 14:00 CET\n📍 Trampoline Hall, Harbour Rd 2\n👤 Host: Hanna\n📝 Socks required!"
	buttons := [][]allaboard.Button{{{Text: "✅ Got it", Data: "e:-1001234567890:12:3:a"}},
		{{Text: "🎉 Going", Data: "e:-1001234567890:12:3:g"}, {Text: "🤔 Maybe", Data: "e:-1001234567890:12:3:m"}, {Text: "🙁 Can't", Data: "e:-1001234567890:12:3:n"}},
		{{Text: "📅 Add to calendar", Data: "e:-1001234567890:12:3:c"}}}
	for _, tc := range []struct {
		name string
		make func(user int64) allaboard.Outgoing
	}{
		{"notice", card},
		{"text", func(user int64) allaboard.Outgoing {
			m := card(user)
			m.Notice, m.Text, m.Buttons = nil, text, buttons
			return m
		}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			for range b.N {
				db := open(b)
				err := db.Update(func(tx allaboard.Tx) error {
					for i := range members {
						if err := tx.Enqueue(tc.make(int64(1000 + i))); err != nil {
							return err
						}
					}
					return nil
				})
				if err != nil {
					b.Fatal(err)
				}
				// Read once to settle what a first read leaves behind, then
				// again: the heap grows by one queue held.
				first, err := db.OutboxAfter(0)
				if err != nil {
					b.Fatal(err)
				}
				before := heap()
				queue, err := db.OutboxAfter(0)
				if err != nil {
					b.Fatal(err)
				}
				held := float64(heap()) - float64(before)
				if len(queue) != members {
					b.Fatalf("read %d queued messages, want %d", len(queue), members)
				}
				runtime.KeepAlive(first)
				runtime.KeepAlive(queue)
				b.ReportMetric(held/members, "B/queued")
				b.ReportMetric(held/(1<<20), "MB/10k-queued")
			}
		})
	}
}

// heap is the live heap after collections.
func heap() uint64 {
	runtime.GC()
	runtime.GC()
	var s runtime.MemStats
	runtime.ReadMemStats(&s)
	return s.HeapAlloc
}
