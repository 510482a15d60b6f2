package render

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"allaboard"
	"allaboard/bot/lang"
)

// Events lists a group's upcoming events with their counts.
func Events(rolls []allaboard.Roll, loc *time.Location) string {
	if len(rolls) == 0 {
		return NoEvents.In(lang.English)
	}
	var lines []string
	for _, r := range rolls {
		e := r.Event
		lines = append(lines, fmt.Sprintf("%s\n🕒 %s · 📍 %s\n%s", EventName(e), ShortWhen(lang.English, e.When, loc), Escape(Clip(e.Where, 60)), TallyLine(r.Tally())))
	}
	return "📅 <b>Upcoming events</b>\n\n" + strings.Join(lines, "\n\n")
}

// History shows every revision of an event: who changed what, and when.
func History(e allaboard.Event, revs []allaboard.Revision, loc *time.Location) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "📜 <b>History</b> of %s\n", EventName(e))
	for _, r := range revs {
		by := r.ByName
		if r.By == 0 {
			by = ForgottenMember // older versions kept these words in the record
		}
		fmt.Fprintf(&sb, "\n<b>%d.</b> %s · %s", r.N, ShortWhen(lang.English, r.At, loc), Escape(by))
		if r.N == 1 {
			sb.WriteString(" announced it")
			continue
		}
		for _, c := range r.Changes {
			sb.WriteString("\n    " + ChangeLine(lang.English, c, loc))
		}
		if r.Material {
			sb.WriteString("\n    <i>everyone was asked to confirm again</i>")
		}
	}
	return sb.String()
}

// MemberList shows the members the bot knows in a group, by how it can reach
// them, and how many it does not know.
func MemberList(c allaboard.Chat, members []allaboard.User, loc *time.Location) string {
	var dm, mention, unreachable []string
	for _, u := range members {
		name := "• " + Escape(u.Name())
		if u.Username != "" {
			name += " (@" + Escape(u.Username) + ")"
		}
		switch {
		case u.Gone:
			unreachable = append(unreachable, name+" — account deleted")
		case u.Reachable():
			dm = append(dm, name)
		case u.Blocked:
			mention = append(mention, name+" — blocked me")
		default:
			mention = append(mention, name)
		}
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, MembersHeader+"\n", Escape(c.Title), len(members))
	for _, part := range []struct {
		title string
		names []string
	}{
		{MembersDM, dm},
		{MembersMention, mention},
		{MembersUnreachable, unreachable},
	} {
		if len(part.names) == 0 {
			continue
		}
		slices.SortFunc(part.names, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
		fmt.Fprintf(&sb, "\n"+part.title+"\n%s\n", len(part.names), strings.Join(part.names, "\n"))
	}
	sb.WriteString("\n")
	switch unknown := c.Unknown(len(members)); {
	case c.CountedAt.IsZero():
		sb.WriteString(MembersNotCounted)
	case unknown > 0:
		fmt.Fprintf(&sb, MembersUnknown, unknown, c.Count, ShortWhen(lang.English, c.CountedAt, loc))
	default:
		fmt.Fprintf(&sb, MembersAll, ShortWhen(lang.English, c.CountedAt, loc))
	}
	return sb.String()
}
