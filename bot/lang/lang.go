package lang

import "golang.org/x/text/language"

// Lang is one of the bot's languages. Its zero value is no language: no
// choice made (Or falls back from it), written in English.
type Lang uint8

// The languages, in the order their buttons are offered.
const (
	English Lang = iota + 1
	German
	French
	Spanish
	Italian
	Portuguese
	Dutch
	Russian
	Ukrainian
)

// All lists every language, in the order their buttons are offered.
func All() []Lang {
	all := make([]Lang, len(langs))
	for i := range all {
		all[i] = Lang(i + 1)
	}
	return all
}

// Or is l, or fallback if l is no language: a member's choice, else the
// group's, else English is choice.Or(group.Or(lang.English)).
func (l Lang) Or(fallback Lang) Lang {
	if l.valid() {
		return l
	}
	return fallback
}

// valid says whether l is one of the languages.
func (l Lang) valid() bool { return l >= 1 && int(l) <= len(langs) }

// info is l's entry in langs, English's for no language (or one only a
// newer version knows).
func (l Lang) info() *entry { return &langs[l.Or(English)-1] }

// Code is l's language code: "de"; "" for no language.
func (l Lang) Code() string {
	if !l.valid() {
		return ""
	}
	return l.info().code
}

// String is l's code, for logs: "de", or "none".
func (l Lang) String() string {
	if !l.valid() {
		return "none"
	}
	return l.Code()
}

// Name is l in its own words, as a button says it: "Deutsch", "Русский".
func (l Lang) Name() string { return l.info().name }

// Tag is l as a language tag (English's for no language).
func (l Lang) Tag() language.Tag { return language.MustParse(l.info().code) }

// MarshalText stores l as its code, so that stored values survive a change
// in the order of the constants.
func (l Lang) MarshalText() ([]byte, error) { return []byte(l.Code()), nil }

// UnmarshalText reads a code stored by MarshalText. A code this version
// does not know (stored by a newer one) reads as no language, so that the
// reader falls back rather than the record failing to load.
func (l *Lang) UnmarshalText(b []byte) error {
	*l = 0
	for _, x := range All() {
		if x.Code() == string(b) {
			*l = x
		}
	}
	return nil
}
