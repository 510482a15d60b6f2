package render

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"allaboard"
)

// MaxMessage is Telegram's limit of 4,096 UTF-16 units after entity parsing
// (see visibleLen), with a margin.
const MaxMessage = 3900

// visibleLen is how Telegram measures a message: the UTF-16 units of its text
// after the HTML tags are parsed away and the entities decoded.
func VisibleLen(html string) int {
	return len(utf16.Encode([]rune(StripTags(html))))
}

// when shows an event time in the group's zone: "Sat 5 Dec 2026, 15:00 CET".
func When(t time.Time, loc *time.Location) string {
	return t.In(loc).Format("Mon 2 Jan 2006, 15:04 MST")
}

// WhenSpan is When with the end time, if any: "Sat 5 Dec 2026, 15:00–17:00 CET";
// an end on another day shows its day too.
func WhenSpan(start, end time.Time, loc *time.Location) string {
	if end.IsZero() {
		return When(start, loc)
	}
	s, e := start.In(loc), end.In(loc)
	if s.YearDay() != e.YearDay() || s.Year() != e.Year() {
		return s.Format("Mon 2 Jan 2006, 15:04") + " – " + e.Format("Mon 2 Jan, 15:04 MST")
	}
	return s.Format("Mon 2 Jan 2006, 15:04") + "–" + e.Format("15:04 MST")
}

// shortWhen is the same without the year and zone, for changes and lists.
func ShortWhen(t time.Time, loc *time.Location) string {
	return t.In(loc).Format("Mon 2 Jan 15:04")
}

// mention links to a user so that Telegram notifies them, with or without a username.
func Mention(id int64, name string) string {
	return fmt.Sprintf(`<a href="tg://user?id=%d">%s</a>`, id, Escape(name))
}

// clip shortens plain text to n characters, marking the cut; with no room at
// all it returns "".
func Clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n < 1 {
		return ""
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// changeLine shows one change: "🕒 Sat 5 Dec 15:00 → Sun 6 Dec 14:00".
func ChangeLine(c allaboard.Change, loc *time.Location) string {
	old, new := c.Old, c.New
	if c.Field == allaboard.FieldWhen || c.Field == allaboard.FieldEnd {
		old, new = changeTime(old, loc), changeTime(new, loc)
	}
	switch c.Field {
	case allaboard.FieldEnd:
		return endLine(old, new)
	case allaboard.FieldStatus:
		return "❌ <b>CANCELLED</b>"
	case allaboard.FieldNotes:
		if new == "" {
			return "📝 notes removed"
		}
		return "📝 " + Escape(Clip(new, 200))
	}
	icon := map[allaboard.Field]string{allaboard.FieldWhen: "🕒", allaboard.FieldWhere: "📍", allaboard.FieldTitle: "🏷"}[c.Field]
	if old == "" {
		return fmt.Sprintf("%s %s", icon, Escape(Clip(new, 80)))
	}
	return fmt.Sprintf("%s %s → %s", icon, Escape(Clip(old, 80)), Escape(Clip(new, 80)))
}

// endLine shows a change of the end time: "🕒 until Sat 5 Dec 17:00".
func endLine(old, new string) string {
	switch {
	case new == "":
		return EndRemoved
	case old == "":
		return fmt.Sprintf(EndSet, new)
	}
	return fmt.Sprintf(EndMoved, old, new)
}

func changeTime(s string, loc *time.Location) string {
	if s == "" {
		return ""
	}
	t, err := allaboard.ParseChangeTime(s)
	if err != nil {
		return s
	}
	return ShortWhen(t, loc)
}

// maxChanges is how many changes a card lists; more are counted, so that a
// card stays short whatever happened since the member last looked.
const maxChanges = 5

// changesSince lists the material changes after revision rev, the latest
// maxChanges of them, with a count of the earlier ones.
func ChangesSince(revs []allaboard.Revision, rev int, loc *time.Location) []string {
	var changes []allaboard.Change
	for _, r := range revs {
		if r.N <= rev || !r.Material {
			continue
		}
		for _, c := range r.Changes {
			if c.Field.Material() || c.Field == allaboard.FieldNotes {
				changes = append(changes, c) // notes, when marked important
			}
		}
	}
	var lines []string
	if n := len(changes) - maxChanges; n > 0 {
		lines = append(lines, fmt.Sprintf(EarlierChanges, n))
		changes = changes[n:]
	}
	for _, c := range changes {
		lines = append(lines, ChangeLine(c, loc))
	}
	return lines
}

// eventName is "<b>Title</b> (#3)".
func EventName(e allaboard.Event) string {
	return fmt.Sprintf("<b>%s</b> (#%d)", Escape(e.Title), e.Num)
}

// MaxAnswer is Telegram's limit on an answer to a button press, in UTF-16
// units.
const MaxAnswer = 200

// ClipAnswer shortens plain text to what an answer to a button press may
// hold, marking the cut, never splitting a character.
func ClipAnswer(s string) string {
	if len(utf16.Encode([]rune(s))) <= MaxAnswer {
		return s
	}
	n := 0
	for i, r := range s {
		if n+utf16.RuneLen(r) > MaxAnswer-1 { // room for the "…"
			return strings.TrimSpace(s[:i]) + "…"
		}
		n += utf16.RuneLen(r)
	}
	return s
}
