package app

import (
	"fmt"
	"strings"

	"allaboard"
	"allaboard/bot/render"
)

// statusMessage is the status card for a host (or an admin who asked):
// every member's standing on the latest version, by name. Only they see it.
// Fresh posts it anew (asked for on demand); otherwise it edits the last one.
func (a *App) statusMessage(t *turn, r allaboard.Roll, to int64, fresh bool) allaboard.Outgoing {
	return allaboard.Outgoing{ChatID: to, Text: a.statusText(t, r), Ref: allaboard.StatusRef(r.Event), Fresh: fresh, Silent: true}
}

func (a *App) statusText(t *turn, r allaboard.Roll) string {
	e, loc := r.Event, a.zone(t.tx, r.Event.Group)
	var sb strings.Builder
	group := "your group"
	chat, err := t.tx.Chat(e.Group)
	if err == nil && chat.Title != "" {
		group = render.Escape(chat.Title)
	}
	fmt.Fprintf(&sb, "📋 <b>Status</b> of %s in %s\n🕒 %s\n", render.EventName(e), group, render.When(e.When, loc))
	if e.Cancelled {
		sb.WriteString("❌ <b>CANCELLED</b> — everyone must still confirm they know.\n")
	}
	sb.WriteString(render.TallyLine(r.Tally()) + "\n")
	if n := chat.Unknown(len(r.Members)); n > 0 {
		sb.WriteString(fmt.Sprintf(render.StatusUnknown, render.Plural(n, "member of the group hasn't", "members of the group haven't")) + "\n")
	}

	var confirmed, pending, unreachable []string
	rsvp := map[allaboard.RSVP][]string{}
	for _, m := range r.Members {
		resp, name := r.Resp[m.User], render.Escape(r.Name(m.User))
		if resp.RSVP != allaboard.NoAnswer {
			rsvp[resp.RSVP] = append(rsvp[resp.RSVP], name)
		}
		if resp.Late {
			name += " 🆕"
		}
		switch {
		case resp.Confirmed(e):
			confirmed = append(confirmed, name)
		case resp.Unreachable:
			unreachable = append(unreachable, "• "+name+" — please contact them personally")
		case resp.Pings == 0:
			pending = append(pending, "• "+name+" — not reminded yet")
		default:
			pending = append(pending, fmt.Sprintf("• %s — pinged %d× (last %s, %s)", name, resp.Pings, viaText(resp.LastVia), render.ShortWhen(resp.LastPing, loc)))
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
	for _, a := range []struct {
		rsvp  allaboard.RSVP
		label string
	}{{allaboard.Going, "🎉 Going"}, {allaboard.Maybe, "🤔 Maybe"}, {allaboard.CantGo, "🙁 Can't"}} {
		if names := rsvp[a.rsvp]; len(names) > 0 {
			fmt.Fprintf(&sb, "%s: %s\n", a.label, strings.Join(names, ", "))
		}
	}
	if hasLate(r) {
		sb.WriteString("\n🆕 joined or was first seen after the announcement\n")
	}
	return render.ClipHTML(sb.String())
}

func hasLate(r allaboard.Roll) bool {
	for _, m := range r.Members {
		if r.Resp[m.User].Late {
			return true
		}
	}
	return false
}

func viaText(v allaboard.Via) string {
	if v == allaboard.ViaGroup {
		return "by mention in the group"
	}
	return "by private message"
}
