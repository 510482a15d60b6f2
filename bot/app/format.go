package app

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"allaboard"
)

// maxMessage is Telegram's limit of 4,096 UTF-16 units after entity parsing
// (see visibleLen), with a margin.
const maxMessage = 3900

// visibleLen is how Telegram measures a message: the UTF-16 units of its text
// after the HTML tags are parsed away and the entities decoded.
func visibleLen(html string) int {
	return len(utf16.Encode([]rune(stripTags(html))))
}

// when shows an event time in the group's zone: "Sat 5 Dec 2026, 15:00 CET".
func when(t time.Time, loc *time.Location) string {
	return t.In(loc).Format("Mon 2 Jan 2006, 15:04 MST")
}

// shortWhen is the same without the year and zone, for changes and lists.
func shortWhen(t time.Time, loc *time.Location) string {
	return t.In(loc).Format("Mon 2 Jan 15:04")
}

// mention links to a user so that Telegram notifies them, with or without a username.
func mention(id int64, name string) string {
	return fmt.Sprintf(`<a href="tg://user?id=%d">%s</a>`, id, escape(name))
}

// clip shortens plain text to n characters, marking the cut; with no room at
// all it returns "".
func clip(s string, n int) string {
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
func changeLine(c allaboard.Change, loc *time.Location) string {
	old, new := c.Old, c.New
	if c.Field == allaboard.FieldWhen {
		old, new = changeTime(old, loc), changeTime(new, loc)
	}
	switch c.Field {
	case allaboard.FieldStatus:
		return "❌ <b>CANCELLED</b>"
	case allaboard.FieldNotes:
		if old == "" {
			return "📝 notes added"
		}
		return "📝 notes changed"
	}
	icon := map[allaboard.Field]string{allaboard.FieldWhen: "🕒", allaboard.FieldWhere: "📍", allaboard.FieldTitle: "🏷"}[c.Field]
	if old == "" {
		return fmt.Sprintf("%s %s", icon, escape(clip(new, 80)))
	}
	return fmt.Sprintf("%s %s → %s", icon, escape(clip(old, 80)), escape(clip(new, 80)))
}

func changeTime(s string, loc *time.Location) string {
	if s == "" {
		return ""
	}
	t, err := allaboard.ParseChangeTime(s)
	if err != nil {
		return s
	}
	return shortWhen(t, loc)
}

// maxChanges is how many changes a card lists; more are counted, so that a
// card stays short whatever happened since the member last looked.
const maxChanges = 5

// changesSince lists the material changes after revision rev, the latest
// maxChanges of them, with a count of the earlier ones.
func changesSince(revs []allaboard.Revision, rev int, loc *time.Location) []string {
	var changes []allaboard.Change
	for _, r := range revs {
		if r.N <= rev || !r.Material {
			continue
		}
		for _, c := range r.Changes {
			if c.Field.Material() {
				changes = append(changes, c)
			}
		}
	}
	var lines []string
	if n := len(changes) - maxChanges; n > 0 {
		lines = append(lines, fmt.Sprintf(textEarlierChanges, n))
		changes = changes[n:]
	}
	for _, c := range changes {
		lines = append(lines, changeLine(c, loc))
	}
	return lines
}

// eventName is "<b>Title</b> (#3)".
func eventName(e allaboard.Event) string {
	return fmt.Sprintf("<b>%s</b> (#%d)", escape(e.Title), e.Num)
}
