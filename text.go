package allaboard

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// checkText cleans a field's value (cleanText) and checks its length; a
// value with nothing visible left is empty, and refused if required.
func checkText(f Field, s string, limit int, required bool) (string, error) {
	s = cleanText(s, f == FieldNotes)
	if !visible(s) {
		s = ""
	}
	if required && s == "" {
		return "", problem(ProblemFieldEmpty, f)
	}
	if n := utf8.RuneCountInString(s); n > limit {
		return "", problem(ProblemFieldTooLong, f, n, limit)
	}
	return s, nil
}

// cleanText makes typed text safe to show among the card's own lines:
// control and format characters (bidi overrides and isolates, zero-width
// spaces, byte order marks) are removed, so no text reorders or hides what
// follows it; a title or place becomes one line, so none fakes a 🕒 or 📍
// line. Notes keep their line breaks, as "\n": they are the card's last
// lines, under 📝. Joiners stay: emoji and some scripts are written with them.
func cleanText(s string, lines bool) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case lineBreak(r):
			if lines {
				return '\n'
			}
			return ' '
		case r == '\t':
			return ' '
		case r == '\u200c' || r == '\u200d' || (r >= 0xe0020 && r <= 0xe007f):
			return r // zero-width (non-)joiner, emoji tag sequences (🏴 flags)
		case unicode.In(r, unicode.Cc, unicode.Cf):
			return -1
		}
		return r
	}, strings.ReplaceAll(s, "\r\n", "\n"))
	if !lines {
		return strings.Join(strings.Fields(s), " ")
	}
	return strings.TrimSpace(s)
}

// lineBreak reports whether r ends a line where text is shown.
func lineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029':
		return true
	}
	return false
}

// visible reports whether s shows anything: a letter, digit, mark of
// punctuation or symbol that is not one of the invisible fillers.
func visible(s string) bool {
	for _, r := range s {
		if (unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsPunct(r) || unicode.IsSymbol(r)) &&
			!unicode.Is(unicode.Other_Default_Ignorable_Code_Point, r) {
			return true
		}
	}
	return false
}
