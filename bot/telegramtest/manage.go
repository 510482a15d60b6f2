package telegramtest

// Methods that manage messages already in a chat.

func (s *Server) pinChatMessage(c *call) (any, error) {
	ch, err := s.callChat(c, s.writable)
	if err != nil {
		return nil, err
	}
	if !ch.private() && ch.status(botID) != statusAdmin {
		return nil, badRequest("not enough rights to manage pinned messages in the chat")
	}
	m := ch.find(c.intParam("message_id"))
	if m == nil {
		return nil, badRequest("message to pin not found")
	}
	m.view.Pinned = true
	s.note(ch, s.bot.Name(), "pins a message", m.view.Plain, nil)
	s.wake()
	return true, nil
}

func (s *Server) unpinChatMessage(c *call) (any, error) {
	ch, err := s.callChat(c, s.writable)
	if err != nil {
		return nil, err
	}
	if !ch.private() && ch.status(botID) != statusAdmin {
		return nil, badRequest("not enough rights to manage pinned messages in the chat")
	}
	want := c.intParam("message_id")
	for i := len(ch.msgs) - 1; i >= 0; i-- {
		if m := ch.msgs[i]; m.view.Pinned && (want == 0 || m.view.ID == want) {
			m.view.Pinned = false
			s.note(ch, s.bot.Name(), "unpins a message", m.view.Plain, nil)
			s.wake()
			return true, nil
		}
	}
	return nil, badRequest("message to unpin not found")
}

func (s *Server) deleteMessage(c *call) (any, error) {
	ch, err := s.callChat(c, s.reachable)
	if err != nil {
		return nil, err
	}
	for i, m := range ch.msgs {
		if m.view.ID != c.intParam("message_id") {
			continue
		}
		if m.view.From != s.bot && !ch.private() && ch.status(botID) != statusAdmin {
			return nil, badRequest("message can't be deleted")
		}
		ch.msgs = append(ch.msgs[:i:i], ch.msgs[i+1:]...)
		s.note(ch, s.bot.Name(), "deletes a message", m.view.Plain, nil)
		s.wake()
		return true, nil
	}
	return nil, badRequest("message to delete not found")
}
