package bot

import (
	"allaboard/bot/app"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// pressAnswers is how many batches of answers to button presses wait for
// the answering goroutine before the poll waits for it: enough for bursts,
// bounded so that a Telegram slow to take answers slows the poll in the end
// rather than filling memory.
const pressAnswers = 16

// answerPresses answers button presses in its own goroutine, oldest first,
// so that a slow answerCallbackQuery holds up neither the poll nor the
// updates after it. It returns the channel to queue answers on; closing it
// ends the goroutine once everything queued is answered, and then done is
// closed.
func (b *Bot) answerPresses() (queue chan<- []app.Answer, done <-chan struct{}) {
	q, d := make(chan []app.Answer, pressAnswers), make(chan struct{})
	go func() {
		defer close(d)
		for answers := range q {
			b.answerNow(answers)
		}
	}()
	return q, d
}

// answer replies to button presses: Telegram shows a spinner until then.
// While Run polls they are queued for answerPresses; otherwise (a test
// applying updates itself) they are answered at once.
func (b *Bot) answer(answers []app.Answer) {
	if len(answers) == 0 {
		return
	}
	if b.presses != nil {
		b.presses <- answers
		return
	}
	b.answerNow(answers)
}

func (b *Bot) answerNow(answers []app.Answer) {
	for _, a := range answers {
		text := a.Text
		if a.Notice != nil {
			var err error
			if text, err = b.writer.Answer(*a.Notice, a.To); err != nil {
				b.log.Error("cannot write the answer to a button press", "err", err)
			}
		}
		c := tgbotapi.NewCallback(a.PressID, text)
		c.ShowAlert = a.ShowAlert
		if _, err := b.api.Request(c); err != nil {
			// "query is too old" after downtime: what it did is recorded anyway.
			b.log.Info("cannot answer a button press", "err", redact(err.Error(), b.cfg.Token))
		}
	}
}
