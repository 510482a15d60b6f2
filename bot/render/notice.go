package render

import (
	"strings"
	"time"
	"unicode/utf8"

	"allaboard"
	"allaboard/bot/lang"
)

// A must-read notice is shown as an event is, with its text instead of a
// title, a time and a place, and no RSVP: the text whole on its card and in
// each message that asks to confirm it, its first words where it is named.

// noticeName names a notice (or a to-do) by its mark and the start of its
// text: "📣 <b>School is closed on…</b> (#3)".
func noticeName(e allaboard.Event) string {
	return mark(e) + EventName(allaboard.Event{Title: Clip(firstLine(e.Title), 50), Num: e.Num})
}

// mark is what shows a notice (📣) or a to-do (☑️) for what it is, wherever
// it is named; an event has none.
func mark(e allaboard.Event) string {
	switch {
	case e.IsNotice():
		return "📣 "
	case e.IsTodo():
		return "☑️ "
	}
	return ""
}

// noticeDay is the day a notice is about, with the year: "Mon 14 Dec 2026";
// "" for one about none.
func noticeDay(l lang.Lang, e allaboard.Event, loc *time.Location) string {
	if !e.Dated() {
		return ""
	}
	return l.Date(e.When.In(loc))
}

// noticeText is a notice's text, escaped, shortened to fit room characters
// as Telegram counts them.
func noticeText(text string, room int) string {
	s := Clip(text, room)
	for VisibleLen(Escape(s)) > room && s != "" {
		s = Clip(s, utf8.RuneCountInString(s)*3/4)
	}
	return Escape(s)
}

// noticeHTML is Card.HTML for a notice: what changed, the text whole (as
// much as fits), its day, the host, whom it is for.
func (c Card) noticeHTML() string {
	about := ""
	if day := noticeDay(c.Lang, c.Event, c.Loc); day != "" {
		about = "📅 " + day
	}
	return c.textCardHTML("card_notice", about)
}

// textCardHTML is the card of a notice or a to-do, head its top line's
// message: what changed, the text whole (as much as fits), what it is about
// (its day, its deadline; "" for none), the host, whom it is for, the
// footer, the counts.
func (c Card) textCardHTML(head, about string) string {
	e, l := c.Event, c.Lang
	top := c.kindHead(head)
	var tail strings.Builder
	if about != "" {
		tail.WriteString(about + "\n")
	}
	tail.WriteString(l.T("card_host", map[string]any{"Host": Escape(c.Host)}) + "\n")
	if len(e.Guests) > 0 {
		tail.WriteString(ForGuests(l, len(e.Guests)) + "\n")
	}
	if c.Footer != "" {
		tail.WriteString("\n" + c.Footer)
	}
	if c.Counts != nil {
		tail.WriteString("\n" + TallyLine(l, *c.Counts))
	}
	room := MaxMessage - VisibleLen(top) - VisibleLen(tail.String()) - 10
	return top + noticeText(e.Title, room) + "\n\n" + tail.String()
}

// noticeOutdated is Outdated for a notice: its text then, struck through.
func noticeOutdated(l lang.Lang, old allaboard.Event, latest string, loc *time.Location) string {
	s := l.T("card_outdated", map[string]any{"Latest": latest}) + "\n<s>" + noticeName(old)
	if day := noticeDay(l, old, loc); day != "" {
		s += "\n📅 " + day
	}
	return s + "</s>"
}

// noticeAbout is what a message asking to confirm a notice shows of it,
// after its number (which stands for its name, a clip of its text): its
// text (as much as room allows), and its day, unless a change already
// shows it (a line starting with 📅).
func noticeAbout(l lang.Lang, e allaboard.Event, changes []string, loc *time.Location, room int) string {
	s := "\n" + noticeText(e.Title, room)
	shown := false
	for _, c := range changes {
		shown = shown || strings.HasPrefix(c, "📅")
	}
	if day := noticeDay(l, e, loc); day != "" && !shown {
		s += "\n📅 " + day
	}
	return s
}

// noticeLine is a notice's line where a list names it: its day, or how long
// it stays open, or that it is kept open.
func noticeLine(l lang.Lang, e allaboard.Event, loc *time.Location) string {
	switch {
	case e.Dated():
		return "📅 " + l.Date(e.When.In(loc))
	case e.Kept:
		return l.T("notice_kept_line", nil)
	}
	return l.T("notice_open_until", map[string]any{"Date": l.Day(e.Closes().In(loc))})
}

// noticeChange is a change of a notice as a line: its new text in full
// (text, where it is not shown below), its day, a typo fix marked.
func noticeChange(l lang.Lang, c allaboard.Change, loc *time.Location, text bool) string {
	switch c.Field {
	case allaboard.FieldText:
		if !text {
			return l.T("change_notice_text", nil)
		}
		return "📣 " + Escape(Clip(c.New, 200))
	case allaboard.FieldWhen:
		day := func(s string) string {
			if t, err := allaboard.ParseChangeTime(s); err == nil && s != "" {
				return l.Day(t.In(loc))
			}
			return l.T("change_no_day", nil)
		}
		if c.Old == "" && c.New != "" {
			return "📅 " + day(c.New)
		}
		return "📅 " + day(c.Old) + " → " + day(c.New)
	case allaboard.FieldMinor:
		return l.T("change_typo_fix", nil)
	}
	return ChangeLine(l, c, loc)
}

// AnnounceUsage explains /announce, with examples that end with a day in
// l's words.
func AnnounceUsage(l lang.Lang) string { return l.T("announce_usage", nil) }

// NoticeEditUsage explains /edit for notice num.
func NoticeEditUsage(l lang.Lang, num int) string {
	return l.T("notice_edit_usage", map[string]any{"Num": max(num, 1)})
}

// MinorAsk asks whoever changed notice e's text whether it was only a typo
// fix; marked is how they answered ("typo", "again"), "" while they haven't.
func MinorAsk(l lang.Lang, e allaboard.Event, marked string) string {
	s := l.T("minor_ask", map[string]any{"Event": EventName(e)})
	switch marked {
	case "typo":
		s += "\n\n" + MinorTypo(l)
	case "again":
		s += "\n\n" + MinorAgain(l)
	}
	return s
}

// MinorButtons answer MinorAsk: everyone confirms again, or only a typo fix.
func MinorButtons(l lang.Lang, again, typo string) [][]allaboard.Button {
	return [][]allaboard.Button{{{Text: l.T("minor_button_again", nil), Data: again}, {Text: l.T("minor_button_typo", nil), Data: typo}}}
}

// Answers about a notice's new text, and about keeping a notice open.

// MinorTypo: those who confirmed the text before needn't again.
func MinorTypo(l lang.Lang) string { return l.T("minor_typo", nil) }

// MinorAgain: everyone confirms the new text.
func MinorAgain(l lang.Lang) string { return l.T("minor_again", nil) }

// MinorChangedSince: the notice changed again since the question.
func MinorChangedSince(l lang.Lang) string { return l.T("minor_changed_since", nil) }

// NoticeKept: the notice stays open until it is cancelled.
func NoticeKept(l lang.Lang) string { return l.T("notice_kept", nil) }

// NoticeUnkept: it closes a week after its last change.
func NoticeUnkept(l lang.Lang) string { return l.T("notice_unkept", nil) }

// NoticeClosed: the notice is closed; nothing to do on its status card.
func NoticeClosed(l lang.Lang) string { return l.T("notice_closed", nil) }

// NoticeLateHeader heads the card of a notice sent to a member who joined
// the group after it was announced.
func NoticeLateHeader(l lang.Lang, group string) string {
	return l.T("card_notice_late_header", map[string]any{"Group": group})
}

// NoticeClosedHeader heads a member's card of a notice that has closed.
func NoticeClosedHeader(l lang.Lang) string { return l.T("card_notice_closed", nil) }

// kindHead is the top of a notice's or a to-do's card: its header, that it
// is cancelled or what changed, then the line saying what it is (the
// catalogue's message id, filled with its number).
func (c Card) kindHead(id string) string {
	e, l := c.Event, c.Lang
	var b strings.Builder
	if c.Header != "" {
		b.WriteString(c.Header + "\n")
	}
	if e.Cancelled {
		b.WriteString("\n" + CancelledLine(l) + "\n")
	} else if len(c.Changes) > 0 {
		b.WriteString("\n" + l.T("card_changed", map[string]any{"Changes": strings.Join(c.Changes, "\n")}) + "\n")
	}
	b.WriteString("\n" + l.T(id, map[string]any{"Num": e.Num}) + "\n")
	return b.String()
}

// NoticeDayAsk asks whether a notice is about the day its text names
// inside, typed.
func NoticeDayAsk(l lang.Lang, typed string) string {
	return l.T("notice_day_ask", map[string]any{"Typed": Escape(Clip(typed, 60)), "None": l.T("notice_day_none", nil)})
}

// NoticeDayButtons answer NoticeDayAsk: a day each (with data), then no day
// (none).
func NoticeDayButtons(l lang.Lang, days []allaboard.Span, data []string, none string, loc *time.Location) [][]allaboard.Button {
	var row []allaboard.Button
	for i, d := range days {
		row = append(row, allaboard.Button{Text: "📅 " + l.Day(d.Start.In(loc)), Data: data[i]})
	}
	return [][]allaboard.Button{row, {{Text: l.T("notice_day_none", nil), Data: none}}}
}

// NoticeNoDay answers the no-day button.
func NoticeNoDay(l lang.Lang) string { return l.T("notice_day_none", nil) }
