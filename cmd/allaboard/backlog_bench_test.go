package main

import (
	"context"
	"fmt"
	"net"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"allaboard/bot/telegramtest"
)

// BenchmarkBacklog is a full backlog and the presses on it (BENCHMARKS.md):
// groups of backlogGroup parents who have all started the bot are seeded at
// full speed; then the real binary, at its defaults, runs against the fake
// at Telegram's real limits. Every host announces an event at once. The
// private cards are queued when the hosts' undo window (2 minutes at the
// defaults) closes, for those who have not confirmed by then; as soon as the
// first has come, every member presses ✅ Got it on their group's card, so
// the outbox holds the whole fan-out of private cards and the edits the
// presses cause. The benchmark waits until every group's card and every
// host's status card show everyone confirmed, then until the outbox is
// empty (at most backlogRun more), and reports: the requests the bot made
// from the first press on, per press; how long after the last press the
// last card was right; the binary's peak RSS, its mapped file and anonymous
// memory; and the outbox's length and size from its /metrics (the most
// seen, sampled once a second, and at the end).
//
//	ALLABOARD_BACKLOG_MEMBERS=1000,5000,10000 go test -run '^$' -bench Backlog -benchtime 1x -timeout 60m ./cmd/allaboard/
func BenchmarkBacklog(b *testing.B) {
	sizes := os.Getenv("ALLABOARD_BACKLOG_MEMBERS")
	if sizes == "" {
		sizes = "1000,5000,10000"
	}
	bin := buildBinary(b)
	for _, f := range strings.Split(sizes, ",") {
		members, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || members < backlogGroup || members%backlogGroup != 0 {
			b.Fatalf("ALLABOARD_BACKLOG_MEMBERS=%q: want multiples of %d", sizes, backlogGroup)
		}
		b.Run(strconv.Itoa(members), func(b *testing.B) {
			for range b.N {
				backlogOnce(b, bin, members/backlogGroup)
			}
		})
	}
}

const (
	backlogGroup = 100              // parents in a group
	backlogRun   = 60 * time.Second // at most, after the cards are right, for the outbox to empty
)

// backlogOnce seeds groups of parents in-process, then runs the binary on
// the database for the fan-out and the presses, and reports what they cost.
func backlogOnce(b *testing.B, bin string, groups int) {
	b.StopTimer()
	h, crowds := seedCrowds(b, groups, backlogGroup)

	h.tg.SetLimits(telegramtest.TelegramLimits())
	addr := freeAddr(b)
	p := startBinary(b, bin, "-token", h.tg.Token(), "-api-url", h.tg.URL(), "-db", h.db,
		"-timezone", "Europe/Berlin", "-quiet-hours", "off", "-metrics-addr", addr)
	metrics := "http://" + addr + "/metrics"
	var most, mostBytes float64
	sample := func() (queued, bytes float64) {
		_, body := get(b, metrics)
		queued, bytes = metricValue(b, body, "allaboard_outbox_messages"), metricValue(b, body, "allaboard_outbox_bytes")
		most, mostBytes = max(most, queued), max(mostBytes, bytes)
		return queued, bytes
	}
	b.StartTimer()
	for _, c := range crowds {
		h.tg.Send(c.g.ID, c.host, "/event Picnic | "+future(5, 15)+" | Park")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	for _, c := range crowds {
		if _, err := h.tg.WaitMessage(ctx, c.g.ID, func(m telegramtest.Message) bool { return containsAll(m.Plain, []string{"Picnic"}) }); err != nil {
			b.Fatalf("%s got no card: %v\n%s", c.g.Title, err, p.out)
		}
	}
	// The private cards are queued when the host's undo window (2 minutes
	// at the defaults) closes, and only for those who have not confirmed:
	// once the first has come the fan-out is whole, and every member
	// presses Got it on their group's card.
	first := crowds[0].parents[0]
	if _, err := h.tg.WaitMessage(ctx, first.ID, func(m telegramtest.Message) bool { return containsAll(m.Plain, []string{"Picnic"}) }); err != nil {
		b.Fatalf("%s got no card: %v\n%s", first.Name(), err, p.out)
	}
	sample()
	before := len(h.tg.Requests())
	presses := 0
	for _, c := range crowds {
		for _, u := range c.parents {
			if _, err := h.tg.PressLabel(u, c.g.ID, "Got it"); err != nil {
				b.Fatal(err)
			}
			presses++
		}
	}
	pressed := time.Now()
	all := fmt.Sprintf("%d of %d confirmed", backlogGroup+1, backlogGroup+1) // and the host
	shows := func(chat int64, want ...string) bool {
		return slices.ContainsFunc(h.tg.BotMessages(chat), func(m telegramtest.Message) bool { return containsAll(m.Plain, want) })
	}
	right := func() bool {
		for _, c := range crowds {
			if !shows(c.g.ID, "Picnic", all) || !shows(c.host.ID, "📋 Status", all) {
				return false
			}
		}
		return true
	}
	sampled := time.Now()
	for !right() {
		if time.Since(pressed) > 10*time.Minute {
			b.Fatalf("the cards were not all right 10 minutes after the last press\n%s", p.out)
		}
		if time.Since(sampled) >= time.Second {
			sample()
			sampled = time.Now()
		}
		time.Sleep(100 * time.Millisecond)
	}
	cardsRight := time.Since(pressed)
	queued, bytes := sample()
	for end := time.Now().Add(backlogRun); queued > 0 && time.Now().Before(end); queued, bytes = sample() {
		time.Sleep(time.Second)
	}
	b.StopTimer()

	pid := p.cmd.Process.Pid
	peak, file, anon := procMB(b, pid, "VmHWM"), procMB(b, pid, "RssFile"), procMB(b, pid, "RssAnon")
	pending := h.tg.Pending()
	p.stop(b)
	members := float64(groups * backlogGroup)
	b.ReportMetric(peak, "peak-RSS-MB")
	b.ReportMetric(file, "file-RSS-MB")
	b.ReportMetric(anon, "anon-RSS-MB")
	b.ReportMetric(peak*(1<<20)/members, "peak-B/member")
	b.ReportMetric(most, "outbox-most")
	b.ReportMetric(mostBytes/(1<<20), "outbox-most-MB")
	b.ReportMetric(queued, "outbox-end")
	b.ReportMetric(bytes/(1<<10), "outbox-end-KB")
	b.ReportMetric(float64(presses), "presses")
	b.ReportMetric(cardsRight.Seconds(), "s-cards-right")
	b.ReportMetric(float64(pending), "updates-unapplied")
	calls, refused := 0, 0
	for _, r := range h.tg.Requests()[before:] {
		if senderMethods[r.Method] {
			calls++
			if r.Code == 400 {
				refused++
			}
		}
	}
	b.ReportMetric(float64(calls)/float64(presses), "calls/press")
	b.ReportMetric(float64(refused), "400s")
	b.ReportMetric(float64(h.tg.RateLimited()), "429s")
	b.ReportMetric(fileMB(b, h.db), "db-MB")
}

// freeAddr is a local address nothing listens on, for the binary's /metrics.
func freeAddr(b *testing.B) string {
	b.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}
