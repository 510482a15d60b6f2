package render

import (
	"slices"
	"strings"
	"time"

	"allaboard"
	"allaboard/bot/lang"
)

// ChaseMention is a reminder in the group for members the bot can't write to
// privately. Its ✅ confirms the version it shows, so it carries what they
// confirm: what changed since the version they last saw (changes), or for
// members new to the event the when, the where and the notes, whole (a
// notice's or a to-do's text). One too long for a message shows less, and
// Whole says so: it must then not carry the ✅ (ReadPrivatelyButtons).
// Welcome greets members who joined after the announcement.
type ChaseMention struct {
	Lang    lang.Lang // the group's
	Names   []string  // mentions, written by Mention
	Event   allaboard.Event
	Changes []string // ChangesSince the earliest version they saw; none if new to them
	Welcome bool
	Loc     *time.Location
}

// Written is the mention, whole if it fits in a message, else shortened;
// whole reports which: only a whole one may carry the ✅.
func (m ChaseMention) Written() (html string, whole bool) { return wholeOrShort(m.write) }

// HTML writes the mention (Written).
func (m ChaseMention) HTML() string { s, _ := m.Written(); return s }

// Whole reports whether HTML shows everything its ✅ confirms.
func (m ChaseMention) Whole() bool { _, w := m.Written(); return w }

// write writes the mention, whole or shortened.
func (m ChaseMention) write(whole bool) string {
	e, l := m.Event, m.Lang
	data := map[string]any{"Names": strings.Join(m.Names, ", "), "Event": EventName(e), "GotIt": l.T("got_it", nil)}
	if e.IsNotice() && !e.Cancelled {
		// Its whole text follows: the name, a clip of it, would say it twice.
		data["Event"] = l.T("card_notice", map[string]any{"Num": e.Num})
	}
	var sb strings.Builder
	if e.IsTodo() && !e.Cancelled {
		return m.todoHTML(data, whole)
	}
	switch {
	case e.Cancelled:
		return l.T("mention_cancelled", data)
	case m.Welcome && e.IsNotice():
		sb.WriteString(l.T("mention_notice_welcome", data))
	case m.Welcome:
		sb.WriteString(l.T("mention_welcome", data))
	case len(m.Changes) > 0:
		data["Changes"] = strings.Join(m.Changes, "\n")
		sb.WriteString(l.T("mention_changed", data))
	default:
		sb.WriteString(l.T("mention_confirm", data))
	}
	sb.WriteString(aboutVersion(l, e, m.Changes, m.Loc, whole) + "\n" + tapLine(l, "mention_tap", data, whole))
	return sb.String()
}

// aboutVersion is what a message whose ✅ confirms e's latest version shows
// of it below its first line, which names it and what changed (changes):
// whole, all of the version; else shortened to read well in the group. An
// event's: its time and place, unless a change shows them; its notes (some
// of those it names may never have seen them), unless a change shows them
// whole. A notice's or a to-do's: its text and day or deadline
// (noticeAbout, todoAbout).
func aboutVersion(l lang.Lang, e allaboard.Event, changes []string, loc *time.Location, whole bool) string {
	room := shortRoom
	if whole {
		room = MaxMessage
	}
	switch {
	case e.IsNotice():
		return noticeAbout(l, e, changes, loc, room)
	case e.IsTodo():
		return todoAbout(l, e, changes, loc, room)
	}
	// A line of what changed shows the new value already: once is enough.
	shown := func(icon, value string) bool {
		return slices.ContainsFunc(changes, func(c string) bool {
			return strings.HasPrefix(c, icon) && (!whole || strings.HasSuffix(c, value))
		})
	}
	var sb strings.Builder
	if !shown("🕒", "") {
		sb.WriteString("\n🕒 " + WhenSpan(l, e.When, e.End, loc))
	}
	if where := Escape(e.Where); !shown("📍", where) {
		if !whole {
			where = Escape(Clip(e.Where, 120))
		}
		sb.WriteString("\n📍 " + where)
	}
	notes := Escape(e.Notes)
	switch {
	case notes == "" || slices.Contains(changes, "📝 "+notes):
	case !whole && len(changes) == 0:
		sb.WriteString("\n📝 " + Escape(Clip(firstLine(e.Notes), 120)))
	case whole:
		sb.WriteString("\n📝 " + notes)
	}
	return sb.String()
}

// shortRoom is how much of a notice's or a to-do's text a shortened
// message shows.
const shortRoom = 1500

// wholeOrShort is what write writes whole, if it fits in a message, else
// shortened; whole reports which.
func wholeOrShort(write func(whole bool) string) (html string, whole bool) {
	if s := write(true); VisibleLen(s) <= MaxMessage {
		return s, true
	}
	return write(false), false
}

// tapLine is the last line of a message asking members to answer: the
// message id's, above its buttons, or when it is shortened (not whole),
// where to read it all.
func tapLine(l lang.Lang, id string, data map[string]any, whole bool) string {
	if !whole {
		return l.T("mention_read_privately", nil)
	}
	return l.T(id, data)
}

// firstLine is the first line of s with text in it.
func firstLine(s string) string {
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	return ""
}
