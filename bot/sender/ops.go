package sender

import (
	"allaboard"
	"allaboard/bot/tgerr"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// operate makes the one request of an op on a message already in the chat:
// m.MessageID, or else the one under m.Ref. An op on no message makes no
// request: unpinning message 0 would unpin the chat's latest pin, whoever's.
func (s *Sender) operate(m allaboard.Outgoing) (allaboard.Delivery, *tgerr.Failure) {
	id := m.MessageID
	if id == 0 && m.Ref != "" {
		k, err := s.refKept(m.ChatID, m.Ref)
		if err != nil {
			return allaboard.Delivery{}, &tgerr.Failure{Transient: true, Delivery: allaboard.Delivery{Detail: err.Error()}}
		}
		id = k.id
	}
	var c tgbotapi.Chattable
	switch m.Op {
	case allaboard.OpPin:
		c = tgbotapi.PinChatMessageConfig{ChatID: m.ChatID, MessageID: id, DisableNotification: true}
	case allaboard.OpUnpin:
		c = tgbotapi.UnpinChatMessageConfig{ChatID: m.ChatID, MessageID: id}
	case allaboard.OpDelete:
		c = tgbotapi.DeleteMessageConfig{ChatID: m.ChatID, MessageID: id}
	default:
		return allaboard.Delivery{Outcome: allaboard.Rejected, Detail: "unknown op " + string(m.Op)}, nil
	}
	if id == 0 {
		return allaboard.Delivery{Outcome: allaboard.Dropped, Detail: "no message to " + string(m.Op)}, nil
	}
	_, err := s.api.Request(c) // these methods answer true, not a message
	s.requested = s.now()
	s.limits.record(m.ChatID, s.requested)
	if err != nil {
		f := tgerr.ClassifyOp(err)
		if f.Delivery.Outcome == allaboard.Dropped {
			f.Delivery.MessageID = id // gone: forgotten with the delivery (learn)
		}
		return f.Delivery, &f
	}
	return allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: id}, nil
}
