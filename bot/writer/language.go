package writer

import (
	"allaboard"
	"allaboard/bot/lang"
)

// language is the language the reader of chat reads: the one place that
// decides it. A group reads its own (its language setting; English if
// none). A person reads the language they chose with /language, else their
// Telegram app's language if the bot speaks it, else the language of the
// group the message is about (group; 0 if none) or of a group they are in,
// else English.
func (s *state) language(chat, group int64) lang.Lang {
	if chat < 0 {
		return s.groupLanguage(chat)
	}
	if u, err := s.tx.User(chat); err == nil {
		if l, ok := lang.Parse(u.Language); ok {
			return l
		}
		if l, ok := lang.Match(u.TelegramLanguage); ok {
			return l
		}
	}
	if group == 0 {
		if groups, err := s.tx.UserGroups(chat); err == nil && len(groups) > 0 {
			group = groups[0]
		}
	}
	if group != 0 {
		return s.groupLanguage(group)
	}
	return lang.English
}

// groupLanguage is the language of a group's messages.
func (s *state) groupLanguage(group int64) lang.Lang {
	settings := s.w.cfg.Defaults
	if c, err := s.tx.Chat(group); err == nil && c.Settings != nil {
		settings = *c.Settings
	}
	if l, ok := lang.Parse(settings.Language); ok {
		return l
	}
	return lang.English
}

// aboutGroup is the group a message is about, 0 if none.
func aboutGroup(m allaboard.Outgoing) int64 {
	switch {
	case m.Notice != nil && m.Notice.Group != 0:
		return m.Notice.Group
	case m.Chase != nil:
		return m.Chase.Group
	case m.Calendar != nil:
		return m.Calendar.Group
	}
	return 0
}
