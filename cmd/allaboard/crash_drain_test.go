package main

import (
	"fmt"
	"io"
	"math"
	"net/http"
	"os"
	"regexp"
	"strconv"
	"time"

	"allaboard"
	"allaboard/bot/sender"
	"allaboard/store"
)

// drainFigures are what the drain found and took.
type drainFigures struct {
	queued int           // messages in the outbox at the stop
	group  int           // the most of them for one group
	bound  time.Duration // how long Telegram's limits allow sending them to take
	took   time.Duration
}

// waitSettled waits, with the bot running and no more kills, until every
// update is taken and every new event's card is in its group.
func (c *crashRun) waitSettled() {
	c.t.Helper()
	deadline := time.Now().Add(crashWait)
	for c.tg.Pending() > 0 {
		if time.Now().After(deadline) {
			c.t.Fatalf("%d updates still pending after %s", c.tg.Pending(), crashWait)
		}
		time.Sleep(20 * time.Millisecond)
	}
	for _, g := range c.groups {
		for i, title := range g.events {
			if err := c.wait(g.g.ID, fmt.Sprintf("%s (#%d)", title, i+1)); err != nil {
				c.t.Fatal(err)
			}
		}
	}
}

// drain stops the program as an operator does (SIGTERM: it sends for up to
// 5 s more) and reads what is left in the outbox: "anything left unsent
// goes out on the next start". If something is, it starts the program again
// and waits until the outbox is empty, as long as Telegram's limits need
// for what is queued (drainBound), then stops it again.
func (c *crashRun) drain() {
	c.t.Helper()
	c.term()
	box := c.outbox()
	c.drained.queued = len(box)
	c.drained.bound, c.drained.group = drainBound(box, sender.TelegramLimits)
	if len(box) == 0 {
		return
	}
	began := time.Now()
	running := c.running()
	c.start("-metrics-addr", "127.0.0.1:0")
	c.waitRunning(running + 1)
	metrics := c.metricsURL()
	for {
		n, err := queued(metrics)
		if err != nil {
			c.t.Fatalf("reading the outbox's length: %v", err)
		}
		if n == 0 {
			break
		}
		if time.Since(began) > c.drained.bound {
			c.t.Fatalf("%d of %d messages still queued after %s, as long as Telegram's limits need for them (%d for one group)",
				n, len(box), c.drained.bound, c.drained.group)
		}
		time.Sleep(100 * time.Millisecond)
	}
	c.drained.took = time.Since(began)
	c.term()
}

// drainBound is how long sending box may take within limits: each group's
// messages at its rate, less the one of each window the sender keeps for
// replies, from a window that may be full (the last minute's sends count);
// each private chat's at its rate; all of them at the bot-wide rate.
// Whichever takes longest, plus 30 s to start, connect, and wait out a 429.
// It also returns the most messages queued for one group.
func drainBound(box []allaboard.Outgoing, l sender.Limits) (time.Duration, int) {
	perChat := map[int64]int{}
	for _, m := range box {
		perChat[m.ChatID]++
	}
	var longest time.Duration
	most := 0
	for chat, n := range perChat {
		d := time.Duration(n) * l.PerChat.Per / time.Duration(l.PerChat.N)
		if chat < 0 {
			most = max(most, n)
			windows := math.Ceil(float64(n) / float64(l.PerGroup.N-1))
			d = max(d, time.Duration(windows)*l.PerGroup.Per)
		}
		longest = max(longest, d)
	}
	all := time.Duration(len(box)) * l.Global.Per / time.Duration(l.Global.N)
	return max(longest, all) + 30*time.Second, most
}

// outbox is what is queued in the database of the stopped program.
func (c *crashRun) outbox() []allaboard.Outgoing {
	c.t.Helper()
	db, err := store.Open(c.db)
	if err != nil {
		c.t.Fatal(err)
	}
	defer db.Close()
	box, err := db.Outbox()
	if err != nil {
		c.t.Fatal(err)
	}
	return box
}

var metricsAt = regexp.MustCompile(`serving /healthz and /metrics" addr=(\S+)`)

// metricsURL is where the running program serves /metrics, as it logged.
func (c *crashRun) metricsURL() string {
	c.t.Helper()
	logs, _ := os.ReadFile(c.logs)
	all := metricsAt.FindAllSubmatch(logs, -1)
	if len(all) == 0 {
		c.t.Fatalf("the program did not say where it serves /metrics:\n%s", c.tail())
	}
	return "http://" + string(all[len(all)-1][1]) + "/metrics"
}

var outboxGauge = regexp.MustCompile(`(?m)^allaboard_outbox_messages (\S+)$`)

// queued is the outbox's length, from /metrics.
func queued(url string) (int, error) {
	resp, err := http.Get(url)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, err
	}
	m := outboxGauge.FindSubmatch(body)
	if m == nil {
		return 0, fmt.Errorf("no allaboard_outbox_messages in\n%s", body)
	}
	n, err := strconv.ParseFloat(string(m[1]), 64)
	return int(n), err
}
