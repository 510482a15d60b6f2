package render

import (
	"allaboard"
	"allaboard/bot/lang"
)

// Guided creation's first question, and the questions about a notice.
const (
	FlowKind             Phrase = "flow_kind"
	FlowNoticeDay        Phrase = "flow_notice_day"
	FlowNoticeWhichGroup Phrase = "flow_notice_which_group"
)

// KindButtons answer FlowKind: an event, or a notice.
func KindButtons(l lang.Lang, event, notice string) [][]allaboard.Button {
	return [][]allaboard.Button{{{Text: l.T("flow_kind_event", nil), Data: event}, {Text: l.T("flow_kind_notice", nil), Data: notice}}}
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
