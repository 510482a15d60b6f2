package render

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"allaboard"
	"allaboard/bot/lang"
)

// foldAt is how many names a line of the status card shows before "and N
// more": the card stays short on a phone, whatever the group's size.
const foldAt = 10

// Status is a host's status card, at a glance: the counts, whom to call now,
// who is still waiting, who has confirmed, and the answers. Names only
// hosts and admins see.
func Status(r allaboard.Roll, c allaboard.Chat, loc *time.Location) string {
	e := r.Event
	var sb strings.Builder
	fmt.Fprintf(&sb, "📋 <b>Status</b> of %s in %s\n🕒 %s · 📍 %s\n", EventName(e), GroupName(c.Title), WhenSpan(lang.English, e.When, e.End, loc), Escape(Clip(e.Where, 60)))
	if e.Cancelled {
		sb.WriteString("❌ <b>CANCELLED</b> — everyone must still confirm they know.\n")
	}
	sb.WriteString(TallyLine(lang.English, r.Tally()) + "\n")

	var call, told, confirmed []string
	waiting := map[int][]string{} // by how often they were reminded
	rsvp, earlier := map[allaboard.RSVP][]string{}, map[allaboard.RSVP][]string{}
	late := false
	for _, m := range r.Members {
		resp, name := r.Resp[m.User], Escape(Name(r.Users[m.User]))
		if a := resp.RSVPFor(e); a != allaboard.NoAnswer {
			rsvp[a] = append(rsvp[a], name)
		} else if a, _ := resp.EarlierRSVP(e); a != allaboard.NoAnswer {
			earlier[a] = append(earlier[a], name)
		}
		if resp.Late {
			name += " 🆕"
			late = true
		}
		switch {
		case resp.Confirmed(e) && resp.ToldBy != 0:
			told = append(told, fmt.Sprintf("%s (told by %s)", name, Escape(Name(r.Users[resp.ToldBy]))))
		case resp.Acked < e.Material && resp.Confirmed(e):
			confirmed = append(confirmed, fmt.Sprintf("%s (%s for the family)", name, Escape(Name(r.Users[resp.FamilyBy]))))
		case resp.Confirmed(e):
			confirmed = append(confirmed, name)
		case resp.Unreachable || resp.HandedOff:
			call = append(call, name)
		default:
			waiting[resp.Reminders()] = append(waiting[resp.Reminders()], name)
		}
	}
	section := func(head string, names []string) {
		if len(names) > 0 {
			fmt.Fprintf(&sb, "\n%s: %s\n", head, fold(names))
		}
	}
	section("📞 <b>Call now</b>", call)
	if len(waiting) > 0 {
		fmt.Fprintf(&sb, "\n⏳ <b>Not confirmed yet</b>: %s\n", waitingLine(waiting))
	}
	if n := r.Tally().Unknown; n > 0 { // none for a guest list: it names everyone it is for
		sb.WriteString("\n" + fmt.Sprintf(StatusUnknown, Plural(n, "member of the group hasn't", "members of the group haven't")) + "\n")
	}
	section("✅ <b>Confirmed the latest version</b>", append(told, confirmed...)) // told first: the host did it
	answers := func(by map[allaboard.RSVP][]string, format string) []string {
		var out []string
		for _, a := range []allaboard.RSVP{allaboard.Going, allaboard.Maybe, allaboard.CantGo} {
			if names := by[a]; len(names) > 0 {
				out = append(out, fmt.Sprintf(format, label(lang.English, a), fold(names)))
			}
		}
		return out
	}
	if now := answers(rsvp, "%s: %s"); len(now) > 0 && !e.Cancelled {
		sb.WriteString("\n" + strings.Join(now, "\n") + "\n")
	}
	if before := answers(earlier, StatusEarlier); len(before) > 0 && !e.Cancelled {
		sb.WriteString(strings.Join(before, "\n") + "\n")
	}
	if late {
		sb.WriteString("\n🆕 joined or was first seen after the announcement\n")
	}
	return ClipHTML(sb.String())
}

// EveryoneKnows tells the host that every member has seen the latest
// version, in a sentence with the count and the answers. The group may see
// it too (no names).
func EveryoneKnows(r allaboard.Roll) string {
	t, told := r.Tally(), 0
	for _, m := range r.Members {
		if resp := r.Resp[m.User]; resp.ToldBy != 0 && resp.Confirmed(r.Event) {
			told++
		}
	}
	s := fmt.Sprintf("Everyone knows ✅ All %d members have seen the latest version of %s", t.Members, EventName(r.Event))
	if t.Families > 0 {
		s = fmt.Sprintf("Everyone knows ✅ All %d families (%d members) know the latest version of %s", t.Families, t.Members, EventName(r.Event))
	}
	switch {
	case told == 1:
		s += " (one of them because you told them)"
	case told > 1:
		s += fmt.Sprintf(" (%d of them because you told them)", told)
	}
	s += "."
	var answers []string
	for _, a := range []struct {
		n    int
		what string
	}{{t.Going, "🎉 %d going"}, {t.Maybe, "🤔 %d maybe"}, {t.CantGo, "🙁 %d can't come"}} {
		if a.n > 0 {
			answers = append(answers, fmt.Sprintf(a.what, a.n))
		}
	}
	if len(answers) > 0 {
		s += " " + strings.Join(answers, " · ") + "."
	}
	return s
}

// fold lists names, the first foldAt of them and how many more.
func fold(names []string) string {
	if len(names) <= foldAt {
		return strings.Join(names, ", ")
	}
	return strings.Join(names[:foldAt], ", ") + fmt.Sprintf(" and %d more", len(names)-foldAt)
}

// Counts is an event's counts, as the group sees them.
func Counts(r allaboard.Roll) string {
	return EventName(r.Event) + "\n" + TallyLine(lang.English, r.Tally())
}

// GroupName is a group's title, escaped, or a stand-in when it has none.
func GroupName(title string) string {
	if title == "" {
		return "your group"
	}
	return Escape(title)
}

// Name is how a person is shown, even one the bot knows nothing about.
func Name(u allaboard.User) string {
	if n := u.Name(); n != "" {
		return n
	}
	return fmt.Sprintf("user %d", u.ID)
}

// Date is a day: "Mon 2 Jan 2006".
func Date(t time.Time, loc *time.Location) string { return t.In(loc).Format("Mon 2 Jan 2006") }

// StatusActions are what a status card's buttons send back, made by the caller.
type StatusActions struct{ Remind, Everyone, Change, Cancel string }

// StatusButtons are what a host does next, under the status card: remind
// the waiting ones now (if any wait), see everyone, change, cancel.
func StatusButtons(waiting, changeable bool, data StatusActions) [][]allaboard.Button {
	var rows [][]allaboard.Button
	if waiting {
		rows = append(rows, []allaboard.Button{{Text: "🔔 Remind the waiting ones now", Data: data.Remind}})
	}
	rows = append(rows, []allaboard.Button{{Text: "👥 Everyone", Data: data.Everyone}})
	if changeable {
		rows = append(rows, []allaboard.Button{{Text: "✏️ Change", Data: data.Change}, {Text: "✖️ Cancel the event", Data: data.Cancel}})
	}
	return rows
}

// Everyone lists every member by name and standing, unfolded.
func Everyone(r allaboard.Roll, loc *time.Location) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "👥 <b>Everyone</b> for %s\n", EventName(r.Event))
	for _, m := range r.Members {
		resp, name := r.Resp[m.User], Escape(Name(r.Users[m.User]))
		state := "⏳ not confirmed"
		switch {
		case resp.Confirmed(r.Event) && resp.ToldBy != 0:
			state = "✅ told by " + Escape(Name(r.Users[resp.ToldBy]))
		case resp.Acked < r.Event.Material && resp.Confirmed(r.Event):
			state = "✅ " + Escape(Name(r.Users[resp.FamilyBy])) + " confirmed for the family"
		case resp.Confirmed(r.Event):
			state = "✅ confirmed"
		case resp.HandedOff || resp.Unreachable:
			state = "📞 to call"
		}
		if a := resp.RSVPFor(r.Event); a != allaboard.NoAnswer {
			state += " · " + label(lang.English, a)
		}
		fmt.Fprintf(&sb, "\n• %s — %s", name, state)
	}
	return ClipHTML(sb.String())
}

// CancelAsk asks the host to confirm a cancellation.
func CancelAsk(e allaboard.Event) string {
	return fmt.Sprintf("Cancel %s? Everyone will be asked to confirm that they know.", EventName(e))
}

// CancelButtons answer CancelAsk.
func CancelButtons(yes, keep string) [][]allaboard.Button {
	return [][]allaboard.Button{{{Text: "✖️ Yes, cancel it", Data: yes}, {Text: "Keep it", Data: keep}}}
}

// RemindingNow answers "remind the waiting ones now".
func RemindingNow(n int) string {
	if n == 0 {
		return "Nobody to remind right now: each was reminded in the last few minutes."
	}
	return fmt.Sprintf("🔔 Reminding %s now.", Plural(n, "member", "members"))
}

// Answers to the status card's buttons.
const (
	StatusNotAllowed = "Only the event's host or a group admin can do this."
	StatusStarted    = "The event has started."
	Kept             = "👍 Kept."
	Cancelled        = "✖️ Cancelled: everyone will be asked to confirm."
)

// waitingLine lists those who haven't confirmed, most reminded first, each
// count said once: "Gus (reminded 2×) · Ann, Ben (not reminded yet)". It
// folds like the other lists.
func waitingLine(byPings map[int][]string) string {
	counts := make([]int, 0, len(byPings))
	for n := range byPings {
		counts = append(counts, n)
	}
	slices.Sort(counts)
	slices.Reverse(counts)
	var parts []string
	shown := 0
	for _, n := range counts {
		names := byPings[n]
		if room := foldAt - shown; room <= 0 {
			break
		} else if len(names) > room {
			names = names[:room]
		}
		shown += len(names)
		how := "not reminded yet"
		if n > 0 {
			how = fmt.Sprintf("reminded %d×", n)
		}
		parts = append(parts, fmt.Sprintf("%s (%s)", strings.Join(names, ", "), how))
	}
	total := 0
	for _, names := range byPings {
		total += len(names)
	}
	line := strings.Join(parts, " · ")
	if more := total - shown; more > 0 {
		line += fmt.Sprintf(" and %d more", more)
	}
	return line
}
