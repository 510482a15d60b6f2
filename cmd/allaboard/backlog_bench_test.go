package main

import (
	"context"
	"net"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"allaboard/bot/telegramtest"
)

// BenchmarkBacklog is the memory of a full backlog (BENCHMARKS.md): groups
// of backlogGroup parents who have all started the bot are seeded at full
// speed; then the real binary, at its defaults, runs against the fake at
// Telegram's real limits. Every host announces an event at once. The
// private cards are queued when the hosts' undo window (2 minutes at the
// defaults) closes, for those who have not confirmed by then; as soon as the
// first has come, every member presses ✅ Got it on their group's card, so
// the outbox holds the whole fan-out of private cards and the edits the
// presses cause. The binary sends for backlogRun after the presses; the
// benchmark reports its peak RSS, its mapped file and anonymous memory, and
// the outbox's length from its /metrics (the most seen, sampled once a
// second, and at the end). It does not wait for the backlog to drain.
//
//	ALLABOARD_BACKLOG_MEMBERS=1000,5000,10000 go test -run '^$' -bench Backlog -benchtime 1x -timeout 30m ./cmd/allaboard/
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
	backlogRun   = 30 * time.Second // how long the binary sends after the last press
)

// backlogOnce seeds groups of parents in-process, then runs the binary on
// the database for the fan-out and the presses, and reports its memory.
func backlogOnce(b *testing.B, bin string, groups int) {
	b.StopTimer()
	h, crowds := seedCrowds(b, groups, backlogGroup)

	h.tg.SetLimits(telegramtest.TelegramLimits())
	before := len(h.tg.Requests())
	addr := freeAddr(b)
	p := startBinary(b, bin, "-token", h.tg.Token(), "-api-url", h.tg.URL(), "-db", h.db,
		"-timezone", "Europe/Berlin", "-quiet-hours", "off", "-metrics-addr", addr)
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
	presses := 0
	for _, c := range crowds {
		for _, u := range c.parents {
			if _, err := h.tg.PressLabel(u, c.g.ID, "Got it"); err != nil {
				b.Fatal(err)
			}
			presses++
		}
	}
	metrics := "http://" + addr + "/metrics"
	most := 0.0
	for end := time.Now().Add(backlogRun); time.Now().Before(end); time.Sleep(time.Second) {
		_, body := get(b, metrics)
		most = max(most, metricValue(b, body, "allaboard_outbox_messages"))
	}
	b.StopTimer()

	pid := p.cmd.Process.Pid
	peak, file, anon := procMB(b, pid, "VmHWM"), procMB(b, pid, "RssFile"), procMB(b, pid, "RssAnon")
	_, body := get(b, metrics)
	queued := metricValue(b, body, "allaboard_outbox_messages")
	pending := h.tg.Pending()
	p.stop(b)
	members := float64(groups * backlogGroup)
	b.ReportMetric(peak, "peak-RSS-MB")
	b.ReportMetric(file, "file-RSS-MB")
	b.ReportMetric(anon, "anon-RSS-MB")
	b.ReportMetric(peak*(1<<20)/members, "peak-B/member")
	b.ReportMetric(most, "outbox-most")
	b.ReportMetric(queued, "outbox-end")
	b.ReportMetric(float64(presses), "presses")
	b.ReportMetric(float64(pending), "updates-unapplied")
	sent := 0
	for _, r := range h.tg.Requests()[before:] {
		if senderMethods[r.Method] && r.Code == 200 {
			sent++
		}
	}
	b.ReportMetric(float64(sent), "sent")
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
