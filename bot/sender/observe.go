package sender

import (
	"allaboard"
	"allaboard/bot/tgerr"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// Observer is told what the sender does, for metrics.
type Observer interface {
	// Completed is called for each message that left the outbox, with the
	// message as it went and its outcome.
	Completed(m allaboard.Outgoing, d allaboard.Delivery)
	// TelegramError is called for each request Telegram refused with code,
	// or that got no answer (code 0: a network error or a timeout).
	TelegramError(code int)
}

// Observe returns c with its API and After reporting to o, so that the
// sender itself needs no knowledge of who watches. A message is reported as
// its delivery is recorded; if recording fails it is reported again when
// the record is tried again.
func Observe(c Config, o Observer) Config {
	if o == nil {
		return c
	}
	c.API = observedAPI{c.API, o}
	after := c.After
	c.After = func(tx allaboard.Tx, m allaboard.Outgoing, d allaboard.Delivery) error {
		o.Completed(m, d)
		if after == nil {
			return nil
		}
		return after(tx, m, d)
	}
	return c
}

// observedAPI reports the errors of an API's requests.
type observedAPI struct {
	api API
	o   Observer
}

func (a observedAPI) Send(c tgbotapi.Chattable) (tgbotapi.Message, error) {
	m, err := a.api.Send(c)
	if err != nil {
		a.o.TelegramError(tgerr.ErrorCode(err))
	}
	return m, err
}

func (a observedAPI) Request(c tgbotapi.Chattable) (*tgbotapi.APIResponse, error) {
	r, err := a.api.Request(c)
	if err != nil {
		a.o.TelegramError(tgerr.ErrorCode(err))
	}
	return r, err
}
