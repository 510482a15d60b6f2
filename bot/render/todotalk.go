package render

import (
	"strings"
	"time"

	"allaboard"
	"allaboard/bot/lang"
)

// What members and hosts are told about a to-do: the mention and the
// headers that ask to do it, the reminder before its deadline, the answers
// to its buttons, the reason passed on, the hand-off and the final list.

// todoHTML is a mention asking to do a to-do: new to them (welcomed, if
// they joined after it), or changed since they saw it; its text, its
// deadline, and the button to tap (whole: see aboutVersion).
func (m ChaseMention) todoHTML(data map[string]any, whole bool) string {
	e, l := m.Event, m.Lang
	data["When"] = ShortDeadline(l, e.When, m.Loc)
	data["Done"] = l.T("todo_button_done", nil)
	var sb strings.Builder
	switch {
	case m.Welcome:
		sb.WriteString(l.T("mention_todo_welcome", data))
	case len(m.Changes) > 0:
		data["Changes"] = strings.Join(m.Changes, "\n")
		sb.WriteString(l.T("mention_todo_changed", data))
	default:
		sb.WriteString(l.T("mention_todo", data))
	}
	sb.WriteString(aboutVersion(l, e, m.Changes, m.Loc, whole) + "\n" + tapLine(l, "mention_todo_tap", data, whole))
	return sb.String()
}

// TodoMentionButtons go under a mention about a to-do: its answers, as on
// its card, and a private chat.
func TodoMentionButtons(l lang.Lang, a Answers, privately string) [][]allaboard.Button {
	return [][]allaboard.Button{todoButtons(l, a), {{Text: l.T("button_remind_privately", nil), URL: privately}}}
}

// The line above a member's private card of a to-do. group is the group's
// name (GroupName).

// TodoNewHeader heads the card of a to-do new to the member.
func TodoNewHeader(l lang.Lang, group string) string {
	return l.T("card_todo_new_header", map[string]any{"Group": group})
}

// TodoLateHeader heads the card of a to-do sent to a member who joined the
// group after it was announced.
func TodoLateHeader(l lang.Lang, group string) string {
	return l.T("card_todo_late_header", map[string]any{"Group": group})
}

// TodoRemindHeader heads a reminder to do a to-do.
func TodoRemindHeader(l lang.Lang, group string) string {
	return l.T("card_todo_remind_header", map[string]any{"Group": group})
}

// TodoState is a private card's header: where the member stands on to-do
// e, by (the household member who did it for them) if so.
func TodoState(l lang.Lang, e allaboard.Event, resp allaboard.Response, by allaboard.User, now time.Time) string {
	switch {
	case resp.DidIt(e) && resp.DoneBy != 0:
		return l.T("card_todo_done_family", map[string]any{"By": Escape(Name(by))})
	case resp.DidIt(e):
		return l.T("card_todo_done", nil)
	case e.Started(now):
		return l.T("card_todo_closed", nil)
	case resp.CantDo(e):
		return l.T("card_todo_cant", nil)
	case resp.SawIt(e):
		return l.T("card_todo_seen", nil)
	}
	return l.T("card_todo_pending", nil)
}

// TodoBeforeHeader heads the card sent before a to-do's deadline to a
// member who hasn't done it.
func TodoBeforeHeader(l lang.Lang, e allaboard.Event, loc *time.Location) string {
	return l.T("todo_reminder_header", map[string]any{"When": ShortDeadline(l, e.When, loc)})
}

// TodoBeforeMention reminds, in the group, those who haven't done it yet.
func TodoBeforeMention(l lang.Lang, names string, e allaboard.Event, loc *time.Location) string {
	return l.T("todo_reminder_group", map[string]any{"Names": names, "Event": EventName(e),
		"When": ShortDeadline(l, e.When, loc), "Done": l.T("todo_button_done", nil)})
}

// TodoBeforeGroup reminds the group of the deadline, naming nobody, above
// counts (TallyLine).
func TodoBeforeGroup(l lang.Lang, e allaboard.Event, loc *time.Location, counts string) string {
	return l.T("todo_reminder_group_unnamed", map[string]any{"Event": EventName(e), "When": ShortDeadline(l, e.When, loc)}) + "\n" + counts
}

// Answers to a press on a to-do's card (plain text; title is its text).

// TodoDone thanks a member who did it.
func TodoDone(l lang.Lang, title string) string {
	return l.T("todo_done", map[string]any{"Title": title})
}

// TodoAlreadyDone says they did it already; by is the member of their
// household who did, "" if they did.
func TodoAlreadyDone(l lang.Lang, title, by string) string {
	if by != "" {
		return l.T("todo_already_done_family", map[string]any{"Title": title, "By": by})
	}
	return l.T("todo_already_done", map[string]any{"Title": title})
}

// TodoSeen notes they saw it: reminded until it is done.
func TodoSeen(l lang.Lang, title string) string {
	return l.T("todo_seen", map[string]any{"Title": title})
}

// TodoCant notes they can't do it.
func TodoCant(l lang.Lang, title string) string {
	return l.T("todo_cant", map[string]any{"Title": title})
}

// TodoForHosts answers a host's press on their own to-do.
func TodoForHosts(l lang.Lang) string { return l.T("todo_for_hosts", nil) }

// TodoClosed answers a press on the status card once the deadline passed.
func TodoClosed(l lang.Lang) string { return l.T("todo_closed", nil) }

// TodoReasonAsk asks a member who can't do e whether to tell host why.
func TodoReasonAsk(l lang.Lang, e allaboard.Event, host string) string {
	return l.T("todo_reason_ask", map[string]any{"Event": EventName(e), "Host": Escape(host)})
}

// TodoReason passes a member's reason on to a host, with a link to the
// member; text as typed (escaped here).
func TodoReason(l lang.Lang, member allaboard.User, e allaboard.Event, group, text string) string {
	return l.T("todo_reason", map[string]any{"Member": Mention(member.ID, Name(member)), "Event": EventName(e), "Group": GroupTitle(l, group), "Text": Escape(text)})
}

// TodoHandOff is HandOff's first line for a to-do: who hasn't done it.
func todoHandOff(l lang.Lang, e allaboard.Event, who []HandOffLine, name func(HandOffLine) string) string {
	if len(who) == 1 && len(who[0].Family) == 0 {
		return l.T("handoff_todo_one", map[string]any{"Name": name(who[0]), "Event": EventName(e)})
	}
	return l.N("handoff_todo_many", handOffPeople(who), map[string]any{"Event": EventName(e)})
}

// TodoMarkedButton says under a hand-off that the host knows u did it.
func TodoMarkedButton(l lang.Lang, u allaboard.User, data string) []allaboard.Button {
	return []allaboard.Button{{Text: l.T("handoff_todo_button", map[string]any{"Name": Clip(Name(u), 30)}), Data: data}}
}

// TodoMarked confirms that u counts as done.
func TodoMarked(l lang.Lang, u allaboard.User) string {
	return Clip(l.T("handoff_todo_marked", map[string]any{"Name": Name(u)}), 190)
}

// TodoMarkedAlready says u had done it.
func TodoMarkedAlready(l lang.Lang, u allaboard.User) string {
	return Clip(l.T("handoff_todo_already", map[string]any{"Name": Name(u)}), 190)
}
