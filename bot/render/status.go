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
// hosts and admins see. now says whether a to-do's deadline has passed.
func Status(l lang.Lang, r allaboard.Roll, c allaboard.Chat, loc *time.Location, now time.Time) string {
	e := r.Event
	var sb strings.Builder
	sb.WriteString(l.T("status_header", map[string]any{"Event": EventName(e), "Group": GroupTitle(l, c.Title)}) + "\n")
	if e.IsNotice() {
		sb.WriteString(noticeLine(l, e, loc) + "\n")
	} else if e.IsTodo() {
		sb.WriteString(todoLine(l, e, loc) + "\n")
	} else {
		fmt.Fprintf(&sb, "🕒 %s · 📍 %s\n", WhenSpan(l, e.When, e.End, loc), Escape(Clip(e.Where, 60)))
	}
	if e.Cancelled {
		sb.WriteString(l.T("status_cancelled", nil) + "\n")
	}
	sb.WriteString(TallyLine(l, r.Tally()) + "\n")
	if pace := PaceLine(l, e); pace != "" {
		sb.WriteString(pace + "\n")
	}
	if e.IsTodo() && !e.Cancelled {
		todoStatus(l, &sb, r, e.Started(now))
		return ClipHTML(l, sb.String())
	}

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
			told = append(told, l.T("status_told_by", map[string]any{"Name": name, "By": Escape(Name(r.Users[resp.ToldBy]))}))
		case resp.Acked < e.Material && resp.Confirmed(e):
			confirmed = append(confirmed, l.T("status_family_by", map[string]any{"Name": name, "By": Escape(Name(r.Users[resp.FamilyBy]))}))
		case resp.Confirmed(e):
			confirmed = append(confirmed, name)
		case resp.Unreachable || resp.HandedOff:
			call = append(call, name)
		default:
			waiting[resp.Reminders()] = append(waiting[resp.Reminders()], name)
		}
	}
	section := func(id, names string) {
		if names != "" {
			sb.WriteString("\n" + l.T(id, map[string]any{"Names": names}) + "\n")
		}
	}
	section("status_call_now", fold(l, call))
	section("status_waiting", waitingLine(l, waiting))
	if n := r.Tally().Unknown; n > 0 { // none for a guest list: it names everyone it is for
		sb.WriteString("\n" + l.N("status_unknown", n, nil) + "\n")
	}
	section("status_confirmed", fold(l, append(told, confirmed...))) // told first: the host did it
	answers := func(by map[allaboard.RSVP][]string, id string) []string {
		var out []string
		for _, a := range []allaboard.RSVP{allaboard.Going, allaboard.Maybe, allaboard.CantGo} {
			if names := by[a]; len(names) > 0 {
				out = append(out, l.T(id, map[string]any{"Answer": label(l, a), "Names": fold(l, names)}))
			}
		}
		return out
	}
	if now := answers(rsvp, "status_answered"); len(now) > 0 && !e.Cancelled {
		sb.WriteString("\n" + strings.Join(now, "\n") + "\n")
	}
	if before := answers(earlier, "status_answered_earlier"); len(before) > 0 && !e.Cancelled {
		sb.WriteString(strings.Join(before, "\n") + "\n")
	}
	if late {
		sb.WriteString("\n" + l.T("status_late", nil) + "\n")
	}
	return ClipHTML(l, sb.String())
}

// EveryoneKnows tells the host that every member has seen the latest
// version, in a sentence with the count and the answers. The group may see
// it too (no names).
func EveryoneKnows(l lang.Lang, r allaboard.Roll) string {
	if r.Event.IsTodo() && !r.Event.Cancelled {
		return todoEveryoneDone(l, r)
	}
	t, told := r.Tally(), 0
	for _, m := range r.Members {
		if resp := r.Resp[m.User]; resp.ToldBy != 0 && resp.Confirmed(r.Event) {
			told++
		}
	}
	data := map[string]any{"Event": EventName(r.Event), "Told": ""}
	if told > 0 {
		data["Told"] = " " + l.N("status_because_told", told, nil)
	}
	s := l.N("status_everyone_knows", t.Members, data)
	if t.Families > 0 {
		data["Members"] = l.N("members", t.Members, nil)
		s = l.N("status_everyone_knows_families", t.Families, data)
	}
	var answers []string
	for _, a := range []struct {
		n  int
		id string
	}{{t.Going, "status_going"}, {t.Maybe, "status_maybe"}, {t.CantGo, "status_cant_come"}} {
		if a.n > 0 {
			answers = append(answers, l.N(a.id, a.n, nil))
		}
	}
	if len(answers) > 0 {
		s += " " + strings.Join(answers, " · ") + "."
	}
	return s
}

// fold lists names, the first foldAt of them and how many more; "" for none.
func fold(l lang.Lang, names []string) string {
	if len(names) <= foldAt {
		return strings.Join(names, ", ")
	}
	return l.N("status_and_more", len(names)-foldAt, map[string]any{"Names": strings.Join(names[:foldAt], ", ")})
}

// Counts is an event's counts, as the group sees them.
func Counts(l lang.Lang, r allaboard.Roll) string {
	return EventName(r.Event) + "\n" + TallyLine(l, r.Tally())
}

// GroupTitle is a group's title, escaped, or a stand-in when it has none.
func GroupTitle(l lang.Lang, title string) string {
	if title == "" {
		return l.T("status_your_group", nil)
	}
	return Escape(title)
}

// Name is how a person is shown, even one the bot knows nothing about.
func Name(u allaboard.User) string {
	if n := u.Name(); n != "" {
		return n
	}
	return fmt.Sprintf("👤 %d", u.ID) // no name: the id, in no language
}

// StatusActions are what a status card's buttons send back, made by the caller.
type StatusActions struct {
	Remind, Everyone, Change, Cancel string
	// Kind is what is cancelled: the cancel button names it.
	Kind allaboard.Kind
	// KeepOpen keeps a notice without a day open (or, Kept, no longer);
	// "" for no such button.
	KeepOpen string
	Kept     bool
}

// StatusButtons are what a host does next, under the status card: remind
// the waiting ones now (if any wait), see everyone, change, cancel.
func StatusButtons(l lang.Lang, waiting, changeable bool, data StatusActions) [][]allaboard.Button {
	var rows [][]allaboard.Button
	if waiting {
		rows = append(rows, []allaboard.Button{{Text: l.T("status_remind_button", nil), Data: data.Remind}})
	}
	rows = append(rows, []allaboard.Button{{Text: l.T("status_everyone_button", nil), Data: data.Everyone}})
	if changeable {
		rows = append(rows, []allaboard.Button{{Text: l.T("status_change_button", nil), Data: data.Change}, {Text: l.T(cancelButton[data.Kind], nil), Data: data.Cancel}})
	}
	if data.KeepOpen != "" {
		id := "status_keep_open_button"
		if data.Kept {
			id = "status_unkeep_button"
		}
		rows = append(rows, []allaboard.Button{{Text: l.T(id, nil), Data: data.KeepOpen}})
	}
	return rows
}

// cancelButton is the status card's cancel button for each kind: "Cancel
// the event" under a notice would make a host doubt what it does.
var cancelButton = map[allaboard.Kind]string{
	allaboard.KindEvent:  "status_cancel_button",
	allaboard.KindNotice: "status_cancel_notice_button", allaboard.KindTodo: "status_cancel_todo_button",
}

// Everyone lists every member by name and standing, unfolded.
func Everyone(l lang.Lang, r allaboard.Roll, loc *time.Location) string {
	var sb strings.Builder
	sb.WriteString(l.T("status_everyone", map[string]any{"Event": EventName(r.Event)}) + "\n")
	for _, m := range r.Members {
		resp, name := r.Resp[m.User], Escape(Name(r.Users[m.User]))
		if r.Event.IsTodo() && !r.Event.Cancelled {
			fmt.Fprintf(&sb, "\n• %s — %s", name, todoEveryone(l, r, resp))
			continue
		}
		state := l.T("status_is_waiting", nil)
		switch {
		case resp.Confirmed(r.Event) && resp.ToldBy != 0:
			state = l.T("status_is_told", map[string]any{"By": Escape(Name(r.Users[resp.ToldBy]))})
		case resp.Acked < r.Event.Material && resp.Confirmed(r.Event):
			state = l.T("status_is_family", map[string]any{"By": Escape(Name(r.Users[resp.FamilyBy]))})
		case resp.Confirmed(r.Event):
			state = l.T("status_is_confirmed", nil)
		case resp.HandedOff || resp.Unreachable:
			state = l.T("status_is_to_call", nil)
		}
		if a := resp.RSVPFor(r.Event); a != allaboard.NoAnswer {
			state += " · " + label(l, a)
		}
		fmt.Fprintf(&sb, "\n• %s — %s", name, state)
	}
	return ClipHTML(l, sb.String())
}

// CancelAsk asks the host to confirm a cancellation.
func CancelAsk(l lang.Lang, e allaboard.Event) string {
	return l.T("status_cancel_ask", map[string]any{"Event": EventName(e)})
}

// CancelButtons answer CancelAsk.
func CancelButtons(l lang.Lang, yes, keep string) [][]allaboard.Button {
	return [][]allaboard.Button{{{Text: l.T("status_cancel_yes", nil), Data: yes}, keepButton(l, keep)}}
}

// SeriesCancelButtons answer SeriesScope asked from the status card of a
// date of a series on day: cancel that date only, or all from it on, or
// keep it.
func SeriesCancelButtons(l lang.Lang, day, only, all, keep string) [][]allaboard.Button {
	return append(SeriesScopeButtons(l, day, only, all), []allaboard.Button{keepButton(l, keep)})
}

func keepButton(l lang.Lang, keep string) allaboard.Button {
	return allaboard.Button{Text: l.T("status_cancel_keep", nil), Data: keep}
}

// RemindingNow answers "remind the waiting ones now".
func RemindingNow(l lang.Lang, n int) string {
	if n == 0 {
		return l.T("status_remind_nobody", nil)
	}
	return l.N("status_reminding", n, nil)
}

// Answers to the status card's buttons.

// StatusNotAllowed: only the host or an admin may press this.
func StatusNotAllowed(l lang.Lang) string { return l.T("status_not_allowed", nil) }

// StatusStarted: the event has started, nothing to do any more.
func StatusStarted(l lang.Lang) string { return l.T("status_started", nil) }

// Kept answers "keep it" when asked to cancel.
func Kept(l lang.Lang) string { return l.T("status_kept", nil) }

// Cancelled answers "yes, cancel it".
func Cancelled(l lang.Lang) string { return l.T("status_cancelled_answer", nil) }

// waitingLine lists those who haven't confirmed, most reminded first, each
// count said once: "Gus (reminded 2×) · Ann, Ben (not reminded yet)"; ""
// for none. It folds like the other lists.
func waitingLine(l lang.Lang, byPings map[int][]string) string {
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
		if n > 0 {
			parts = append(parts, l.N("status_reminded", n, map[string]any{"Names": strings.Join(names, ", ")}))
		} else {
			parts = append(parts, l.T("status_not_reminded", map[string]any{"Names": strings.Join(names, ", ")}))
		}
	}
	total := 0
	for _, names := range byPings {
		total += len(names)
	}
	line := strings.Join(parts, " · ")
	if more := total - shown; more > 0 {
		line = l.N("status_and_more", more, map[string]any{"Names": line})
	}
	return line
}
