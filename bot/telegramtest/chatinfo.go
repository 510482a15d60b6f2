package telegramtest

import (
	"encoding/json"
	"regexp"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func (s *Server) getMe(c *call) (any, error) {
	me := userJSON(s.bot)
	me.CanJoinGroups, me.CanReadAllGroupMessages = true, !s.privacy
	return me, nil
}

func (s *Server) getChat(c *call) (any, error) {
	ch, err := s.callChat(c, s.reachable)
	if err != nil {
		return nil, err
	}
	return s.chatJSON(ch), nil
}

// getChatMember answers status "left" for anyone not in the chat, including
// ids no user has.
func (s *Server) getChatMember(c *call) (any, error) {
	ch, err := s.callChat(c, s.reachable)
	if err != nil {
		return nil, err
	}
	uid := c.int64Param("user_id")
	if uid <= 0 {
		return nil, badRequest("invalid user_id specified")
	}
	u := s.user(uid)
	if u == nil {
		u = &User{ID: uid, FirstName: "Unknown"}
	}
	return memberJSON(u, ch.status(uid)), nil
}

// getChatMemberCount counts the members present, bots included.
func (s *Server) getChatMemberCount(c *call) (any, error) {
	ch, err := s.callChat(c, s.reachable)
	if err != nil {
		return nil, err
	}
	if ch.private() {
		return 2, nil
	}
	n := 0
	for _, st := range ch.members {
		if present(st) {
			n++
		}
	}
	return n, nil
}

func (s *Server) getChatAdministrators(c *call) (any, error) {
	ch, err := s.callChat(c, s.reachable)
	if err != nil {
		return nil, err
	}
	if ch.private() {
		return nil, badRequest("there are no administrators in the private chat")
	}
	admins := []tgbotapi.ChatMember{}
	for _, want := range []string{statusCreator, statusAdmin} {
		for _, uid := range ch.order {
			if ch.members[uid] == want {
				admins = append(admins, memberJSON(s.user(uid), want))
			}
		}
	}
	return admins, nil
}

// leaveChat is the bot leaving a group by itself.
func (s *Server) leaveChat(c *call) (any, error) {
	ch, err := s.callChat(c, s.reachable)
	if err != nil {
		return nil, err
	}
	if ch.private() {
		return nil, badRequest("chat member status can't be changed in private chats")
	}
	old := ch.status(botID)
	ch.setStatus(botID, statusLeft)
	s.service(ch, s.bot, &message{left: s.bot}, true)
	s.enqueue(&update{MyChatMember: s.memberUpdate(ch, s.bot, s.bot, old, statusLeft)})
	s.note(ch, s.bot.Name(), "leave", s.bot.Name()+" left", nil)
	return true, nil
}

var commandRE = regexp.MustCompile(`^[a-z0-9_]{1,32}$`)

func (s *Server) setMyCommands(c *call) (any, error) {
	var cmds []BotCommand
	var sent []tgbotapi.BotCommand
	if err := json.Unmarshal([]byte(c.params.Get("commands")), &sent); err != nil {
		return nil, badRequest("can't parse commands JSON array")
	}
	for _, cmd := range sent {
		if !commandRE.MatchString(cmd.Command) {
			return nil, badRequest("BOT_COMMAND_INVALID")
		}
		if n := utf16Len(cmd.Description); n < 1 || n > 256 {
			return nil, badRequest("BOT_COMMAND_DESCRIPTION_INVALID")
		}
		cmds = append(cmds, BotCommand{Command: cmd.Command, Description: cmd.Description})
	}
	key, err := menuOf(c)
	if err != nil {
		return nil, err
	}
	if s.commands == nil {
		s.commands = map[menuKey][]BotCommand{}
	}
	s.commands[key] = cmds
	return true, nil
}

// menuKey names one command menu: a scope type and a language code ("" for
// the menu of every language without its own).
type menuKey struct{ scope, lang string }

// menuOf is the menu a call names.
func menuOf(c *call) (menuKey, error) {
	lang, err := langOf(c)
	return menuKey{scopeOf(c), lang}, err
}

// scopeOf is the scope type a call names; "default" when it names none.
func scopeOf(c *call) string {
	var sc struct {
		Type string `json:"type"`
	}
	if raw := c.params.Get("scope"); raw != "" && json.Unmarshal([]byte(raw), &sc) == nil && sc.Type != "" {
		return sc.Type
	}
	return "default"
}

func (s *Server) getMyCommands(c *call) (any, error) {
	key, err := menuOf(c)
	if err != nil {
		return nil, err
	}
	out := []tgbotapi.BotCommand{}
	for _, cmd := range s.commands[key] {
		out = append(out, tgbotapi.BotCommand{Command: cmd.Command, Description: cmd.Description})
	}
	return out, nil
}

func (s *Server) deleteMyCommands(c *call) (any, error) {
	key, err := menuOf(c)
	if err != nil {
		return nil, err
	}
	delete(s.commands, key)
	return true, nil
}
