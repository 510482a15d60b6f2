package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"allaboard"
	"allaboard/bot"
)

// Config is what an operator sets, by flag or environment variable.
type Config struct {
	Token     string
	APIURL    string
	DBPath    string
	LogLevel  slog.Level
	LogFormat string
	SendRate  int // messages per second to Telegram, all chats together
	// Retention is how long events are kept after they are over; 0 keeps
	// them for ever.
	Retention time.Duration
	// Defaults are the settings new groups start with.
	Defaults allaboard.Settings
	// MetricsAddr is where /healthz and /metrics are served; "" for nowhere.
	MetricsAddr string
}

// errUsage means the command line was wrong; the message has been printed.
var errUsage = errors.New("usage")

// setting is one flag with its environment fallback and default.
type setting struct {
	flag, env, def, usage string
	secret                bool // never echo the value
	set                   func(c *Config, v string) error
}

var settings = []setting{
	{"token", "TELEGRAM_BOT_TOKEN", "", "bot token from @BotFather (required)", true,
		func(c *Config, v string) error { c.Token = strings.TrimSpace(v); return nil }},
	{"token-file", "ALLABOARD_TOKEN_FILE", "", "a file holding the bot token: unlike -token, it doesn't show in ps", false,
		func(c *Config, v string) error {
			if v == "" {
				return nil
			}
			if c.Token != "" {
				return fmt.Errorf("give the token once: -token (TELEGRAM_BOT_TOKEN) or -token-file, not both")
			}
			b, err := os.ReadFile(v)
			if err != nil {
				return fmt.Errorf("can't read it: %w", err)
			}
			c.Token = strings.TrimSpace(string(b))
			return nil
		}},
	// Not echoed: a proxy's user and password may be in it.
	{"api-url", "ALLABOARD_API_URL", "https://api.telegram.org", "Bot API server; the bot calls <api-url>/bot<token>/<method>", true,
		func(c *Config, v string) error {
			u, err := url.Parse(v)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				return fmt.Errorf("want an http or https address, e.g. https://api.telegram.org")
			}
			c.APIURL = v
			return nil
		}},
	{"db", "ALLABOARD_DB", "allaboard.db", "database file (created if missing)", false,
		func(c *Config, v string) error { c.DBPath = v; return nil }},
	{"log-level", "ALLABOARD_LOG_LEVEL", "info", "debug, info, warn or error", false,
		func(c *Config, v string) error { return c.LogLevel.UnmarshalText([]byte(v)) }},
	{"log-format", "ALLABOARD_LOG_FORMAT", "text", "text or json", false,
		func(c *Config, v string) error {
			if v != "text" && v != "json" {
				return fmt.Errorf("want text or json")
			}
			c.LogFormat = v
			return nil
		}},
	{"send-rate", "ALLABOARD_SEND_RATE", "25", "most messages per second sent to Telegram in all", false,
		func(c *Config, v string) error {
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 || n > 30 {
				return fmt.Errorf("want a whole number from 1 to 30")
			}
			c.SendRate = n
			return nil
		}},
	{"retention", "ALLABOARD_RETENTION", "180d", "how long events are kept once over (cancelled, or ended): days like 180d, a duration like 720h, or off", false,
		func(c *Config, v string) (err error) { c.Retention, err = parseRetention(v); return err }},
	{"language", "ALLABOARD_LANGUAGE", "en", "groups' language until one is chosen: en, de, fr, es, it, pt, nl, ru or uk", false,
		func(c *Config, v string) error { return bot.SetDefault(&c.Defaults, "language", v) }},
	{"timezone", "ALLABOARD_TIMEZONE", "", "groups' time zone, e.g. Europe/Berlin (default: the machine's)", false,
		func(c *Config, v string) error { return bot.SetDefault(&c.Defaults, "timezone", v) }},
	{"quiet-hours", "ALLABOARD_QUIET_HOURS", "21:00-08:00", "no reminders in these hours of the group's zone, or off", false,
		func(c *Config, v string) error { return bot.SetDefault(&c.Defaults, "quiet", v) }},
	{"ping-schedule", "ALLABOARD_PING_SCHEDULE", "normal", "how hard to chase: gentle, normal or urgent (by the time left before the event), or reminder delays after a change like 0,15m,1h,4h,24h (the last repeats)", false,
		func(c *Config, v string) error { return bot.SetDefault(&c.Defaults, "chase", v) }},
	{"reminders", "ALLABOARD_REMINDERS", "1d,2h", "reminders this long before an event, or off", false,
		func(c *Config, v string) error { return bot.SetDefault(&c.Defaults, "reminders", v) }},
	{"digest", "ALLABOARD_DIGEST", "0 19 * * *", "when hosts get their daily digest (cron, group's clock), or off", false,
		func(c *Config, v string) error { return bot.SetDefault(&c.Defaults, "digest", v) }},
	{"metrics-addr", "ALLABOARD_METRICS_ADDR", "", "serve /healthz and /metrics (Prometheus) at this address, e.g. 127.0.0.1:9090 (default: off)", false,
		func(c *Config, v string) error {
			if v == "" {
				return nil
			}
			if _, _, err := net.SplitHostPort(v); err != nil {
				return fmt.Errorf("want host:port, e.g. 127.0.0.1:9090 or :9090")
			}
			c.MetricsAddr = v
			return nil
		}},
}

// parseConfig reads flags, then the environment for flags not given, then
// defaults. It prints usage or the problem to stderr.
func parseConfig(args []string, getenv func(string) string, stderr io.Writer) (Config, error) {
	fs := flag.NewFlagSet("allaboard", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { usage(fs, stderr) }
	values := make([]string, len(settings))
	for i, s := range settings {
		fs.StringVar(&values[i], s.flag, "", s.usage)
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return Config{}, err
		}
		return Config{}, errUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "allaboard: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return Config{}, errUsage
	}
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })

	var c Config
	for i, s := range settings {
		v, from := values[i], "-"+s.flag
		if !given[s.flag] {
			v, from = getenv(s.env), s.env
			if v == "" {
				v, from = s.def, "default"
			}
		}
		if err := s.set(&c, v); err != nil {
			shown := v
			if s.secret {
				shown = "…"
			}
			fmt.Fprintf(stderr, "allaboard: bad %s %q (from %s): %v\n", s.flag, shown, from, err)
			return Config{}, errUsage
		}
	}
	if c.Token == "" {
		fmt.Fprint(stderr, `allaboard: no bot token. Set TELEGRAM_BOT_TOKEN (or pass -token, or -token-file with a file holding it).
Get a token from @BotFather in Telegram: send /newbot, choose a name, and copy the token it gives you.
`)
		return Config{}, errUsage
	}
	return c, nil
}

// parseRetention reads days (180d), a Go duration (720h) or off (0).
func parseRetention(v string) (time.Duration, error) {
	const day, most = 24 * time.Hour, 100 * 365 * 24 * time.Hour
	if v == "off" {
		return 0, nil
	}
	d, err := time.ParseDuration(v)
	if days, ok := strings.CutSuffix(v, "d"); ok {
		var n int
		n, err = strconv.Atoi(days)
		d = time.Duration(min(n, int(most/day)+1)) * day // no overflow
	}
	switch {
	case err != nil || d < day:
		return 0, errors.New("want at least a day: days like 180d, a duration like 720h, or off")
	case d > most:
		return 0, errors.New("want at most 100 years (36500d), or off")
	}
	return d, nil
}

func usage(fs *flag.FlagSet, w io.Writer) {
	fmt.Fprint(w, `All Aboard: a Telegram bot that makes sure everyone in a group confirms every event.

Usage:
  allaboard [flags]    run the bot
  allaboard demo [-lang CODE]
                       watch the bot at work in a made-up group, without a token or
                       network, in English or another language (de, fr, ...); -h for more
  allaboard compact [-db FILE] [TARGET]
                       shrink the database file (stop the bot first); -h for more
  allaboard backup [-db FILE] TARGET
                       copy the database into TARGET, also while the bot runs; -h for more

Flags (each falls back to its environment variable, then to the default):
`)
	for _, s := range settings {
		def := ""
		if s.def != "" { // the usage says what happens without one
			def = " (default: " + s.def + ")"
		}
		fmt.Fprintf(w, "  -%-13s %-24s %s%s\n", s.flag, s.env, s.usage, def)
	}
}
