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
func Digest(group string, rolls []allaboard.Roll, loc *time.Location) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, DigestHeader+"\n", Escape(group))
	for _, r := range rolls {
		e := r.Event
		fmt.Fprintf(&sb, "\n%s — %s\n%s\n", EventName(e), WhenSpan(lang.English, e.When, e.End, loc), TallyLine(lang.English, r.Tally()))
		if e.Cancelled {
			sb.WriteString(CancelledLine(lang.English) + "\n")
		}
		var names []string
		for _, id := range r.Pending() {
			names = append(names, Escape(Name(r.Users[id])))
		}
		if len(names) > 0 {
			fmt.Fprintf(&sb, DigestPending+"\n", strings.Join(names, ", "))
		}
	}
	return sb.String()
}
