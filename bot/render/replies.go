package render

import (
	"allaboard"
	"allaboard/bot/lang"
)

// Answers to commands that can't be done as sent: how to send them, and
// why not.
const (
	StaleButton  Phrase = "reply_stale_button" // plain, as answers to presses are
	NotYourGroup Phrase = "reply_not_your_group"
	// Failed answers a command or a press whose handling failed: nothing of
	// it was kept.
	Failed Phrase = "reply_failed"

	PostAsYourself Phrase = "reply_post_as_yourself"
	EventParts     Phrase = "reply_event_parts" // EventUsage follows
	FieldEmpty     Phrase = "reply_field_empty" // EventUsage follows
	EditWhich      Phrase = "reply_edit_which"
	CancelUsage    Phrase = "reply_cancel_usage"
	AckUsage       Phrase = "reply_ack_usage"
	NoEvents       Phrase = "reply_no_events"
)

// UnknownCommand answers a command the bot doesn't have, as typed, without
// its slash.
func UnknownCommand(l lang.Lang, command string) string {
	return l.T("reply_unknown_command", map[string]any{"Command": Escape(command)})
}

// GroupOnly answers, in private, a command that works in a group only.
func GroupOnly(l lang.Lang, command string) string {
	return l.T("reply_group_only", map[string]any{"Command": Escape(command)})
}

// EventUsage explains /event, with ways to write its time.
func EventUsage(l lang.Lang) string {
	return l.T("reply_event_usage", map[string]any{"Examples": WhenExamples(l)})
}

// FieldRefused explains a title, place or notes that can't be used (an
// allaboard.Problem).
func FieldRefused(l lang.Lang, err error) string {
	return l.T("reply_field_refused", map[string]any{"Problem": Problem(l, err)})
}

// EditUsage explains /edit with the number of the event it was typed for
// (0: none, and the examples show #1).
func EditUsage(l lang.Lang, num int) string {
	return l.T("reply_edit_usage", map[string]any{"Num": max(num, 1)})
}

// EditField answers /edit with a part, as typed, that no event has.
func EditField(l lang.Lang, typed string) string {
	return l.T("reply_edit_field", map[string]any{"Field": Escape(typed)})
}

// BadEventNum answers a command whose event number, as typed, is none.
func BadEventNum(l lang.Lang, typed string) string {
	return l.T("reply_bad_event_num", map[string]any{"Typed": Escape(typed)})
}

// NoEvent answers a command about an event number the group doesn't have.
func NoEvent(l lang.Lang, num int) string {
	return l.T("reply_no_event", map[string]any{"Num": num})
}

// NotAllowed answers someone who may not change e, naming its host.
func NotAllowed(l lang.Lang, e allaboard.Event, host string) string {
	return l.T("reply_not_allowed", map[string]any{"Event": EventName(e), "Host": Escape(host)})
}

// NoChange answers a change that leaves e as it is.
func NoChange(l lang.Lang, e allaboard.Event) string {
	return l.T("reply_no_change", map[string]any{"Event": EventName(e)})
}

// IsCancelled answers a change of e, which is cancelled.
func IsCancelled(l lang.Lang, e allaboard.Event) string {
	return l.T("reply_is_cancelled", map[string]any{"Event": EventName(e)})
}

// HasStarted answers a change of e, which has started.
func HasStarted(l lang.Lang, e allaboard.Event) string {
	if e.IsNotice() {
		return l.T("reply_notice_closed", map[string]any{"Event": EventName(e)})
	}
	if e.IsTodo() {
		return l.T("reply_todo_closed", map[string]any{"Event": EventName(e)})
	}
	return l.T("reply_has_started", map[string]any{"Event": EventName(e)})
}
