package notice

import "allaboard"

// Kinds about to-dos with a deadline: /todo, the answers to ☑️ Done, 👀 Seen
// and 🙁 Can't, a reason passed on to the host, and the host's final list.
// Group and Event name the to-do; the writer loads it when it writes.
const (
	// TodoUsage explains /todo.
	TodoUsage = "todo_usage"
	// TodoEditUsage explains /edit for a to-do: Event, its number.
	TodoEditUsage = "todo_edit_usage"
	// TodoDone thanks a member who did it.
	TodoDone = "todo_done"
	// TodoAlreadyDone says they (or User, of their household) did it already.
	TodoAlreadyDone = "todo_already_done"
	// TodoSeen notes that they saw it, and are reminded until it is done.
	TodoSeen = "todo_seen"
	// TodoCant notes that they can't do it.
	TodoCant = "todo_cant"
	// TodoForHosts answers a host who pressed a button of their own to-do.
	TodoForHosts = "todo_for_hosts"
	// TodoReasonAsk asks a member who can't, privately, whether they want
	// to tell the host why: their next message is passed on.
	TodoReasonAsk = "todo_reason_ask"
	// TodoReason is a member's reason why they can't, for a host: User,
	// and "text" as typed.
	TodoReason = "todo_reason"
	// TodoFinal is a host's final list at the deadline: who hasn't done it.
	TodoFinal = "todo_final"
	// TodoMarked answers a host's "☑️ … has done it" under a hand-off:
	// User now counts as done; TodoMarkedAlready: User had done it.
	TodoMarked        = "todo_marked"
	TodoMarkedAlready = "todo_marked_already"
	// TodoClosed answers a press on the status card of a to-do whose
	// deadline has passed.
	TodoClosed = "todo_closed"
)

// TodoReasonOf is member's reason why they can't do to-do e, for its host.
func TodoReasonOf(e allaboard.Event, member int64, text string) *allaboard.Notice {
	n := AboutEvent(TodoReason, e, "text", text)
	n.User = member
	return n
}

// Guided creation of a to-do.
const (
	// DraftTodoText asks what everyone should do: Group.
	DraftTodoText = "draft_todo_text"
	// DraftTodoDeadline asks by when, as DraftDay asks the day: a day's
	// button is due by its end.
	DraftTodoDeadline = "draft_todo_deadline"
	// DraftTodoFix asks which part of a to-do to change: "text" and
	// "deadline", their data.
	DraftTodoFix = "draft_todo_fix"
)
