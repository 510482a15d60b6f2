package telegramtest

import "time"

// Rate allows N messages in any sliding window of length Per; zero means no limit.
type Rate struct {
	N   int
	Per time.Duration
}

// Limits are the sending limits the fake enforces with 429 answers.
type Limits struct {
	PerChat  Rate // each chat
	PerGroup Rate // additionally, each group (negative chat id)
	Global   Rate // the whole bot
}

// TelegramLimits returns Telegram's documented guidance: 1 message a second
// per chat, 20 a minute per group, 30 a second overall.
func TelegramLimits() Limits {
	return Limits{
		PerChat:  Rate{N: 1, Per: time.Second},
		PerGroup: Rate{N: 20, Per: time.Minute},
		Global:   Rate{N: 30, Per: time.Second},
	}
}

// Options configure a Server; the zero value is a usable default.
type Options struct {
	Token       string      // default "123456:TEST-fake-token"
	BotUsername string      // default "allaboard_test_bot"; the bot's user id is 1000000
	BotName     string      // default "All Aboard"
	Limits      Limits      // zero = no limits
	Observe     func(Entry) // if set, told everything that happens, for transcripts
}

const (
	defaultToken    = "123456:TEST-fake-token"
	defaultUsername = "allaboard_test_bot"
	defaultBotName  = "All Aboard"
	botID           = 1000000
	firstUserID     = 1001
	firstUpdateID   = 500000000
)

func (o Options) withDefaults() Options {
	if o.Token == "" {
		o.Token = defaultToken
	}
	if o.BotUsername == "" {
		o.BotUsername = defaultUsername
	}
	if o.BotName == "" {
		o.BotName = defaultBotName
	}
	return o
}
