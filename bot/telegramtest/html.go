//lint:file-ignore ST1005 the errors are Telegram's own descriptions, capitalized as Telegram writes them

package telegramtest

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// tagEntities are the HTML tags Telegram supports and the entity each makes.
var tagEntities = map[string]string{
	"b": "bold", "strong": "bold",
	"i": "italic", "em": "italic",
	"u": "underline", "ins": "underline",
	"s": "strikethrough", "strike": "strikethrough", "del": "strikethrough",
	"a":    "text_link",
	"code": "code", "pre": "pre",
	"tg-spoiler": "spoiler", "span": "spoiler",
	"blockquote": "blockquote",
}

// openTag is a start tag waiting for its end tag.
type openTag struct {
	name, typ, url string
	lang           string
	start          int // in UTF-16 units of the output
}

// htmlParser turns Telegram's HTML into plain text and entities the way
// Telegram does, with its error messages.
type htmlParser struct {
	src   string
	out   strings.Builder
	units int // UTF-16 length of out
	stack []*openTag
	ents  []tgbotapi.MessageEntity
	users func(id int64) *User
}

func parseHTML(src string, users func(int64) *User) (string, []tgbotapi.MessageEntity, error) {
	p := &htmlParser{src: src, users: users}
	for i := 0; i < len(src); {
		var err error
		switch src[i] {
		case '<':
			if i+1 < len(src) && src[i+1] == '/' {
				i, err = p.endTag(i)
			} else {
				i, err = p.startTag(i)
			}
		case '&':
			r, n := decodeEntity(src[i:])
			p.write(r)
			i += n
		default:
			r, n := utf8.DecodeRuneInString(src[i:])
			p.write(r)
			i += n
		}
		if err != nil {
			return "", nil, err
		}
	}
	if len(p.stack) > 0 {
		return "", nil, fmt.Errorf("Can't find end tag corresponding to start tag %q", p.stack[len(p.stack)-1].name)
	}
	sort.SliceStable(p.ents, func(a, b int) bool {
		if p.ents[a].Offset != p.ents[b].Offset {
			return p.ents[a].Offset < p.ents[b].Offset
		}
		return p.ents[a].Length > p.ents[b].Length
	})
	return p.out.String(), p.ents, nil
}

func (p *htmlParser) write(r rune) {
	p.out.WriteRune(r)
	p.units += utf16.RuneLen(r)
}

func isTagNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
}

func (p *htmlParser) startTag(at int) (int, error) {
	i := at + 1
	for i < len(p.src) && isTagNameByte(p.src[i]) {
		i++
	}
	name := strings.ToLower(p.src[at+1 : i])
	typ, ok := tagEntities[name]
	if !ok {
		return 0, fmt.Errorf("Unsupported start tag %q at byte offset %d", name, at)
	}
	attrs, end, err := p.attributes(name, at, i)
	if err != nil {
		return 0, err
	}
	t := &openTag{name: name, typ: typ, start: p.units}
	switch name {
	case "span":
		if attrs["class"] != "tg-spoiler" {
			return 0, fmt.Errorf("Unsupported start tag %q at byte offset %d", name, at)
		}
	case "a":
		t.url = attrs["href"]
	case "code":
		if top := p.top(); top != nil && top.name == "pre" {
			if lang, ok := strings.CutPrefix(attrs["class"], "language-"); ok {
				top.lang, t.typ = lang, "" // <pre><code class="language-x"> is one pre entity
			}
		}
	}
	p.stack = append(p.stack, t)
	return end, nil
}

// attributes reads name="value" pairs from i up to the tag's '>', and
// returns them with the offset after the '>'.
func (p *htmlParser) attributes(tag string, at, i int) (map[string]string, int, error) {
	attrs := map[string]string{}
	for {
		for i < len(p.src) && unicode.IsSpace(rune(p.src[i])) {
			i++
		}
		if i >= len(p.src) {
			return nil, 0, fmt.Errorf("Unclosed start tag at byte offset %d", at)
		}
		if p.src[i] == '>' {
			return attrs, i + 1, nil
		}
		start := i
		for i < len(p.src) && isTagNameByte(p.src[i]) {
			i++
		}
		if i == start {
			return nil, 0, fmt.Errorf("Empty attribute name in the tag %q at byte offset %d", tag, start)
		}
		name := strings.ToLower(p.src[start:i])
		if i >= len(p.src) || p.src[i] != '=' {
			return nil, 0, fmt.Errorf("Expected equal sign in declaration of an attribute of the tag %q at byte offset %d", tag, i)
		}
		i++
		var raw string
		switch {
		case i < len(p.src) && (p.src[i] == '"' || p.src[i] == '\''):
			end := strings.IndexByte(p.src[i+1:], p.src[i])
			if end < 0 {
				return nil, 0, fmt.Errorf("Unclosed start tag at byte offset %d", at)
			}
			raw, i = p.src[i+1:i+1+end], i+2+end
		default:
			start := i
			for i < len(p.src) && p.src[i] != '>' && !unicode.IsSpace(rune(p.src[i])) {
				i++
			}
			raw = p.src[start:i]
		}
		attrs[name] = decodeEntities(raw)
	}
}

func (p *htmlParser) top() *openTag {
	if len(p.stack) == 0 {
		return nil
	}
	return p.stack[len(p.stack)-1]
}

func (p *htmlParser) endTag(at int) (int, error) {
	end := strings.IndexByte(p.src[at:], '>')
	if end < 0 {
		return 0, fmt.Errorf("Unclosed end tag at byte offset %d", at)
	}
	name := strings.ToLower(strings.TrimSpace(p.src[at+2 : at+end]))
	t := p.top()
	if t == nil {
		return 0, fmt.Errorf("Unexpected end tag at byte offset %d", at)
	}
	if name != t.name {
		return 0, fmt.Errorf("Unmatched end tag at byte offset %d, expected \"</%s>\", found \"</%s>\"", at, t.name, name)
	}
	p.stack = p.stack[:len(p.stack)-1]
	p.entity(t)
	return at + end + 1, nil
}

// entity adds the entity a closed tag makes, if any.
func (p *htmlParser) entity(t *openTag) {
	length := p.units - t.start
	if t.typ == "" || length == 0 {
		return
	}
	e := tgbotapi.MessageEntity{Type: t.typ, Offset: t.start, Length: length, Language: t.lang}
	if t.typ == "text_link" {
		if t.url == "" {
			return // Telegram makes no link of <a> without href (unless the text is a URL)
		}
		e.URL = t.url
		if id, ok := strings.CutPrefix(t.url, "tg://user?id="); ok {
			if n, err := strconv.ParseInt(id, 10, 64); err == nil && p.users(n) != nil {
				e.Type, e.URL, e.User = "text_mention", "", userJSON(p.users(n))
			}
		}
	}
	p.ents = append(p.ents, e)
}
