package telegramtest

import (
	"fmt"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// NewGroup creates a basic group with creator in it; the bot is not in it yet.
func (s *Server) NewGroup(title string, creator *User) *Group {
	s.mu.Lock()
	defer s.unlock()
	c := &chat{id: s.nextGroup, kind: "group", title: title, members: map[int64]string{}}
	s.nextGroup--
	c.setStatus(creator.ID, statusCreator)
	s.chats[c.id] = c
	return &Group{ID: c.id, Title: title}
}

// group is g's chat. It panics if g is not a group of this server. Call
// with s.mu held.
func (s *Server) group(g *Group) *chat {
	c := s.chats[g.ID]
	if c == nil || c.private() {
		panic(fmt.Sprintf("telegramtest: %d is not a group of this server", g.ID))
	}
	return c
}

// AddMemberSilently makes u a member from before the bot arrived: no update at all.
func (s *Server) AddMemberSilently(g *Group, u *User) {
	s.mu.Lock()
	defer s.unlock()
	c := s.group(g)
	if !present(c.status(u.ID)) {
		c.setStatus(u.ID, statusMember)
	}
}

// Promote makes u an administrator of g. A chat_member update reaches the
// bot if it is an admin and asked for them.
func (s *Server) Promote(g *Group, u *User) {
	s.mu.Lock()
	defer s.unlock()
	c := s.group(g)
	s.memberChanged(c, s.changeMember(c, s.creator(c), u, statusAdmin))
	s.wake()
}

// AddBot is by adding the bot to g, as a member or an administrator: a
// my_chat_member update (left → member/administrator), then a message with
// new_chat_members=[bot] from by.
func (s *Server) AddBot(g *Group, by *User, admin bool) {
	s.mu.Lock()
	defer s.unlock()
	c := s.group(g)
	status := statusMember
	if admin {
		status = statusAdmin
	}
	old := c.status(botID)
	c.setStatus(botID, status)
	// Telegram sends the my_chat_member update first, then the service message.
	s.enqueue(&update{MyChatMember: s.memberUpdate(c, by, s.bot, old, status)})
	s.service(c, by, &message{newMembers: []*User{s.bot}}, true)
	s.note(c, by.Name(), "added", fmt.Sprintf("%s added %s as %s", by.Name(), s.bot.Name(), status), nil)
}

// SetBotAdmin promotes or demotes the bot in g: a my_chat_member update.
func (s *Server) SetBotAdmin(g *Group, admin bool) {
	s.mu.Lock()
	defer s.unlock()
	c := s.group(g)
	status := statusMember
	if admin {
		status = statusAdmin
	}
	old := c.status(botID)
	c.setStatus(botID, status)
	s.enqueue(&update{MyChatMember: s.memberUpdate(c, s.creator(c), s.bot, old, status)})
}

// RemoveBot is by removing the bot from g: a my_chat_member update
// (→ kicked) and a message with left_chat_member=bot. Later sends to g are
// answered 403.
func (s *Server) RemoveBot(g *Group, by *User) {
	s.mu.Lock()
	defer s.unlock()
	c := s.group(g)
	old := c.status(botID)
	c.setStatus(botID, statusKicked)
	s.enqueue(&update{MyChatMember: s.memberUpdate(c, by, s.bot, old, statusKicked)})
	s.service(c, by, &message{left: s.bot}, true)
	s.note(c, by.Name(), "removed", fmt.Sprintf("%s removed %s", by.Name(), s.bot.Name()), nil)
}

// Join is u joining g: a new_chat_members message and a chat_member update
// (which only an admin bot that asked for chat_member receives).
func (s *Server) Join(g *Group, u *User) {
	s.mu.Lock()
	defer s.unlock()
	c := s.group(g)
	up := s.changeMember(c, u, u, statusMember)
	s.service(c, u, &message{newMembers: []*User{u}}, false)
	s.memberChanged(c, up)
	s.note(c, u.Name(), "join", u.Name()+" joined", nil)
}

// Leave is u leaving g: a left_chat_member message and a chat_member update.
func (s *Server) Leave(g *Group, u *User) {
	s.mu.Lock()
	defer s.unlock()
	c := s.group(g)
	up := s.changeMember(c, u, u, statusLeft)
	s.service(c, u, &message{left: u}, false)
	s.memberChanged(c, up)
	s.note(c, u.Name(), "leave", u.Name()+" left", nil)
}

// Kick is by removing u from g: like Leave, with status kicked.
func (s *Server) Kick(g *Group, u *User, by *User) {
	s.mu.Lock()
	defer s.unlock()
	c := s.group(g)
	up := s.changeMember(c, by, u, statusKicked)
	s.service(c, by, &message{left: u}, false)
	s.memberChanged(c, up)
	s.note(c, by.Name(), "removed", fmt.Sprintf("%s removed %s", by.Name(), u.Name()), nil)
}

// Block is u blocking the bot: a my_chat_member update in the private chat
// (member → kicked); later messages to u are answered 403.
func (s *Server) Block(u *User) {
	s.mu.Lock()
	defer s.unlock()
	s.setBlocked(s.privateChat(u), true)
}

// Unblock is u unblocking the bot: my_chat_member (kicked → member).
func (s *Server) Unblock(u *User) {
	s.mu.Lock()
	defer s.unlock()
	s.setBlocked(s.privateChat(u), false)
}

func (s *Server) privateChat(u *User) *chat {
	c := s.chats[u.ID]
	if c == nil || !c.private() {
		panic(fmt.Sprintf("telegramtest: %s is not a user of this server", u.Name()))
	}
	return c
}

func (s *Server) setBlocked(c *chat, blocked bool) {
	if c.blocked == blocked {
		return
	}
	old, status, kind := statusMember, statusKicked, "blocked"
	if !blocked {
		old, status, kind = statusKicked, statusMember, "unblocked"
	}
	c.blocked = blocked
	s.enqueue(&update{MyChatMember: s.memberUpdate(c, c.user, s.bot, old, status)})
	s.note(c, c.user.Name(), kind, fmt.Sprintf("%s %s %s", c.user.Name(), kind, s.bot.Name()), nil)
	s.wake()
}

// Migrate upgrades basic group g to a supergroup and returns it: the old
// chat gets a message with migrate_to_chat_id, the new one a message with
// migrate_from_chat_id. Members and the bot move; sends to the old id are
// then answered 400 with parameters.migrate_to_chat_id.
func (s *Server) Migrate(g *Group) *Group {
	s.mu.Lock()
	defer s.unlock()
	old := s.group(g)
	if old.kind != "group" || old.migratedTo != 0 {
		panic(fmt.Sprintf("telegramtest: %d is not a basic group", g.ID))
	}
	s.nextSuper++
	c := &chat{id: -1001000000000 - s.nextSuper, kind: "supergroup", title: old.title, members: map[int64]string{}}
	for _, id := range old.order {
		c.setStatus(id, old.members[id])
	}
	s.chats[c.id] = c
	old.migratedTo = c.id
	actor := s.creator(old)
	s.service(old, actor, &message{migrateTo: c.id}, false)
	s.service(c, actor, &message{migrateFrom: old.id}, false)
	s.note(old, actor.Name(), "migrated", fmt.Sprintf("%s was upgraded to a supergroup: chat %d is now %d", old.title, old.id, c.id), nil)
	return &Group{ID: c.id, Title: c.title}
}

// creator is the group's creator (the bot if none is left).
func (s *Server) creator(c *chat) *User {
	for _, id := range c.order {
		if c.members[id] == statusCreator {
			return s.user(id)
		}
	}
	return s.bot
}

// changeMember sets who's status in c and returns the chat_member update
// an admin bot may receive, to queue after any service message.
func (s *Server) changeMember(c *chat, by, who *User, status string) *update {
	old := c.status(who.ID)
	c.setStatus(who.ID, status)
	return &update{ChatMember: s.memberUpdate(c, by, who, old, status)}
}

// memberChanged queues u if the bot is an admin of c. Call with s.mu held.
func (s *Server) memberChanged(c *chat, u *update) {
	if c.status(botID) == statusAdmin {
		s.enqueue(u)
	}
}

// service records a service message from the actor and delivers it if the
// bot is in the chat (or always). Call with s.mu held.
func (s *Server) service(c *chat, from *User, m *message, always bool) {
	m.view.From, m.view.Date = from, time.Now()
	c.add(m)
	if always || present(c.status(botID)) {
		s.enqueue(&update{Message: s.wire(c, m)})
	}
	s.wake()
}

func (s *Server) memberUpdate(c *chat, by, who *User, old, status string) *tgbotapi.ChatMemberUpdated {
	return &tgbotapi.ChatMemberUpdated{
		Chat:          *s.chatJSON(c),
		From:          *userJSON(by),
		Date:          int(time.Now().Unix()),
		OldChatMember: memberJSON(who, old),
		NewChatMember: memberJSON(who, status),
	}
}
