// Package bot is All Aboard's side of Telegram: it polls for updates, applies
// each batch exactly once, and sends the outbox within Telegram's limits.
package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"allaboard"
	"allaboard/bot/app"
	"allaboard/bot/sender"
	"allaboard/bot/tgerr"
	"allaboard/bot/writer"
	"allaboard/scheduler/recur"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// Config is how the bot reaches Telegram and paces itself.
type Config struct {
	Token        string
	APIURL       string         // e.g. https://api.telegram.org; the bot calls APIURL/bot<token>/<method>
	PollTimeout  time.Duration  // long-poll wait; 0 means DefaultPollTimeout
	Backoff      sender.Backoff // after errors; zero means sender.DefaultBackoff
	Limits       sender.Limits  // zero means sender.TelegramLimits
	DrainTimeout time.Duration  // how long Run keeps sending after it is asked to stop
	Now          func() time.Time
	Log          *slog.Logger
	// SendNow is the sender's clock; nil means the real one, as Telegram's
	// limits run in real time. A demo against an instant fake Telegram gives
	// it the story's clock, so that pacing does not depend on the machine.
	SendNow func() time.Time
	// Defaults are the settings of groups that have not changed them; an
	// empty chase schedule means DefaultPolicy's.
	Defaults allaboard.Settings
	HandOff  int // with this reminder the host is asked to call; 0 means DefaultPolicy's
	// UndoWindow is how long the host can undo a new event; 0 means 2
	// minutes, < 0 none.
	UndoWindow time.Duration
	// Quotas are the app's (app.Config.Quotas); zero means the product's.
	Quotas allaboard.Quotas
	// Observe, if set, is told what the bot does, for metrics.
	Observe Observer
}

// Observer is told what the bot does, for metrics: what the sender does,
// each successful poll, and each update applied or skipped.
type Observer interface {
	sender.Observer
	Polled()        // a getUpdates succeeded: Telegram is reachable
	Applied(n int)  // n updates were applied and committed
	HandlerFailed() // handling an update failed; it was skipped
}

// Store is what the bot needs of the database.
type Store interface {
	sender.Outbox
	ApplyUpdates(ids []int, now time.Time, fn func(tx allaboard.Tx, fresh []int) error) error
	Update(fn func(allaboard.Tx) error) error
	View(fn func(allaboard.Tx) error) error
}

// Bot is a connected bot.
type Bot struct {
	cfg    Config
	api    *tgbotapi.BotAPI // for everything but polling
	store  Store
	log    *slog.Logger
	self   tgbotapi.User
	sender *sender.Sender
	client *http.Client
	cancel context.CancelFunc // of the context api's requests run under
	admins admins
	app    *app.App       // the use cases; everything but talking to Telegram
	writer *writer.Writer // words what app decided, when it is sent
	// presses queues answers to button presses while Run polls (answers.go).
	presses chan<- []app.Answer
}

// ErrUnauthorized means Telegram rejected the token.
//
//lint:ignore ST1005 it begins with the name Telegram and is printed to the operator as it is
var ErrUnauthorized = errors.New("Telegram rejected the bot token (401 Unauthorized); check it with @BotFather")

// Connect asks Telegram who the bot is (getMe), retrying network errors until
// ctx is done, and returns a bot ready to Run.
func Connect(ctx context.Context, cfg Config, st Store) (*Bot, error) {
	cfg = withDefaults(cfg)
	useLibraryLogger(libraryLogger{token: cfg.Token, log: func(s string) { cfg.Log.Debug(s, "from", "telegram-bot-api") }})
	client := newClient(cfg.PollTimeout)
	sendCtx, cancel := context.WithCancel(context.Background())
	b := &Bot{cfg: cfg, store: st, log: cfg.Log, client: client, cancel: cancel}
	endpoint := strings.TrimRight(cfg.APIURL, "/") + "/bot%s/%s"
	for attempt := 1; ; attempt++ {
		api, err := tgbotapi.NewBotAPIWithClient(cfg.Token, endpoint, doer{ctx: ctx, client: client, token: cfg.Token})
		if err == nil {
			b.api = withContext(api, sendCtx, client)
			b.self = api.Self
			break
		}
		if tgerr.IsAPIError(err, 401, "") || tgerr.IsAPIError(err, 404, "") {
			cancel()
			return nil, ErrUnauthorized
		}
		wait := cfg.Backoff.Delay(attempt)
		cfg.Log.Warn("cannot reach Telegram; retrying", "api", withoutUserinfo(cfg.APIURL), "in", wait.Round(time.Millisecond), "err", redact(err.Error(), cfg.Token))
		if !sleep(ctx, wait) {
			cancel()
			return nil, fmt.Errorf("connect to Telegram: %w", ctx.Err())
		}
	}
	b.app = app.New(app.Config{
		Self:     app.Self{ID: b.self.ID, UserName: b.self.UserName, CanReadAllGroupMessages: b.self.CanReadAllGroupMessages},
		Now:      cfg.Now,
		Log:      cfg.Log,
		Defaults: cfg.Defaults,
		HandOff:  cfg.HandOff,
		Undo:     cfg.UndoWindow,
		Quotas:   cfg.Quotas,
		Repeats:  recur.RRule{},
	}, st, b)
	b.writer = writer.New(writer.Config{BotName: b.self.UserName, Now: cfg.Now, Defaults: cfg.Defaults}, st)
	// The sender paces by SendNow, the real clock unless a demo says otherwise, not cfg.Now.
	b.sender = sender.New(sender.Observe(sender.Config{API: b.api, Outbox: st, Limits: cfg.Limits, Backoff: cfg.Backoff,
		After: b.app.Chase.AfterDelivery, Prepare: b.writer.Write, Log: cfg.Log, Now: cfg.SendNow}, cfg.Observe))
	return b, nil
}

// DefaultPollTimeout is how long a poll waits for updates when none come.
const DefaultPollTimeout = 50 * time.Second

func withDefaults(c Config) Config {
	if c.PollTimeout <= 0 {
		c.PollTimeout = DefaultPollTimeout
	}
	if c.Backoff == (sender.Backoff{}) {
		c.Backoff = sender.DefaultBackoff
	}
	if c.Limits == (sender.Limits{}) {
		c.Limits = sender.TelegramLimits
	}
	if c.DrainTimeout <= 0 {
		c.DrainTimeout = 5 * time.Second
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.Log == nil {
		c.Log = slog.Default()
	}
	if c.Observe == nil {
		c.Observe = unobserved{}
	}
	return c
}

// unobserved is the Observer when nobody watches.
type unobserved struct{}

func (unobserved) Completed(allaboard.Outgoing, allaboard.Delivery) {}
func (unobserved) TelegramError(int)                                {}
func (unobserved) Polled()                                          {}
func (unobserved) Applied(int)                                      {}
func (unobserved) HandlerFailed()                                   {}

// Username is the bot's @username, without the @.
func (b *Bot) Username() string { return b.self.UserName }

// Tick does everything due at now and returns when something is next due;
// the scheduler calls it.
func (b *Bot) Tick(now time.Time) (time.Time, error) { return b.app.Timers.Tick(now) }

// Wake tells the sender the outbox has new messages; the store calls it after
// each commit that enqueued some.
func (b *Bot) Wake() { b.sender.Wake() }

// Run polls and sends until ctx is done, then keeps sending for up to
// DrainTimeout so that replies already decided go out. It returns nil after a
// clean stop, or the error that made polling impossible.
func (b *Bot) Run(ctx context.Context) error {
	defer b.cancel()
	sendCtx, stopSending := context.WithCancel(context.Background())
	defer stopSending()
	sent := make(chan struct{})
	go func() {
		defer close(sent)
		b.sender.Run(sendCtx)
	}()

	// The menus and descriptions are set alongside polling: Telegram may
	// ask to wait between them, and updates should not.
	profileCtx, stopProfile := context.WithCancel(ctx)
	profiled := make(chan struct{})
	go func() {
		defer close(profiled)
		b.setProfile(profileCtx)
	}()
	presses, answered := b.answerPresses()
	b.presses = presses
	err := b.poll(ctx)
	stopProfile()
	<-profiled
	b.presses = nil
	close(presses)

	b.sender.Drain()
	timeout := time.After(b.cfg.DrainTimeout)
	for sent != nil || answered != nil {
		select {
		case <-sent:
			sent = nil
		case <-answered:
			answered = nil
		case <-timeout:
			if sent != nil {
				b.log.Warn("stopping with messages still in the outbox; they will be sent on the next start")
			}
			stopSending()
			b.cancel() // abandon a request in flight; the answers left fail at once
			timeout = nil
		}
	}
	return err
}
