package telegramtest

import (
	"regexp"
	"strings"
)

// The bot's profile: the descriptions Telegram shows before anyone writes to
// the bot, each in one language or, without a language code, in every
// language without its own (Bot API 6.6).

// profileKey names one description: its field ("description",
// "short_description") and its language code.
type profileKey struct{ field, lang string }

// The limits of the descriptions, in characters.
const (
	descriptionLimit      = 512
	shortDescriptionLimit = 120
)

// langRE is a language code Telegram takes: two letters (ISO 639-1). It
// refuses a regional one such as "zh-hans" with "invalid language code
// specified" (seen reported of setMyCommands; assumed the same for the
// descriptions).
var langRE = regexp.MustCompile(`^[a-z]{2}$`)

// langOf is the language code a call names; "" for none.
func langOf(c *call) (string, error) {
	code := c.params.Get("language_code")
	if code != "" && !langRE.MatchString(code) {
		return "", badRequest("invalid language code specified")
	}
	return code, nil
}

func (s *Server) setMyDescription(c *call) (any, error) {
	// Telegram's refusal as bot libraries document it; not checked against
	// the live API.
	return s.setProfile(c, "description", descriptionLimit, "description is too long")
}

func (s *Server) setMyShortDescription(c *call) (any, error) {
	// As for setMyDescription: as documented by libraries, not checked live.
	return s.setProfile(c, "short_description", shortDescriptionLimit, "short description is too long")
}

// setProfile sets field in a call's language; an empty text removes it.
func (s *Server) setProfile(c *call, field string, limit int, tooLong string) (any, error) {
	lang, err := langOf(c)
	if err != nil {
		return nil, err
	}
	text := c.params.Get(field)
	if utf16Len(text) > limit {
		return nil, badRequest(tooLong)
	}
	if s.profile == nil {
		s.profile = map[profileKey]string{}
	}
	if text == "" {
		delete(s.profile, profileKey{field, lang})
	} else {
		s.profile[profileKey{field, lang}] = text
	}
	return true, nil
}

func (s *Server) getMyDescription(c *call) (any, error) {
	return s.getProfile(c, "description")
}

func (s *Server) getMyShortDescription(c *call) (any, error) {
	return s.getProfile(c, "short_description")
}

// getProfile answers field as a reader of the call's language sees it.
func (s *Server) getProfile(c *call, field string) (any, error) {
	lang, err := langOf(c)
	if err != nil {
		return nil, err
	}
	return map[string]string{field: s.seen(field, lang)}, nil
}

// seen is field as a reader whose Telegram speaks lang sees it: in lang if
// the bot set it so, else without a language. s.mu is held.
func (s *Server) seen(field, lang string) string {
	if text, ok := s.profile[profileKey{field, primary(lang)}]; ok {
		return text
	}
	return s.profile[profileKey{field, ""}]
}

// primary is a client's language code without its region: "pt-br" is "pt".
func primary(lang string) string {
	code, _, _ := strings.Cut(strings.ToLower(lang), "-")
	return code
}

// Description is the bot's description, shown in an empty chat with it, as
// a user whose Telegram speaks lang ("de", "pt-br"; "" for none) sees it:
// the one set for lang, else the one set without a language.
func (s *Server) Description(lang string) string {
	s.mu.Lock()
	defer s.unlock()
	return s.seen("description", lang)
}

// ShortDescription is the bot's short description, on its profile, as a
// user whose Telegram speaks lang sees it (as Description).
func (s *Server) ShortDescription(lang string) string {
	s.mu.Lock()
	defer s.unlock()
	return s.seen("short_description", lang)
}

// Menu is the command menu a user whose Telegram speaks lang ("de",
// "pt-br"; "" for none) sees where scope applies ("default",
// "all_private_chats", "all_group_chats", "all_chat_administrators"),
// chosen as Telegram documents it: the first menu set of the scope's in
// lang, the scope's, then (for admins) all group chats' in lang and
// without, then the default's in lang and without.
func (s *Server) Menu(scope, lang string) []BotCommand {
	s.mu.Lock()
	defer s.unlock()
	scopes := []string{scope}
	if scope == "all_chat_administrators" {
		scopes = append(scopes, "all_group_chats")
	}
	if scope != "default" {
		scopes = append(scopes, "default")
	}
	for _, sc := range scopes {
		for _, l := range []string{primary(lang), ""} {
			if cmds, ok := s.commands[menuKey{sc, l}]; ok {
				return append([]BotCommand(nil), cmds...)
			}
		}
	}
	return nil
}
