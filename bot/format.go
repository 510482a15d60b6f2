package bot

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"allaboard"
)

// maxMessage is Telegram's limit, in characters after entity parsing; we keep
// a margin because Telegram counts UTF-16 units.
const maxMessage = 3900

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

// clip shortens plain text to n characters, marking the cut.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
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

// changesSince lists the material changes after revision rev.
func changesSince(revs []allaboard.Revision, rev int, loc *time.Location) []string {
	var lines []string
	for _, r := range revs {
		if r.N <= rev || !r.Material {
			continue
		}
		for _, c := range r.Changes {
			if c.Field.Material() {
				lines = append(lines, changeLine(c, loc))
			}
		}
	}
	return lines
}

// eventName is "<b>Title</b> (#3)".
func eventName(e allaboard.Event) string {
	return fmt.Sprintf("<b>%s</b> (#%d)", escape(e.Title), e.Num)
}
