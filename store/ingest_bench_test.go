package store_test

import (
	"strconv"
	"testing"
	"time"

	"allaboard"
)

// BenchmarkIngest is how many updates a second are applied durably (each
// batch committed to disk before getUpdates moves on), one transaction per
// getUpdates batch of up to 100 against one per update. Each update does
// what a press on "Got it" does to the store: a response saved, a reply
// queued.
//
//	go test -run '^$' -bench Ingest -benchtime 3x ./store/
func BenchmarkIngest(b *testing.B) {
	const updates = 2000
	for _, batch := range []int{1, 100} {
		b.Run("batch="+strconv.Itoa(batch), func(b *testing.B) {
			for range b.N {
				b.StopTimer()
				db := open(b)
				now := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
				b.StartTimer()
				for first := 0; first < updates; first += batch {
					ids := make([]int, batch)
					for i := range ids {
						ids[i] = first + i + 1
					}
					err := db.ApplyUpdates(ids, now, func(tx allaboard.Tx, fresh []int) error {
						for _, id := range fresh {
							r := allaboard.Response{Group: -100, Event: 1, User: int64(1000 + id)}
							r.Answer(allaboard.Going, 1, now)
							if err := tx.SaveResponse(r); err != nil {
								return err
							}
							if err := tx.Enqueue(allaboard.Outgoing{ChatID: r.User, Text: "✅ Thanks, you're coming to <b>Picnic</b>", Class: allaboard.ClassReply}); err != nil {
								return err
							}
						}
						return nil
					})
					if err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(updates*b.N)/b.Elapsed().Seconds(), "updates/s")
		})
	}
}
