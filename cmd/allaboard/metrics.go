package main

import (
	"math"
	"strconv"
	"sync/atomic"
	"time"

	"allaboard"
	"allaboard/bot/sender"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// metrics counts what the bot does, for Prometheus; it is the bot's
// Observer. Its registry is its own, so that tests running several
// programs in one process don't share counters.
type metrics struct {
	reg      *prometheus.Registry
	lastPoll atomic.Int64 // unix nanoseconds of the last time Telegram answered a poll
	applied  prometheus.Counter
	sent     *prometheus.CounterVec
	same     prometheus.Counter // edits not sent: they would change nothing
	tgErrors *prometheus.CounterVec
	chases   prometheus.Counter
	failures prometheus.Counter
	queued   func() (int, error) // the outbox's length
	bytes    func() (int, error) // and its size
}

func newMetrics(queued, bytes func() (int, error)) *metrics {
	m := &metrics{
		reg:     prometheus.NewRegistry(),
		queued:  queued,
		bytes:   bytes,
		applied: prometheus.NewCounter(prometheus.CounterOpts{Name: "allaboard_updates_applied_total", Help: "Updates from Telegram applied and committed."}),
		sent: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "allaboard_messages_sent_total",
			Help: "Messages and actions on messages that left the outbox, by outcome (delivered, blocked, dropped, …)."}, []string{"outcome"}),
		same: prometheus.NewCounter(prometheus.CounterOpts{Name: "allaboard_edits_unchanged_total",
			Help: "Edits not sent because the message already showed what they would write (counted as delivered too)."}),
		tgErrors: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "allaboard_telegram_errors_total",
			Help: "Requests Telegram answered with an error, by its code; code=\"network\" when it did not answer at all."}, []string{"code"}),
		chases:   prometheus.NewCounter(prometheus.CounterOpts{Name: "allaboard_chase_reminders_total", Help: "Reminders to confirm delivered (private messages and group mentions)."}),
		failures: prometheus.NewCounter(prometheus.CounterOpts{Name: "allaboard_handler_failures_total", Help: "Updates whose handling failed: rolled back and skipped."}),
	}
	outbox := prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "allaboard_outbox_messages", Help: "Messages waiting in the outbox to be sent."},
		func() float64 {
			n, err := m.queued()
			if err != nil {
				return math.NaN()
			}
			return float64(n)
		})
	size := prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "allaboard_outbox_bytes", Help: "Bytes of the messages waiting in the outbox, as stored."},
		func() float64 {
			n, err := m.bytes()
			if err != nil {
				return math.NaN()
			}
			return float64(n)
		})
	lastPolled := prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "allaboard_last_poll_timestamp_seconds",
		Help: "When Telegram last answered a poll for updates (unix time); 0 before the first."},
		func() float64 { return float64(m.lastPoll.Load()) / 1e9 })
	// Every outcome from the start, so that rates work from the first scrape.
	for o := allaboard.Outcome(0); o.String() != "unknown"; o++ {
		m.sent.WithLabelValues(o.String())
	}
	m.reg.MustRegister(m.applied, m.sent, m.same, m.tgErrors, m.chases, m.failures, outbox, size, lastPolled,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Completed counts a message that left the outbox, the edits among them
// not sent because they changed nothing, and the reminders delivered.
func (m *metrics) Completed(out allaboard.Outgoing, d allaboard.Delivery) {
	m.sent.WithLabelValues(d.Outcome.String()).Inc()
	if d.Detail == sender.Unchanged {
		m.same.Inc()
	}
	if out.Chase != nil && d.Outcome == allaboard.Delivered {
		m.chases.Inc()
	}
}

// TelegramError counts an error answer, or a request without one (code 0).
func (m *metrics) TelegramError(code int) {
	label := "network"
	if code != 0 {
		label = strconv.Itoa(code)
	}
	m.tgErrors.WithLabelValues(label).Inc()
}

// Polled notes that Telegram answered a poll.
func (m *metrics) Polled() { m.lastPoll.Store(time.Now().UnixNano()) }

// Applied counts updates applied.
func (m *metrics) Applied(n int) { m.applied.Add(float64(n)) }

// HandlerFailed counts an update skipped because handling it failed.
func (m *metrics) HandlerFailed() { m.failures.Inc() }

// sincePoll is how long ago Telegram last answered a poll; ok is false
// before the first.
func (m *metrics) sincePoll(now time.Time) (d time.Duration, ok bool) {
	t := m.lastPoll.Load()
	if t == 0 {
		return 0, false
	}
	return now.Sub(time.Unix(0, t)), true
}
