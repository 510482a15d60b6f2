package telegramtest

import (
	"encoding/json"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// update is one Update as the Bot API sends it. The library's own type
// would send "my_chat_member":null and the like.
type update struct {
	UpdateID      int                         `json:"update_id"`
	Message       *tgbotapi.Message           `json:"message,omitempty"`
	CallbackQuery *tgbotapi.CallbackQuery     `json:"callback_query,omitempty"`
	MyChatMember  *tgbotapi.ChatMemberUpdated `json:"my_chat_member,omitempty"`
	ChatMember    *tgbotapi.ChatMemberUpdated `json:"chat_member,omitempty"`
}

// kind is the update's type, as allowed_updates names it.
func (u *update) kind() string {
	switch {
	case u.Message != nil:
		return "message"
	case u.CallbackQuery != nil:
		return "callback_query"
	case u.MyChatMember != nil:
		return "my_chat_member"
	}
	return "chat_member"
}

// updates is what getUpdates serves. Updates are immutable once queued.
type updates struct {
	queue   []*update
	next    int             // the next update's id
	allowed map[string]bool // nil: every type except chat_member
	pollGen int             // counts getUpdates calls, to detect concurrent ones
	webhook string
}

// enqueue queues u if its type is allowed. Call with s.mu held.
func (s *Server) enqueue(u *update) {
	kind := u.kind()
	if s.allowed == nil && kind == "chat_member" || s.allowed != nil && !s.allowed[kind] {
		return
	}
	u.UpdateID = s.next
	s.next++
	s.queue = append(s.queue, u)
	s.wake()
}

const (
	descConflictPoll    = "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"
	descConflictWebhook = "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"
)

// getUpdates long-polls: it answers as soon as updates are queued, after
// timeout seconds, or with [] once the client gives up.
func (s *Server) getUpdates(c *call) (any, error) {
	limit := c.intParam("limit")
	if limit <= 0 || limit > 100 {
		limit = 100
	}
	timeout := time.Duration(max(c.intParam("timeout"), 0)) * time.Second
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	deadline := time.Now().Add(timeout)

	s.mu.Lock()
	if s.webhook != "" {
		s.unlock()
		return nil, &apiError{code: 409, desc: descConflictWebhook}
	}
	if err := s.setAllowed(c.params.Get("allowed_updates")); err != nil {
		s.unlock()
		return nil, err
	}
	s.pollGen++
	gen := s.pollGen
	s.wake() // an earlier poll still waiting must now give up
	s.confirm(c.intParam("offset"))
	for {
		if s.webhook != "" { // set while this poll waited
			s.unlock()
			return nil, &apiError{code: 409, desc: descConflictWebhook}
		}
		if gen != s.pollGen {
			s.unlock()
			return nil, &apiError{code: 409, desc: descConflictPoll}
		}
		if len(s.queue) > 0 || !time.Now().Before(deadline) {
			batch := append([]*update{}, s.queue[:min(limit, len(s.queue))]...)
			s.unlock()
			return batch, nil
		}
		changed := s.changed
		s.unlock()
		select {
		case <-changed:
		case <-timer.C:
		case <-c.ctx.Done():
			return []*update{}, nil
		case <-s.done:
			return []*update{}, nil
		}
		s.mu.Lock()
	}
}

// setAllowed stores allowed_updates when given; "null" or absent keeps the
// previous setting, an empty list restores the default.
func (s *Server) setAllowed(raw string) error {
	if raw == "" || raw == "null" {
		return nil
	}
	var kinds []string
	if err := json.Unmarshal([]byte(raw), &kinds); err != nil {
		return badRequest("can't parse allowed_updates JSON array")
	}
	if len(kinds) == 0 {
		s.allowed = nil
		return nil
	}
	s.allowed = map[string]bool{}
	for _, k := range kinds {
		s.allowed[k] = true
	}
	return nil
}

// confirm forgets the updates before offset. An offset beyond every id
// handed out is stale (ids restart lower after JumpUpdateID) and confirms
// nothing; a negative one keeps the last -offset updates.
func (s *Server) confirm(offset int) {
	switch {
	case offset < 0:
		if n := len(s.queue) + offset; n > 0 {
			s.queue = append([]*update(nil), s.queue[n:]...)
		}
	case offset > 0 && offset <= s.next:
		keep := s.queue[:0]
		for _, u := range s.queue {
			if u.UpdateID >= offset {
				keep = append(keep, u)
			}
		}
		s.queue = keep
	}
}

// JumpUpdateID gives the next update this id, as Telegram picks a random one
// after a week without updates.
func (s *Server) JumpUpdateID(next int) {
	s.mu.Lock()
	defer s.unlock()
	s.next = next
}

// Pending is how many updates are queued and not yet confirmed.
func (s *Server) Pending() int {
	s.mu.Lock()
	defer s.unlock()
	return len(s.queue)
}

// SetWebhook sets a webhook, as another program might have: getUpdates then
// answers 409 until deleteWebhook. Nothing is ever posted to url.
func (s *Server) SetWebhook(url string) {
	s.mu.Lock()
	defer s.unlock()
	s.webhook = url
	s.wake()
}

func (s *Server) setWebhookMethod(c *call) (any, error) {
	s.webhook = c.params.Get("url")
	return true, nil
}

func (s *Server) deleteWebhook(c *call) (any, error) {
	s.webhook = ""
	if c.boolParam("drop_pending_updates") {
		s.queue = nil
	}
	return true, nil
}

func (s *Server) getWebhookInfo(c *call) (any, error) {
	return tgbotapi.WebhookInfo{URL: s.webhook, PendingUpdateCount: len(s.queue)}, nil
}
