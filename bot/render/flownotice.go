package render

import (
	"allaboard"
	"allaboard/bot/lang"
)

// Guided creation's first question, and the questions about a notice and
// a to-do.
const (
	FlowKind             Phrase = "flow_kind"
	FlowNoticeDay        Phrase = "flow_notice_day"
	FlowNoticeWhichGroup Phrase = "flow_notice_which_group"
	FlowTodoDeadline     Phrase = "flow_todo_deadline"
	FlowTodoWhichGroup   Phrase = "flow_todo_which_group"
)

// KindButtons answer FlowKind: an event or a notice, and on a row of its
// own (it says more), a to-do by a date.
func KindButtons(l lang.Lang, event, notice, todo string) [][]allaboard.Button {
	return [][]allaboard.Button{{{Text: l.T("flow_kind_event", nil), Data: event}, {Text: l.T("flow_kind_notice", nil), Data: notice}},
		{{Text: l.T("flow_kind_todo", nil), Data: todo}}}
}

// FlowTodoText asks what everyone in the group should do.
func FlowTodoText(l lang.Lang, group string) string {
	return l.T("flow_todo_text", map[string]any{"Group": Escape(group)})
}

// TodoFixButtons name a to-do's parts to go back to, with their data.
func TodoFixButtons(l lang.Lang, text, deadline string) [][]allaboard.Button {
	return [][]allaboard.Button{{{Text: l.T("flow_field_todo_text", nil), Data: text}, {Text: l.T("flow_field_deadline", nil), Data: deadline}}}
}

// FlowNoticeText asks what everyone in the group (its title, as it is)
// should know.
func FlowNoticeText(l lang.Lang, group string) string {
	return l.T("flow_notice_text", map[string]any{"Group": Escape(group)})
}

// NoDay is the button for a notice about no particular day.
func NoDay(l lang.Lang, data string) []allaboard.Button {
	return []allaboard.Button{{Text: l.T("flow_no_day", nil), Data: data}}
}

// NoticeFixButtons name a notice's parts to go back to, with their data.
func NoticeFixButtons(l lang.Lang, text, day string) [][]allaboard.Button {
	return [][]allaboard.Button{{{Text: l.T("flow_field_text", nil), Data: text}, {Text: l.T("flow_field_day", nil), Data: day}}}
}
