package main

import (
	"context"
	"os"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"allaboard/bot/sender"
	"allaboard/bot/telegramtest"
)

// BenchmarkLoad is the load scenario of BENCHMARKS.md: groups × members
// parents (100 × 100 unless ALLABOARD_LOAD_GROUPS and ALLABOARD_LOAD_MEMBERS
// say otherwise) are seeded at full speed; then, at Telegram's real limits in
// the fake and the bot's default 25 messages a second, every group's host
// announces an event at once. It reports the fan-out's achieved rate against
// the configured one, the 429s, and how long people waiting meanwhile wait:
// a newcomer's /start and a parent's press on their card, once a second.
//
//	go test -run '^$' -bench Load -benchtime 1x -timeout 30m ./cmd/allaboard/
func BenchmarkLoad(b *testing.B) {
	groups, members := envInt(b, "ALLABOARD_LOAD_GROUPS", 100), envInt(b, "ALLABOARD_LOAD_MEMBERS", 100)
	for range b.N {
		h, crowds := seedCrowds(b, groups, members)

		h.tg.SetLimits(telegramtest.TelegramLimits())
		h.tune = func(m *Main) { m.Limits = sender.TelegramLimits }
		h.start("-ping-schedule", "0,24h", "-log-level", "info")
		before := len(h.tg.Requests())
		b.ResetTimer()
		start := time.Now()
		for _, c := range crowds {
			h.tg.Send(c.g.ID, c.host, "/event Picnic | "+future(5, 15)+" | Park")
		}
		probes := h.probe(crowds)
		last := crowds[len(crowds)-1]
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
		for _, c := range crowds {
			for _, p := range c.parents {
				if _, err := h.tg.WaitMessage(ctx, p.ID, func(m telegramtest.Message) bool { return containsAll(m.Plain, []string{"Picnic"}) }); err != nil {
					b.Fatalf("%s got no card: %v", p.Name(), err)
				}
			}
		}
		cancel()
		h.waitDrained(last.parents[len(last.parents)-1].ID, "Picnic")
		starts, presses := probes()
		b.StopTimer()

		// Every request the sender makes counts against the limits.
		sent, first, end := 0, time.Time{}, time.Time{}
		for _, r := range h.tg.Requests()[before:] {
			if senderMethods[r.Method] && r.Code == 200 {
				if first.IsZero() {
					first = r.Time
				}
				sent, end = sent+1, r.Time
			}
		}
		rate := float64(sent-1) / end.Sub(first).Seconds()
		b.ReportMetric(float64(sent), "messages")
		b.ReportMetric(time.Since(start).Seconds(), "s-to-drain")
		b.ReportMetric(rate, "msg/s")
		b.ReportMetric(rate/float64(sender.TelegramLimits.Global.N), "of-configured-rate")
		b.ReportMetric(float64(h.tg.RateLimited()), "429s")
		for name, d := range map[string][]time.Duration{"start": starts, "press": presses} {
			b.ReportMetric(float64(len(d)), name+"-samples")
			b.ReportMetric(percentile(d, 50).Seconds(), name+"-p50-s")
			b.ReportMetric(percentile(d, 99).Seconds(), name+"-p99-s")
		}
		if err := h.stop(); err != nil {
			b.Fatal(err)
		}
	}
}

// seedCrowds seeds groups of members parents at full speed, in the program
// run in-process, and stops it: the database at h.db and the fake hold them.
func seedCrowds(b *testing.B, groups, members int) (*harness, []parentsGroup) {
	b.Helper()
	h := newHarness(b, telegramtest.Options{})
	h.tg.SetLimits(telegramtest.Limits{})
	h.tune = func(m *Main) { m.Limits = sender.Limits{Global: sender.Rate{N: 1 << 20, Per: time.Second}} }
	h.start("-ping-schedule", "0,24h", "-log-level", "info")
	var crowds []parentsGroup
	for g := range groups {
		crowds = append(crowds, h.crowd("Group "+strconv.Itoa(g), members))
	}
	if err := h.stop(); err != nil {
		b.Fatal(err)
	}
	return h, crowds
}

// probe has someone act once a second while the fan-out lasts: a newcomer
// sends /start, and a parent whose card has come presses Got it. The
// returned func stops it and gives the time each waited for the bot's answer.
func (h *harness) probe(crowds []parentsGroup) func() (starts, presses []time.Duration) {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var mu sync.Mutex
	var starts, presses []time.Duration
	wait := func(chat int64, ok func(telegramtest.Message) bool) (time.Duration, bool) {
		t0 := time.Now()
		wctx, stop := context.WithTimeout(ctx, time.Minute)
		defer stop()
		_, err := h.tg.WaitMessage(wctx, chat, ok)
		return time.Since(t0), err == nil
	}
	wg.Go(func() {
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
		for i := 0; ; i++ {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
			u := h.tg.AddUser("Newcomer"+strconv.Itoa(i), "", "")
			h.tg.Start(u, "")
			if d, ok := wait(u.ID, func(telegramtest.Message) bool { return true }); ok {
				mu.Lock()
				starts = append(starts, d)
				mu.Unlock()
			}
			c := crowds[i%len(crowds)]
			p := c.parents[(i/len(crowds))%len(c.parents)]
			msgs := h.tg.BotMessages(p.ID)
			card := msgs[len(msgs)-1]
			if !containsAll(card.Plain, []string{"Picnic"}) {
				continue // not come yet
			}
			if _, err := h.tg.PressLabel(p, p.ID, "Got it"); err != nil {
				continue
			}
			if d, ok := wait(p.ID, func(m telegramtest.Message) bool { return m.ID == card.ID && m.Edits > card.Edits }); ok {
				mu.Lock()
				presses = append(presses, d)
				mu.Unlock()
			}
		}
	})
	return func() ([]time.Duration, []time.Duration) {
		cancel()
		wg.Wait()
		return starts, presses
	}
}

// senderMethods are the requests the sender makes, all counted by Telegram.
var senderMethods = map[string]bool{
	"sendMessage": true, "editMessageText": true, "pinChatMessage": true, "unpinChatMessage": true,
	"deleteMessage": true, "leaveChat": true, "sendDocument": true,
}

func percentile(d []time.Duration, p int) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	return s[min(len(s)-1, len(s)*p/100)]
}

func envInt(tb testing.TB, name string, def int) int {
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		tb.Fatalf("%s=%q: want a whole number above 0", name, v)
	}
	return n
}
