package render

import (
	"fmt"
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
	Names   []string // mentions, written by Mention
	Event   allaboard.Event
	Changes []string // ChangesSince the earliest version they saw; none if new to them
	Welcome bool
	Loc     *time.Location
}

// HTML writes the mention.
func (m ChaseMention) HTML() string {
	e, names := m.Event, strings.Join(m.Names, ", ")
	var sb strings.Builder
	switch {
	case e.Cancelled:
		fmt.Fprintf(&sb, "❌ %s — %s is <b>CANCELLED</b>.", names, EventName(e))
		sb.WriteString("\nPlease tap ✅ Got it so the host knows you know.")
		return sb.String()
	case m.Welcome:
		fmt.Fprintf(&sb, "👋 Welcome, %s! Coming up in this group — please confirm you've seen it: %s", names, EventName(e))
	case len(m.Changes) > 0:
		fmt.Fprintf(&sb, "⏳ %s — %s <b>changed</b>, please confirm:\n%s", names, EventName(e), strings.Join(m.Changes, "\n"))
	default:
		fmt.Fprintf(&sb, "⏳ %s — please confirm %s", names, EventName(e))
	}
	// A line of what changed shows the new value already: once is enough.
	shown := func(icon string) bool {
		return slices.ContainsFunc(m.Changes, func(c string) bool { return strings.HasPrefix(c, icon) })
	}
	if !shown("🕒") {
		sb.WriteString("\n🕒 " + WhenSpan(lang.English, e.When, e.End, m.Loc))
	}
	if !shown("📍") {
		sb.WriteString("\n📍 " + Escape(Clip(e.Where, 120)))
	}
	if line := firstLine(e.Notes); line != "" && len(m.Changes) == 0 {
		sb.WriteString("\n📝 " + Escape(Clip(line, 120)))
	}
	sb.WriteString("\nTap ✅ Got it below to confirm you've seen it.")
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
