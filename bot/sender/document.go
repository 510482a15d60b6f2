package sender

import (
	"allaboard"
	"allaboard/bot/tgerr"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// sendDocument uploads m's file with its text as the caption.
func (s *Sender) sendDocument(m allaboard.Outgoing) (allaboard.Delivery, *tgerr.Failure) {
	c := tgbotapi.NewDocument(m.ChatID, tgbotapi.FileBytes{Name: m.Document.Name, Bytes: m.Document.Data})
	c.Caption, c.ParseMode, c.DisableNotification = m.Text, tgbotapi.ModeHTML, m.Silent
	if k := Keyboard(m.Buttons); k != nil {
		c.ReplyMarkup = *k
	}
	res, err := s.api.Send(c)
	s.limits.record(m.ChatID, s.now())
	if err != nil {
		f := tgerr.Classify(err)
		return f.Delivery, &f
	}
	return allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: res.MessageID}, nil
}
