package render

import (
	"strings"
	"time"

	"allaboard"
	"allaboard/bot/lang"
)

// A to-do is shown as a notice is, with its deadline instead of a day and
// ☑️ Done · 👀 Seen · 🙁 Can't for buttons: the text whole on its card and in
// each message that asks to do it, its first words where it is named.

// endOfDay reports whether t is a midnight in loc: a deadline typed as a
// day alone, due by the end of the day before.
func endOfDay(t time.Time, loc *time.Location) bool {
	t = t.In(loc)
	return t.Hour() == 0 && t.Minute() == 0
}

// Deadline is a to-do's deadline with the year: "Fri 18 Dec 2026, 12:00";
// one at the end of a day is that day, "Fri 18 Dec 2026".
func Deadline(l lang.Lang, t time.Time, loc *time.Location) string {
	if endOfDay(t, loc) {
		return l.Date(t.In(loc).Add(-time.Minute))
	}
	return l.DateTime(t.In(loc))
}

// ShortDeadline is Deadline without the year, for lists and changes.
func ShortDeadline(l lang.Lang, t time.Time, loc *time.Location) string {
	if endOfDay(t, loc) {
		return l.Day(t.In(loc).Add(-time.Minute))
	}
	return l.DayTime(t.In(loc))
}

// todoHTML is Card.HTML for a to-do: what changed, the text whole (as much
// as fits), its deadline, the host, whom it is for, the counts.
func (c Card) todoHTML() string {
	return c.textCardHTML("card_todo", c.Lang.T("todo_deadline", map[string]any{"When": Deadline(c.Lang, c.Event.When, c.Loc)}))
}

// todoButtons are a to-do's answers, in one row: done, seen, can't.
func todoButtons(l lang.Lang, a Answers) []allaboard.Button {
	return []allaboard.Button{{Text: l.T("todo_button_done", nil), Data: a.Done},
		{Text: l.T("todo_button_seen", nil), Data: a.GotIt}, {Text: l.T("todo_button_cant", nil), Data: a.Cant}}
}

// todoOutdated is Outdated for a to-do: its text and deadline then, struck.
func todoOutdated(l lang.Lang, old allaboard.Event, latest string, loc *time.Location) string {
	return l.T("card_outdated", map[string]any{"Latest": latest}) + "\n<s>" + noticeName(old) + "\n⏰ " + ShortDeadline(l, old.When, loc) + "</s>"
}

// todoAbout is what a message asking to do a to-do shows of it, after its
// name: its text (as much as room allows) unless the name showed it all,
// and its deadline, unless a change already shows it (a line with ⏰).
func todoAbout(l lang.Lang, e allaboard.Event, changes []string, loc *time.Location, room int) string {
	s := todoText(e, room)
	shown := false
	for _, c := range changes {
		shown = shown || strings.HasPrefix(c, "⏰")
	}
	if !shown {
		s += "\n" + l.T("todo_deadline", map[string]any{"When": ShortDeadline(l, e.When, loc)})
	}
	return s
}

// todoText is a to-do's text on a line of its own (as much as room
// allows), after its name, unless the name showed it all.
func todoText(e allaboard.Event, room int) string {
	if Clip(firstLine(e.Title), 50) == e.Title {
		return ""
	}
	return "\n" + noticeText(e.Title, room)
}

// todoLine is a to-do's line where a list names it: its deadline.
func todoLine(l lang.Lang, e allaboard.Event, loc *time.Location) string {
	return l.T("todo_deadline", map[string]any{"When": ShortDeadline(l, e.When, loc)})
}

// todoChange is a change of a to-do as a line: its new text in full (text,
// where it is not shown below), its deadline, a typo fix marked.
func todoChange(l lang.Lang, c allaboard.Change, loc *time.Location, text bool) string {
	switch c.Field {
	case allaboard.FieldText:
		if !text {
			return l.T("change_todo_text", nil)
		}
		return "☑️ " + Escape(Clip(c.New, 200))
	case allaboard.FieldWhen:
		at := func(s string) string {
			if t, err := allaboard.ParseChangeTime(s); err == nil {
				return ShortDeadline(l, t, loc)
			}
			return ""
		}
		if c.Old == "" {
			return "⏰ " + at(c.New)
		}
		return "⏰ " + at(c.Old) + " → " + at(c.New)
	}
	return noticeChange(l, c, loc, text)
}

// onlyDeadline reports whether revision r of a to-do moved its deadline and
// changed nothing else: those who had done it were not asked again.
func onlyDeadline(r allaboard.Revision) bool {
	for _, c := range r.Changes {
		if c.Field != allaboard.FieldWhen {
			return false
		}
	}
	return len(r.Changes) > 0
}

// TodoUsage explains /todo, with examples whose deadlines are in l's words.
func TodoUsage(l lang.Lang) string { return l.T("todo_usage", nil) }

// TodoEditUsage explains /edit for to-do num.
func TodoEditUsage(l lang.Lang, num int) string {
	return l.T("todo_edit_usage", map[string]any{"Num": max(num, 1)})
}

// todoState is a member's standing on an open to-do, as the host's lists
// name it.
type todoState int

const (
	todoNotSeen todoState = iota
	todoSeen
	todoDone
	todoCant
)

// stateOf is resp's standing on to-do e.
func stateOf(resp allaboard.Response, e allaboard.Event) todoState {
	switch {
	case resp.DidIt(e):
		return todoDone
	case resp.CantDo(e):
		return todoCant
	case resp.SawIt(e):
		return todoSeen
	}
	return todoNotSeen
}

// doneName is a member who did it, with who did it for them: "Ann (Ben
// for the family)", "Ann (marked by Hanna)".
func doneName(l lang.Lang, r allaboard.Roll, resp allaboard.Response, name string) string {
	switch {
	case resp.DoneBy != 0:
		return l.T("status_family_by", map[string]any{"Name": name, "By": Escape(Name(r.Users[resp.DoneBy]))})
	case resp.ToldBy != 0:
		return l.T("status_todo_marked_by", map[string]any{"Name": name, "By": Escape(Name(r.Users[resp.ToldBy]))})
	}
	return name
}

// todoStatus is Status's lists for an open to-do: whom to call, who hasn't
// seen it, who has seen it but not done it, who can't, who did it. Once
// the deadline has passed (over), who hasn't done it is one list: nobody
// is reminded or called any more.
func todoStatus(l lang.Lang, sb *strings.Builder, r allaboard.Roll, over bool) {
	e := r.Event
	var call, cant, done, missed []string
	notSeen, seen := map[int][]string{}, map[int][]string{} // by how often they were reminded
	late := false
	for _, m := range r.Members {
		resp, name := r.Resp[m.User], Escape(Name(r.Users[m.User]))
		if resp.Late {
			name += " 🆕"
			late = true
		}
		switch st := stateOf(resp, e); {
		case st == todoDone:
			done = append(done, doneName(l, r, resp, name))
		case st == todoCant:
			cant = append(cant, name)
		case over:
			missed = append(missed, name)
		case resp.Unreachable || resp.HandedOff:
			call = append(call, name)
		case st == todoSeen:
			seen[resp.Reminders()] = append(seen[resp.Reminders()], name)
		default:
			notSeen[resp.Reminders()] = append(notSeen[resp.Reminders()], name)
		}
	}
	section := func(id, names string) {
		if names != "" {
			sb.WriteString("\n" + l.T(id, map[string]any{"Names": names}) + "\n")
		}
	}
	section("status_todo_missed", fold(l, missed))
	section("status_call_now", fold(l, call))
	section("status_todo_not_seen", waitingLine(l, notSeen))
	section("status_todo_seen", waitingLine(l, seen))
	if n := r.Tally().Unknown; n > 0 {
		sb.WriteString("\n" + l.N("status_unknown", n, nil) + "\n")
	}
	section("status_todo_cant", fold(l, cant))
	section("status_todo_done", fold(l, done))
	if late {
		sb.WriteString("\n" + l.T("status_late", nil) + "\n")
	}
}

// todoEveryone is a member's standing on an open to-do in the list of
// everyone.
func todoEveryone(l lang.Lang, r allaboard.Roll, resp allaboard.Response) string {
	switch stateOf(resp, r.Event) {
	case todoDone:
		if resp.DoneBy != 0 {
			return l.T("status_is_done_family", map[string]any{"By": Escape(Name(r.Users[resp.DoneBy]))})
		}
		if resp.ToldBy != 0 {
			return l.T("status_is_marked", map[string]any{"By": Escape(Name(r.Users[resp.ToldBy]))})
		}
		return l.T("status_is_done", nil)
	case todoCant:
		return l.T("status_is_cant", nil)
	}
	if resp.HandedOff || resp.Unreachable {
		return l.T("status_is_to_call", nil)
	}
	if resp.SawIt(r.Event) {
		return l.T("status_is_seen", nil)
	}
	return l.T("status_is_not_seen", nil)
}

// todoEveryoneDone tells the host that every member (family) did it.
func todoEveryoneDone(l lang.Lang, r allaboard.Roll) string {
	t := r.Tally()
	data := map[string]any{"Event": EventName(r.Event)}
	if t.Families > 0 {
		data["Members"] = l.N("members", t.Members, nil)
		return l.N("status_everyone_done_families", t.Families, data)
	}
	return l.N("status_everyone_done", t.Members, data)
}

// TodoFinal is a to-do's final list for its hosts, at its deadline: who
// hasn't done it, a family on one line (lines, each name escaped, "can't"
// marked), or that everyone did.
func TodoFinal(l lang.Lang, r allaboard.Roll, lines []string) string {
	data := map[string]any{"Event": EventName(r.Event)}
	if len(lines) == 0 {
		return l.T("todo_final_all", data)
	}
	id := "todo_final"
	if r.Tally().Families > 0 {
		id = "todo_final_families"
	}
	return l.N(id, len(lines), data) + "\n\n• " + strings.Join(lines, "\n• ")
}

// TodoFinalLines are the lines of r's final list: each family (or member)
// that hasn't done it, "can't" marked on a name. (One of a family who did
// it did it for all: see Households.coverFamily.)
func TodoFinalLines(l lang.Lang, r allaboard.Roll) []string {
	unit := map[int64]int64{} // member → the first of their household
	for _, h := range r.Households {
		for _, id := range h.Members {
			unit[id] = h.Members[0]
		}
	}
	var lines []string
	at := map[int64]int{}
	for _, m := range r.Members {
		resp := r.Resp[m.User]
		if resp.DidIt(r.Event) {
			continue
		}
		name := Escape(Name(r.Users[m.User]))
		if resp.CantDo(r.Event) {
			name = l.T("todo_final_cant", map[string]any{"Name": name})
		}
		u, ok := unit[m.User]
		if !ok {
			u = m.User
		}
		if i, listed := at[u]; listed {
			lines[i] += " &amp; " + name
			continue
		}
		at[u] = len(lines)
		lines = append(lines, name)
	}
	return lines
}
