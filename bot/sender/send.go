package sender

import (
	"time"

	"allaboard"
	"allaboard/bot/tgerr"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// send makes one request for m: an edit of its Ref's message if there is one,
// else a new message (none for EditOnly), or m's op. A nil failure means it
// is done with.
func (s *Sender) send(m allaboard.Outgoing) (allaboard.Delivery, *tgerr.Failure) {
	if m.Op != "" {
		return s.operate(m)
	}
	if m.Document != nil {
		return s.sendDocument(m)
	}
	editID := 0
	if m.Ref != "" && !m.Fresh && !s.noEdit[m.ID] {
		k, err := s.refKept(m.ChatID, m.Ref)
		if err != nil {
			return allaboard.Delivery{}, &tgerr.Failure{Transient: true, Delivery: allaboard.Delivery{Detail: err.Error()}}
		}
		if k.id != 0 && k.sum != 0 && k.sum == contentSum(m) {
			return allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: k.id, Detail: Unchanged}, nil
		}
		editID = k.id
	}
	if m.EditOnly && editID == 0 {
		return allaboard.Delivery{Outcome: allaboard.Dropped, Detail: "no message to edit"}, nil
	}
	var c tgbotapi.Chattable = newMessage(m)
	if editID != 0 {
		c = editMessage(m, editID)
	}
	var res tgbotapi.Message
	var err error
	if m.Leave {
		_, err = s.api.Request(tgbotapi.LeaveChatConfig{ChatID: m.ChatID})
	} else {
		res, err = s.api.Send(c)
	}
	s.requested = s.now()
	s.limits.record(m.ChatID, s.requested)
	switch {
	case err == nil:
		return allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: res.MessageID}, nil
	case editID != 0 && tgerr.IsAPIError(err, 400, tgerr.DescNotModified):
		return allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: editID}, nil
	case m.EditOnly && (tgerr.IsAPIError(err, 400, tgerr.DescEditNotFound) || tgerr.IsAPIError(err, 400, tgerr.DescCantEdit)):
		s.noEdit[m.ID] = true // forgotten with the delivery: later edits are dropped unsent
		return allaboard.Delivery{Outcome: allaboard.Dropped, Detail: "the message to edit is gone"}, nil
	case editID != 0 && tgerr.IsAPIError(err, 400, tgerr.DescEditNotFound):
		// Someone deleted the card: post it again, paced like any message.
		s.noEdit[m.ID] = true
		return allaboard.Delivery{}, &tgerr.Failure{Transient: true, RetryAfter: time.Nanosecond, Delivery: allaboard.Delivery{Detail: "message to edit is gone; sending it anew"}}
	}
	f := tgerr.Classify(err)
	return f.Delivery, &f
}
