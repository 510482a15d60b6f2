package bot

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// redactedToken replaces the bot token wherever it would be shown.
const redactedToken = "<token>"

// doer sends the library's requests under a context, so that stopping the
// program cancels a held long poll, and strips the token and any user and
// password from network errors: the library puts the token in every URL,
// and *url.Error prints the URL.
type doer struct {
	ctx    context.Context
	client *http.Client
	token  string
}

func (d doer) Do(req *http.Request) (*http.Response, error) {
	resp, err := d.client.Do(req.WithContext(d.ctx))
	var uerr *url.Error
	if errors.As(err, &uerr) {
		uerr.URL = strings.ReplaceAll(withoutUserinfo(uerr.URL), d.token, redactedToken)
	}
	return resp, err
}

// withoutUserinfo is an address fit for the log: without the user and
// password a proxy in front of the Bot API may take (-api-url).
func withoutUserinfo(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.User == nil {
		return raw
	}
	u.User = nil
	return u.String()
}

// newClient returns an HTTP client whose timeout outlasts a long poll.
func newClient(pollTimeout time.Duration) *http.Client {
	return &http.Client{Timeout: pollTimeout + 15*time.Second}
}

// withContext returns a copy of api whose requests run under ctx.
func withContext(api *tgbotapi.BotAPI, ctx context.Context, client *http.Client) *tgbotapi.BotAPI {
	c := *api
	c.Client = doer{ctx: ctx, client: client, token: api.Token}
	return &c
}

// redact removes token from s.
func redact(s, token string) string {
	if token == "" {
		return s
	}
	return strings.ReplaceAll(s, token, redactedToken)
}

// libraryLogger receives the library's own log lines, which may carry the token.
type libraryLogger struct {
	log   func(msg string)
	token string
}

func (l libraryLogger) Println(v ...any) {
	l.log(redact(strings.TrimSpace(fmt.Sprintln(v...)), l.token))
}

func (l libraryLogger) Printf(format string, v ...any) {
	l.log(redact(fmt.Sprintf(format, v...), l.token))
}

// The library's logger is one per process, set without a lock; so it is
// set once, to a logger that passes lines on to the latest bot's. Two bots
// in one process (tests, the demo) then never race on it.
var (
	libraryLog    atomic.Pointer[libraryLogger]
	setLibraryLog sync.Once
)

// useLibraryLogger makes l receive the library's lines from now on.
func useLibraryLogger(l libraryLogger) {
	libraryLog.Store(&l)
	setLibraryLog.Do(func() { tgbotapi.SetLogger(libraryForwarder{}) })
}

// libraryForwarder passes the library's lines to the current libraryLogger.
type libraryForwarder struct{}

func (libraryForwarder) Println(v ...any) {
	if l := libraryLog.Load(); l != nil {
		l.Println(v...)
	}
}

func (libraryForwarder) Printf(format string, v ...any) {
	if l := libraryLog.Load(); l != nil {
		l.Printf(format, v...)
	}
}
