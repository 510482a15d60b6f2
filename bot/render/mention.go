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
// members new to the event the when, the where and the notes' first line.
// Welcome greets members who joined after the announcement.
type ChaseMention struct {
	Lang    lang.Lang // the group's
	Names   []string  // mentions, written by Mention
	Event   allaboard.Event
	Changes []string // ChangesSince the earliest version they saw; none if new to them
	Welcome bool
	Loc     *time.Location
}

// HTML writes the mention.
func (m ChaseMention) HTML() string {
	e, l := m.Event, m.Lang
	data := map[string]any{"Names": strings.Join(m.Names, ", "), "Event": EventName(e), "GotIt": l.T("got_it", nil)}
	if e.IsNotice() && !e.Cancelled {
		// Its whole text follows: the name, a clip of it, would say it twice.
		data["Event"] = l.T("card_notice", map[string]any{"Num": e.Num})
	}
	var sb strings.Builder
	if e.IsTodo() && !e.Cancelled {
		return m.todoHTML(data)
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
	if e.IsNotice() {
		sb.WriteString(noticeAbout(l, e, m.Changes, m.Loc, 1500) + "\n" + l.T("mention_tap", data))
		return sb.String()
	}
	// A line of what changed shows the new value already: once is enough.
	shown := func(icon string) bool {
		return slices.ContainsFunc(m.Changes, func(c string) bool { return strings.HasPrefix(c, icon) })
	}
	if !shown("🕒") {
		sb.WriteString("\n🕒 " + WhenSpan(l, e.When, e.End, m.Loc))
	}
	if !shown("📍") {
		sb.WriteString("\n📍 " + Escape(Clip(e.Where, 120)))
	}
	if line := firstLine(e.Notes); line != "" && len(m.Changes) == 0 {
		sb.WriteString("\n📝 " + Escape(Clip(line, 120)))
	}
	sb.WriteString("\n" + l.T("mention_tap", data))
	return sb.String()
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
