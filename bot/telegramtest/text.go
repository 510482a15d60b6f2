package telegramtest

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// namedEntities are the only named entities Telegram knows.
var namedEntities = map[string]rune{"lt": '<', "gt": '>', "amp": '&', "quot": '"'}

// decodeEntity decodes the entity s starts with and returns the rune and
// how many bytes it took; an ampersand that starts no entity stands for itself.
func decodeEntity(s string) (rune, int) {
	end := strings.IndexByte(s, ';')
	if end < 2 || end > 12 {
		return '&', 1
	}
	body := s[1:end]
	if r, ok := namedEntities[body]; ok {
		return r, end + 1
	}
	if num, ok := strings.CutPrefix(body, "#"); ok {
		base := 10
		if h, ok := strings.CutPrefix(strings.ToLower(num), "x"); ok {
			num, base = h, 16
		}
		n, err := strconv.ParseUint(num, base, 32)
		if err == nil && utf8.ValidRune(rune(n)) && n != 0 {
			return rune(n), end + 1
		}
	}
	return '&', 1
}

func decodeEntities(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] == '&' {
			r, n := decodeEntity(s[i:])
			b.WriteRune(r)
			i += n
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// utf16Len is the length Telegram counts text in.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// trimText strips leading and trailing white space as Telegram does, moving
// the entities along.
func trimText(s string, ents []tgbotapi.MessageEntity) (string, []tgbotapi.MessageEntity) {
	trimmed := strings.TrimLeftFunc(s, unicode.IsSpace)
	lead := utf16Len(s[:len(s)-len(trimmed)])
	trimmed = strings.TrimRightFunc(trimmed, unicode.IsSpace)
	size := utf16Len(trimmed)
	var out []tgbotapi.MessageEntity
	for _, e := range ents {
		start, end := max(e.Offset-lead, 0), min(e.Offset+e.Length-lead, size)
		if end > start {
			e.Offset, e.Length = start, end-start
			out = append(out, e)
		}
	}
	return trimmed, out
}

// render turns text in a parse mode into what users see, or the error
// Telegram answers for it.
func (s *Server) render(text, mode string) (string, []tgbotapi.MessageEntity, error) {
	if !utf8.ValidString(text) {
		return "", nil, badRequest("text must be encoded in UTF-8")
	}
	plain, ents := text, []tgbotapi.MessageEntity(nil)
	switch strings.ToLower(mode) {
	case "", "markdown", "markdownv2":
	case "html":
		var err error
		plain, ents, err = parseHTML(text, s.user)
		if err != nil {
			return "", nil, badRequest("can't parse entities: " + err.Error())
		}
	default:
		return "", nil, badRequest("unsupported parse_mode")
	}
	plain, ents = trimText(plain, ents)
	return plain, ents, nil
}
