package sender

import (
	"context"
	"log/slog"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"

	"allaboard"
	"allaboard/store"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// okAPI accepts everything at once: what is measured is the bot's own cost.
type okAPI struct{ n int }

func (a *okAPI) Send(tgbotapi.Chattable) (tgbotapi.Message, error) {
	a.n++
	return tgbotapi.Message{MessageID: a.n}, nil
}

func (a *okAPI) Request(tgbotapi.Chattable) (*tgbotapi.APIResponse, error) {
	return &tgbotapi.APIResponse{Ok: true}, nil
}

// BenchmarkSenderCeiling is how many messages a second the sender gets
// through a real database when Telegram is not the limit: 10,000 queued
// private messages, recorded a delivery per transaction and in batches.
//
//	go test -run '^$' -bench SenderCeiling -benchtime 3x ./bot/sender/
func BenchmarkSenderCeiling(b *testing.B) {
	for _, batch := range []int{1, maxBatch} {
		b.Run("batch="+strconv.Itoa(batch), func(b *testing.B) {
			const n = 10000
			for range b.N {
				b.StopTimer()
				db, err := store.Open(filepath.Join(b.TempDir(), "allaboard.db"))
				if err != nil {
					b.Fatal(err)
				}
				err = db.Update(func(tx allaboard.Tx) error {
					for i := range n {
						if err := tx.Enqueue(allaboard.Outgoing{ChatID: int64(1000 + i), Text: "📣 New in Class 2b: <b>Picnic</b>", Class: allaboard.ClassNews, For: -100}); err != nil {
							return err
						}
					}
					return nil
				})
				if err != nil {
					b.Fatal(err)
				}
				s := New(Config{API: &okAPI{}, Outbox: db, Log: slog.New(slog.DiscardHandler)})
				s.batch = batch
				s.Drain()
				b.StartTimer()
				s.Run(context.Background())
				b.StopTimer()
				if box, _ := db.Outbox(); len(box) != 0 {
					b.Fatalf("%d messages left unsent", len(box))
				}
				db.Close()
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "msg/s")
		})
	}
}

// BenchmarkWindowMemory is what the sender holds for a backlog: 10,000
// queued private cards of a fan-out (notices, written when sent) read from
// a real database, with the window (held in full: the oldest 32; a head
// for each of the rest) and with the whole queue held, as before the window.
//
//	go test -run '^$' -bench WindowMemory -benchtime 1x ./bot/sender/
func BenchmarkWindowMemory(b *testing.B) {
	const members = 10000
	e := allaboard.Event{Group: -1001234567890, Num: 12, Material: 3}
	db, err := store.Open(filepath.Join(b.TempDir(), "allaboard.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx allaboard.Tx) error {
		for i := range members {
			user := int64(1000 + i)
			m := allaboard.Outgoing{ChatID: user, Ref: allaboard.PrivateCardRef(e), Fresh: true, For: e.Group, Class: allaboard.ClassChase, Late: true,
				Chase: &allaboard.ChaseTag{Group: e.Group, Event: e.Num, Rev: e.Material, Users: []int64{user}}}
			if err := tx.Enqueue(m); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		perKey int
	}{{"window", perKey}, {"whole", members}} {
		b.Run(tc.name, func(b *testing.B) {
			for range b.N {
				before := liveHeap()
				s := New(Config{API: &okAPI{}, Outbox: db, Log: slog.New(slog.DiscardHandler)})
				s.perKey, s.perChat = tc.perKey, tc.perKey
				start := time.Now()
				if err := s.look(true); err != nil {
					b.Fatal(err)
				}
				read := time.Since(start)
				held := float64(liveHeap()) - float64(before)
				if len(s.queue)+len(s.waiting) != members {
					b.Fatalf("%d held and %d waiting, want %d in all", len(s.queue), len(s.waiting), members)
				}
				b.ReportMetric(held/members, "B/queued")
				b.ReportMetric(float64(len(s.queue)), "held")
				b.ReportMetric(float64(read.Milliseconds()), "ms-first-read")
				runtime.KeepAlive(s)
			}
		})
	}
}

// liveHeap is the live heap after collections.
func liveHeap() uint64 {
	runtime.GC()
	runtime.GC()
	var s runtime.MemStats
	runtime.ReadMemStats(&s)
	return s.HeapAlloc
}
