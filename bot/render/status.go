package render

import (
	"fmt"
	"strings"
	"time"

	"allaboard"
)

// Status is a host's status card: every member's standing on the latest
// version, by name. Only hosts and admins see it.
func Status(r allaboard.Roll, c allaboard.Chat, loc *time.Location) string {
	e := r.Event
	var sb strings.Builder
	fmt.Fprintf(&sb, "📋 <b>Status</b> of %s in %s\n🕒 %s\n", EventName(e), GroupName(c.Title), When(e.When, loc))
	if e.Cancelled {
		sb.WriteString("❌ <b>CANCELLED</b> — everyone must still confirm they know.\n")
	}
	sb.WriteString(TallyLine(r.Tally()) + "\n")
	if n := c.Unknown(len(r.Members)); n > 0 {
		sb.WriteString(fmt.Sprintf(StatusUnknown, Plural(n, "member of the group hasn't", "members of the group haven't")) + "\n")
	}

	var confirmed, pending, unreachable []string
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
		case resp.Confirmed(e):
			confirmed = append(confirmed, name)
		case resp.Unreachable:
			unreachable = append(unreachable, "• "+name+" — please contact them personally")
		case resp.Pings == 0:
			pending = append(pending, "• "+name+" — not reminded yet")
		default:
			pending = append(pending, fmt.Sprintf("• %s — pinged %d× (last %s, %s)", name, resp.Pings, via(resp.LastVia), ShortWhen(resp.LastPing, loc)))
		}
	}
	if len(pending) > 0 {
		sb.WriteString("\n⏳ <b>Not confirmed yet</b>\n" + strings.Join(pending, "\n") + "\n")
	}
	if len(unreachable) > 0 {
		sb.WriteString("\n📵 <b>Unreachable</b>\n" + strings.Join(unreachable, "\n") + "\n")
	}
	if len(confirmed) > 0 {
		sb.WriteString("\n✅ <b>Confirmed the latest version</b>\n" + strings.Join(confirmed, ", ") + "\n")
	}
	answers := func(by map[allaboard.RSVP][]string, format string) string {
		var out string
		for _, a := range []allaboard.RSVP{allaboard.Going, allaboard.Maybe, allaboard.CantGo} {
			if names := by[a]; len(names) > 0 {
				out += fmt.Sprintf(format, label(a), strings.Join(names, ", ")) + "\n"
			}
		}
		return out
	}
	sb.WriteString(answers(rsvp, "%s: %s"))
	if lines := answers(earlier, StatusEarlier); lines != "" {
		sb.WriteString("\n" + lines)
	}
	if late {
		sb.WriteString("\n🆕 joined or was first seen after the announcement\n")
	}
	return ClipHTML(sb.String())
}

func via(v allaboard.Via) string {
	if v == allaboard.ViaGroup {
		return "by mention in the group"
	}
	return "by private message"
}

// Counts is an event's counts, as the group sees them.
func Counts(r allaboard.Roll) string { return EventName(r.Event) + "\n" + TallyLine(r.Tally()) }

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

// label is an answer as its button says it: "🎉 Going".
func label(a allaboard.RSVP) string {
	return map[allaboard.RSVP]string{allaboard.Going: "🎉 Going", allaboard.Maybe: "🤔 Maybe", allaboard.CantGo: "🙁 Can't"}[a]
}

// RSVP is an answer as a reply to it says it: "🎉 going".
func RSVP(r allaboard.RSVP) string {
	return map[allaboard.RSVP]string{allaboard.Going: "🎉 going", allaboard.Maybe: "🤔 maybe", allaboard.CantGo: "🙁 can't come"}[r]
}

// Date is a day: "Mon 2 Jan 2006".
func Date(t time.Time, loc *time.Location) string { return t.In(loc).Format("Mon 2 Jan 2006") }
