package telegramtest

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
)

// ErrClosed is returned by waits that the server's Close ended.
var ErrClosed = errors.New("telegramtest: server closed")

// Messages is every message in chat, in order, users' and service ones too.
func (s *Server) Messages(chat int64) []Message {
	return s.messages(chat, false)
}

// BotMessages is the bot's messages in chat, in order.
func (s *Server) BotMessages(chat int64) []Message {
	return s.messages(chat, true)
}

func (s *Server) messages(chat int64, botOnly bool) []Message {
	s.mu.Lock()
	defer s.unlock()
	ch := s.chats[chat]
	if ch == nil {
		return nil
	}
	var out []Message
	for _, m := range ch.msgs {
		if !botOnly || m.view.From == s.bot {
			out = append(out, m.copyView())
		}
	}
	return out
}

// WaitMessage waits until a bot message in chat, already there or new or
// edited, satisfies match, and returns it (the newest, if several do).
// match runs outside the server's lock and may call the server.
func (s *Server) WaitMessage(ctx context.Context, chat int64, match func(Message) bool) (Message, error) {
	for {
		s.mu.Lock()
		changed := s.changed
		s.unlock()
		msgs := s.BotMessages(chat)
		for i := len(msgs) - 1; i >= 0; i-- {
			if match(msgs[i]) {
				return msgs[i], nil
			}
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return Message{}, fmt.Errorf("telegramtest: waiting for a bot message in chat %d: %w", chat, ctx.Err())
		case <-s.done:
			return Message{}, fmt.Errorf("telegramtest: waiting for a bot message in chat %d: %w", chat, ErrClosed)
		}
	}
}

// Calls is how many requests the bot made for method (any case), faulted ones included.
func (s *Server) Calls(method string) int {
	s.mu.Lock()
	defer s.unlock()
	n := 0
	for _, r := range s.requests {
		if strings.EqualFold(r.Method, method) {
			n++
		}
	}
	return n
}

// Unmodified is how many edits were answered "message is not modified": each
// cost the bot a request, and the group a slot of its 20 a minute, for nothing.
func (s *Server) Unmodified() int {
	s.mu.Lock()
	defer s.unlock()
	n := 0
	for _, r := range s.requests {
		if strings.HasPrefix(r.Description, "Bad Request: "+notModified) {
			n++
		}
	}
	return n
}

// Requests is every request the bot made, in order of arrival.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.unlock()
	out := make([]Request, len(s.requests))
	for i, r := range s.requests {
		params := make(url.Values, len(r.Params))
		for k, v := range r.Params {
			params[k] = append([]string(nil), v...)
		}
		r.Params = params
		out[i] = r
	}
	return out
}

// Commands is the bot's command menu, as the last setMyCommands without a
// scope or a language set it.
func (s *Server) Commands() []BotCommand { return s.CommandsFor("default") }

// CommandsFor returns the command menu last set for a scope type, such as
// "all_private_chats" or "all_chat_administrators", without a language.
// Menu says what a user of a language sees.
func (s *Server) CommandsFor(scope string) []BotCommand {
	s.mu.Lock()
	defer s.unlock()
	return append([]BotCommand(nil), s.commands[menuKey{scope, ""}]...)
}
