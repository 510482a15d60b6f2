package sender

import (
	"context"
	"log/slog"
	"path/filepath"
	"strconv"
	"testing"

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
