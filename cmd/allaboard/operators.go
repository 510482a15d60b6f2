package main

import (
	"cmp"
	"errors"
	"log/slog"
	"net"

	"allaboard"
	"allaboard/bot"
	"allaboard/store"
)

// serveOperators starts what operators reach while the bot runs: backups
// on a unix socket beside the database, and, with -metrics-addr, /healthz
// and /metrics. It returns the bot's observer (nil without metrics) and
// how to stop serving, before the database closes.
func (m *Main) serveOperators(db *store.DB, log *slog.Logger) (bot.Observer, func(), error) {
	var stops []func()
	stop := func() {
		for _, s := range stops {
			s()
		}
	}
	if backups, err := serveBackups(db, log); err != nil {
		// The bot is worth more than its backups: it runs without.
		log.Warn("allaboard backup will not work while the bot runs", "err", err)
	} else {
		stops = append(stops, backups.close)
	}
	if m.Config.MetricsAddr == "" {
		return nil, stop, nil
	}
	mt := newMetrics(db.OutboxLen, db.OutboxBytes)
	stale := 2*cmp.Or(m.PollTimeout, bot.DefaultPollTimeout) + pollMargin
	ops, err := serveOps(m.Config.MetricsAddr, mt, stale, func() error { return db.View(readSomething) }, log)
	if err != nil {
		stop()
		return nil, nil, err
	}
	stops = append(stops, ops.close)
	m.metricsAddr = ops.addr
	log.Info("serving /healthz and /metrics", "addr", ops.addr.String())
	return mt, stop, nil
}

// MetricsAddr is where /healthz and /metrics are served, once Run has
// logged that the bot is running; nil if nowhere.
func (m *Main) MetricsAddr() net.Addr { return m.metricsAddr }

// readSomething is the health check's read of the database: one record
// looked up, which is there or not.
func readSomething(tx allaboard.Tx) error {
	if _, err := tx.Chat(0); err != nil && !errors.Is(err, allaboard.ErrNotFound) {
		return err
	}
	return nil
}
