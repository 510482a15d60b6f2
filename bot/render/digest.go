package render

import (
	"fmt"
	"strings"
	"time"

	"allaboard"
	"allaboard/bot/lang"
)

// Digest is a host's digest of their upcoming events in a group: each with
// its counts and who has yet to confirm.
func Digest(l lang.Lang, group string, rolls []allaboard.Roll, loc *time.Location) string {
	var sb strings.Builder
	sb.WriteString(l.T("digest_header", map[string]any{"Group": Escape(group)}) + "\n")
	for _, r := range rolls {
		e := r.Event
		when := WhenSpan(l, e.When, e.End, loc)
		if e.IsNotice() {
			when = noticeLine(l, e, loc)
		}
		if e.IsTodo() {
			when = todoLine(l, e, loc)
		}
		fmt.Fprintf(&sb, "\n%s — %s\n%s\n", EventName(e), when, TallyLine(l, r.Tally()))
		if e.Cancelled {
			sb.WriteString(l.T("cancelled", nil) + "\n")
		}
		var names []string
		for _, id := range r.Pending() {
			names = append(names, Escape(Name(r.Users[id])))
		}
		if len(names) > 0 {
			sb.WriteString(l.T("digest_pending", map[string]any{"Names": strings.Join(names, ", ")}) + "\n")
		}
	}
	sb.WriteString("\n" + l.T("digest_footer", nil)) // the host's own time is one reply away
	return sb.String()
}
