package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"sync/atomic"
	"time"

	"allaboard"
	"allaboard/bot"
	"allaboard/bot/sender"
	"allaboard/scheduler"
	"allaboard/store"
)

// drainTimeout is how long the bot keeps sending after a stop signal: a
// second less than stopLimit, which leaves it time to close the database.
const drainTimeout = stopLimit - time.Second

// Main is the program, wired: tests run it in-process against a fake Telegram.
type Main struct {
	Config Config
	Stdout io.Writer
	Stderr io.Writer

	// Tuning that tests scale down; zero values mean the real thing.
	Limits       sender.Limits
	Backoff      sender.Backoff
	PollTimeout  time.Duration
	DrainTimeout time.Duration
	PruneDelay   time.Duration    // until the first prune after start; 0 means a minute
	HandOff      int              // the reminder with which the host is told; 0 means the 4th
	UndoWindow   time.Duration    // how long a new event can be undone; 0 means 2 minutes, < 0 none
	Clock        scheduler.Clock  // nil means the real one
	Quotas       allaboard.Quotas // zero means the product's (allaboard.DefaultQuotas)
	// SendNow, if set, is the sender's clock instead of the real one: the
	// demo sends on its story's clock to an instant fake Telegram.
	SendNow func() time.Time
	// WrapStore, if set, stands between the bot and the database: tests use
	// it to make transactions fail as in a crash.
	WrapStore func(bot.Store) bot.Store

	DB  *store.DB
	Bot *bot.Bot

	metricsAddr net.Addr // where /metrics is served; set before Run logs that it is running
	// sched is the running scheduler, set by Run: the demo asks it whether
	// the bot is idle.
	sched atomic.Pointer[scheduler.Scheduler]
}

// NewMain returns a Main writing to the process's standard streams.
func NewMain() *Main {
	return &Main{Stdout: os.Stdout, Stderr: os.Stderr}
}

// ParseFlags reads the configuration from args and the environment.
func (m *Main) ParseFlags(args []string, getenv func(string) string) error {
	c, err := parseConfig(args, getenv, m.Stderr)
	if err != nil {
		return err
	}
	m.Config = c
	if testTuning != nil {
		return testTuning(m, getenv)
	}
	return nil
}

// Run opens the database, connects to Telegram, and serves until ctx is done.
func (m *Main) Run(ctx context.Context) error {
	log := m.logger()
	db, err := store.Open(m.Config.DBPath)
	if err != nil {
		return err
	}
	if w := db.Warning(); w != "" {
		log.Warn("the database file: "+w, "path", m.Config.DBPath)
	}
	m.DB = db
	observe, stopServing, err := m.serveOperators(db, log)
	if err != nil {
		return err
	}
	defer stopServing()

	limits := m.Limits
	if limits == (sender.Limits{}) {
		limits = sender.TelegramLimits
		limits.Global.N = m.Config.SendRate
	}
	clock := m.Clock
	if clock == nil {
		clock = scheduler.RealClock{}
	}
	var st bot.Store = db
	if m.WrapStore != nil {
		st = m.WrapStore(db)
	}
	b, err := bot.Connect(ctx, bot.Config{
		Token:        m.Config.Token,
		APIURL:       m.Config.APIURL,
		PollTimeout:  m.PollTimeout,
		Backoff:      m.Backoff,
		Limits:       limits,
		DrainTimeout: cmp.Or(m.DrainTimeout, drainTimeout),
		Log:          log,
		Now:          clock.Now,
		SendNow:      m.SendNow,
		Defaults:     m.Config.Defaults,
		HandOff:      m.HandOff,
		UndoWindow:   m.UndoWindow,
		Quotas:       m.Quotas,
		Observe:      observe,
	}, st)
	if err != nil {
		if ctx.Err() != nil {
			return nil // stopped before Telegram could be reached
		}
		return err
	}
	m.Bot = b
	if observe != nil {
		observe.Polled() // Telegram answered getMe: the first poll may take a whole poll timeout
	}
	db.OnEnqueue = b.Wake
	// The scheduler wakes the bot for reminders and timers as they fall due.
	sched := scheduler.New(b.Tick, clock, log)
	m.sched.Store(sched)
	db.OnCommit = sched.Wake
	schedCtx, stopScheduler := context.WithCancel(ctx)
	defer stopScheduler()
	scheduled := make(chan struct{})
	go func() {
		defer close(scheduled)
		sched.Run(schedCtx)
	}()
	pruned := make(chan struct{})
	go func() {
		defer close(pruned)
		if m.Config.Retention > 0 {
			keepPruning(schedCtx, db, clock, m.Config.Retention, cmp.Or(m.PruneDelay, pruneAfterStart), log)
		}
	}()
	log.Info("All Aboard is running", "bot", "@"+b.Username(), "db", m.Config.DBPath)
	ran := make(chan struct{})
	var runErr error
	go func() {
		defer close(ran)
		runErr = b.Run(ctx)
	}()
	// A damaged database ends the program at once: bbolt may keep its
	// writer lock, and whatever waits for it waits for good.
	wait := func(done <-chan struct{}) error {
		select {
		case <-done:
			return nil
		case <-db.Failed():
			return db.Damage()
		}
	}
	if err := wait(ran); err != nil {
		return err
	}
	stopScheduler()
	for _, done := range []<-chan struct{}{scheduled, pruned} { // before the database closes
		if err := wait(done); err != nil {
			return err
		}
	}
	if runErr != nil {
		return fmt.Errorf("bot: %w", runErr)
	}
	log.Info("stopped")
	return nil
}

// Close releases the database.
func (m *Main) Close() error {
	if m.DB == nil {
		return nil
	}
	err := m.DB.Close()
	m.DB = nil
	return err
}

func (m *Main) logger() *slog.Logger {
	opts := &slog.HandlerOptions{Level: m.Config.LogLevel}
	if m.Config.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(m.Stderr, opts))
	}
	return slog.New(slog.NewTextHandler(m.Stderr, opts))
}
