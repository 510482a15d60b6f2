package lang

import (
	"strings"

	"golang.org/x/text/language"
)

// matcher matches language tags to the bot's languages, English first as
// x/text's matcher wants its default.
var matcher = func() language.Matcher {
	tags := make([]language.Tag, len(langs))
	for i := range langs {
		tags[i] = language.MustParse(langs[i].code)
	}
	return language.NewMatcher(tags)
}()

// Match finds the language for a Telegram language_code (an IETF tag:
// "de-AT", "pt-br", "uk"): a regional variant gets its language. A language
// the bot does not speak gets ok false, so that the caller falls back (to
// the group's language, then English), even one whose readers CLDR expects
// to read one of ours (Georgian English, Belarusian Russian): the group's
// language is the better guess for a parent in that group.
func Match(code string) (l Lang, ok bool) {
	tag, err := language.Parse(strings.TrimSpace(code))
	if err != nil {
		return 0, false
	}
	_, i, conf := matcher.Match(tag)
	l = Lang(i + 1)
	asked, _ := tag.Base()
	got, _ := l.Tag().Base()
	if conf == language.No || asked != got {
		return 0, false
	}
	return l, true
}

// MatchOr is Match with a fallback for a code the bot does not speak.
func MatchOr(code string, fallback Lang) Lang {
	l, _ := Match(code)
	return l.Or(fallback)
}

// Parse reads a language as a member types it after /language or
// /settings language: a code ("de", "pt-BR"), the language's own name
// ("Deutsch", "русский") or its English name ("German"), in any case.
func Parse(s string) (Lang, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, l := range All() {
		for _, name := range l.info().names() {
			if s == strings.ToLower(name) {
				return l, true
			}
		}
	}
	return Match(s)
}

// names are what Parse reads as this language, besides codes.
func (l *entry) names() []string {
	return append([]string{l.name, l.english}, l.aliases...)
}
