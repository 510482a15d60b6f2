package render

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"allaboard"
	"allaboard/bot/lang"
)

// MaxMessage is Telegram's limit of 4,096 UTF-16 units after entity parsing
// (see visibleLen), with a margin.
const MaxMessage = 3900

// visibleLen is how Telegram measures a message: the UTF-16 units of its text
// after the HTML tags are parsed away and the entities decoded.
func VisibleLen(html string) int {
	return len(utf16.Encode([]rune(StripTags(html))))
}

// When shows an event time in the group's zone, in the reader's language:
// "Sat 5 Dec 2026, 15:00 CET".
func When(l lang.Lang, t time.Time, loc *time.Location) string {
	t = t.In(loc)
	return l.DateTime(t) + " " + t.Format("MST")
}

// WhenSpan is When with the end time, if any: "Sat 5 Dec 2026, 15:00–17:00 CET";
// an end on another day shows its day too.
func WhenSpan(l lang.Lang, start, end time.Time, loc *time.Location) string {
	if end.IsZero() {
		return When(l, start, loc)
	}
	return l.Span(start.In(loc), end.In(loc), true) + " " + end.In(loc).Format("MST")
}

// ShortWhen is When without the year and zone, for changes and lists.
func ShortWhen(l lang.Lang, t time.Time, loc *time.Location) string {
	return l.DayTime(t.In(loc))
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
func ChangeLine(l lang.Lang, c allaboard.Change, loc *time.Location) string {
	old, new := c.Old, c.New
	if c.Field == allaboard.FieldWhen || c.Field == allaboard.FieldEnd {
		old, new = changeTime(l, old, loc), changeTime(l, new, loc)
	}
	switch c.Field {
	case allaboard.FieldEnd:
		return endLine(l, old, new)
	case allaboard.FieldStatus:
		return CancelledLine(l)
	case allaboard.FieldNotes:
		if new == "" {
			return l.T("change_notes_removed", nil)
		}
		return "📝 " + Escape(Clip(new, 200))
	case allaboard.FieldText, allaboard.FieldMinor:
		return noticeChange(l, c, loc, true)
	}
	icon := map[allaboard.Field]string{allaboard.FieldWhen: "🕒", allaboard.FieldWhere: "📍", allaboard.FieldTitle: "🏷"}[c.Field]
	if old == "" {
		return fmt.Sprintf("%s %s", icon, Escape(Clip(new, 80)))
	}
	return fmt.Sprintf("%s %s → %s", icon, Escape(Clip(old, 80)), Escape(Clip(new, 80)))
}

// endLine shows a change of the end time: "🕒 until Sat 5 Dec 17:00".
func endLine(l lang.Lang, old, new string) string {
	switch {
	case new == "":
		return l.T("change_end_removed", nil)
	case old == "":
		return l.T("change_end_set", map[string]any{"End": new})
	}
	return l.T("change_end_moved", map[string]any{"Old": old, "New": new})
}

// ForgottenMember stands in an event's history for a member who asked the
// bot to forget them.
func ForgottenMember(l lang.Lang) string { return l.T("change_forgotten_member", nil) }

func changeTime(l lang.Lang, s string, loc *time.Location) string {
	if s == "" {
		return ""
	}
	t, err := allaboard.ParseChangeTime(s)
	if err != nil {
		return s
	}
	return ShortWhen(l, t, loc)
}

// ChangesSince lists what changed in e between revision rev, the version the
// reader saw, and now: one line per field, from what they saw to what it is
// (a place changed twice is one line, one changed back none), the start and
// the end of the time on one line. Only material changes count, and notes
// marked important.
func ChangesSince(l lang.Lang, e allaboard.Event, revs []allaboard.Revision, rev int, loc *time.Location) []string {
	var fields []allaboard.Field
	for _, r := range revs {
		if r.N <= rev || !r.Material {
			continue
		}
		for _, c := range r.Changes {
			f := c.Field
			if f == allaboard.FieldEnd {
				f = allaboard.FieldWhen // one line for the time
			}
			if (f.Material() || f == allaboard.FieldNotes) && !slices.Contains(fields, f) {
				fields = append(fields, f)
			}
		}
	}
	was := e.AsOf(revs, rev)
	var lines []string
	for _, f := range fields {
		switch {
		case e.IsTodo() && f == allaboard.FieldWhen:
			if !was.When.Equal(e.When) {
				lines = append(lines, todoChange(l, allaboard.Change{Field: f, Old: changeValue(was.When), New: changeValue(e.When)}, loc, false))
			}
		case e.IsTodo() && f == allaboard.FieldText:
			if was.Title != e.Title {
				lines = append(lines, todoChange(l, allaboard.Change{Field: f}, loc, false))
			}
		case e.IsNotice() && f == allaboard.FieldWhen:
			if !was.When.Equal(e.When) {
				lines = append(lines, noticeChange(l, allaboard.Change{Field: f, Old: changeValue(was.When), New: changeValue(e.When)}, loc, false))
			}
		case f == allaboard.FieldText:
			if was.Title != e.Title {
				lines = append(lines, noticeChange(l, allaboard.Change{Field: f}, loc, false))
			}
		case f == allaboard.FieldWhen:
			if old, new := ShortSpan(l, was.When, was.End, loc), ShortSpan(l, e.When, e.End, loc); old != new {
				lines = append(lines, "🕒 "+old+" → "+new)
			}
		case f == allaboard.FieldStatus:
			if e.Cancelled {
				lines = append(lines, CancelledLine(l))
			}
		default:
			c := allaboard.Change{Field: f, Old: fieldText(was, f), New: fieldText(e, f)}
			if c.Old != c.New {
				lines = append(lines, ChangeLine(l, c, loc))
			}
		}
	}
	return lines
}

// changeValue is a time as a Change keeps it: "" for none.
func changeValue(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// fieldText is the text of one of e's text fields.
func fieldText(e allaboard.Event, f allaboard.Field) string {
	switch f {
	case allaboard.FieldTitle:
		return e.Title
	case allaboard.FieldWhere:
		return e.Where
	case allaboard.FieldNotes:
		return e.Notes
	}
	return ""
}

// ShortSpan is a time without the year and zone, with its end if any:
// "Sat 5 Dec 15:00–17:00".
func ShortSpan(l lang.Lang, start, end time.Time, loc *time.Location) string {
	if start.IsZero() {
		return ""
	}
	if end.IsZero() {
		return ShortWhen(l, start, loc)
	}
	return l.Span(start.In(loc), end.In(loc), false)
}

// EventName is "<b>Title</b> (#3)"; a notice's or a to-do's is its mark and
// the start of its text.
func EventName(e allaboard.Event) string {
	if e.IsNotice() || e.IsTodo() {
		return noticeName(e)
	}
	return fmt.Sprintf("<b>%s</b> (#%d)", Escape(e.Title), e.Num)
}

// MaxAnswer is Telegram's limit on an answer to a button press, in UTF-16
// units.
const MaxAnswer = 200

// ClipAnswer shortens plain text to what an answer to a button press may
// hold, marking the cut, never splitting a character, and a word only when
// it is too long to keep.
func ClipAnswer(s string) string {
	if len(utf16.Encode([]rune(s))) <= MaxAnswer {
		return s
	}
	n := 0
	for i, r := range s {
		if n+utf16.RuneLen(r) > MaxAnswer-1 { // room for the "…"
			kept := s[:i]
			if space := strings.LastIndexAny(kept, " \n"); space > len(kept)/2 {
				kept = kept[:space]
			}
			return strings.TrimRight(strings.TrimSpace(kept), ",;:·→") + "…"
		}
		n += utf16.RuneLen(r)
	}
	return s
}
