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
func Events(l lang.Lang, rolls []allaboard.Roll, loc *time.Location) string {
	if len(rolls) == 0 {
		return l.T("events_none", nil)
	}
	var lines []string
	for _, r := range rolls {
		e := r.Event
		if e.IsNotice() {
			lines = append(lines, EventName(e)+"\n"+noticeLine(l, e, loc)+"\n"+TallyLine(l, r.Tally()))
			continue
		}
		if e.IsTodo() {
			lines = append(lines, EventName(e)+"\n"+todoLine(l, e, loc)+"\n"+TallyLine(l, r.Tally()))
			continue
		}
		lines = append(lines, fmt.Sprintf("%s\n🕒 %s · 📍 %s\n%s", EventName(e), ShortWhen(l, e.When, loc), Escape(Clip(e.Where, 60)), TallyLine(l, r.Tally())))
	}
	return l.T("events_header", nil) + "\n\n" + strings.Join(lines, "\n\n")
}

// History shows every revision of an event: who changed what, and when.
func History(l lang.Lang, e allaboard.Event, revs []allaboard.Revision, loc *time.Location) string {
	var sb strings.Builder
	sb.WriteString(l.T("history_header", map[string]any{"Event": EventName(e)}) + "\n")
	for _, r := range revs {
		by := Escape(r.ByName)
		if r.By == 0 {
			by = ForgottenMember(l) // older versions kept these words in the record
		}
		fmt.Fprintf(&sb, "\n<b>%d.</b> %s · ", r.N, ShortWhen(l, r.At, loc))
		if r.N == 1 {
			sb.WriteString(l.T("history_announced", map[string]any{"Who": by}))
			continue
		}
		sb.WriteString(by)
		for _, c := range r.Changes {
			switch {
			case e.IsTodo():
				sb.WriteString("\n    " + todoChange(l, c, loc, true))
			case e.IsNotice() && c.Field == allaboard.FieldEnd: // its day's end: the day says it
			case e.IsNotice():
				sb.WriteString("\n    " + noticeChange(l, c, loc, true))
			default:
				sb.WriteString("\n    " + ChangeLine(l, c, loc))
			}
		}
		switch {
		case r.Material && e.IsTodo() && onlyDeadline(r):
			sb.WriteString("\n    " + l.T("history_todo_told", nil)) // what was done stayed done
		case r.Material:
			sb.WriteString("\n    " + l.T("history_asked_again", nil))
		}
	}
	return sb.String()
}

// MemberList shows the members the bot knows in a group, by how it can reach
// them, and how many it does not know.
func MemberList(l lang.Lang, c allaboard.Chat, members []allaboard.User, loc *time.Location) string {
	var dm, mention, unreachable []string
	for _, u := range members {
		name := "• " + Escape(u.Name())
		if u.Username != "" {
			name += " (@" + Escape(u.Username) + ")"
		}
		switch {
		case u.Gone:
			unreachable = append(unreachable, name+" — "+l.T("members_account_deleted", nil))
		case u.Reachable():
			dm = append(dm, name)
		case u.Blocked:
			mention = append(mention, name+" — "+l.T("members_blocked", nil))
		default:
			mention = append(mention, name)
		}
	}
	var sb strings.Builder
	sb.WriteString(l.T("members_header", map[string]any{"Group": Escape(c.Title), "Known": len(members)}) + "\n")
	for _, part := range []struct {
		id    string
		names []string
	}{
		{"members_dm", dm},
		{"members_mention", mention},
		{"members_unreachable", unreachable},
	} {
		if len(part.names) == 0 {
			continue
		}
		slices.SortFunc(part.names, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
		fmt.Fprintf(&sb, "\n%s\n%s\n", l.T(part.id, map[string]any{"Number": len(part.names)}), strings.Join(part.names, "\n"))
	}
	sb.WriteString("\n")
	switch unknown := c.Unknown(len(members)); {
	case c.CountedAt.IsZero():
		sb.WriteString(l.T("members_not_counted", nil))
	case unknown > 0:
		sb.WriteString(l.N("members_unknown", unknown, map[string]any{"Members": l.N("members", c.Count, nil), "When": ShortWhen(l, c.CountedAt, loc)}))
	default:
		sb.WriteString(l.T("members_all", map[string]any{"When": ShortWhen(l, c.CountedAt, loc)}))
	}
	return sb.String()
}
