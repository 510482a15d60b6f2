package render

import (
	"allaboard"
	"allaboard/bot/lang"
)

// Buttons under the bot's messages: their labels live here, what they do is
// given by the caller (the data sent back, or the link opened).

// OpenChat opens a private chat with the bot.
func OpenChat(l lang.Lang, url string) []allaboard.Button {
	return []allaboard.Button{{Text: l.T("button_open_chat", nil), URL: url}}
}

// AddToGroup adds the bot to a group.
func AddToGroup(l lang.Lang, url string) []allaboard.Button {
	return []allaboard.Button{{Text: l.T("button_add_to_group", nil), URL: url}}
}

// MentionButtons go under a mention: confirm at once (gotIt, as on the
// event's card), or open a private chat.
func MentionButtons(l lang.Lang, gotIt, privately string) [][]allaboard.Button {
	return [][]allaboard.Button{
		{gotItButton(l, gotIt)},
		{{Text: l.T("button_remind_privately", nil), URL: privately}},
	}
}

// ReadPrivatelyButtons go, instead of the ✅ and the answers, under a
// message that could not show all they would confirm: a link to the
// private chat (privately) that shows the event's card.
func ReadPrivatelyButtons(l lang.Lang, privately string) [][]allaboard.Button {
	return [][]allaboard.Button{{{Text: l.T("button_read_privately", nil), URL: privately}}}
}

// gotItButton confirms the latest version of an event.
func gotItButton(l lang.Lang, data string) allaboard.Button {
	return allaboard.Button{Text: l.T("got_it", nil), Data: data}
}

// InGroup is the roll call's button.
func InGroup(l lang.Lang, data string) [][]allaboard.Button {
	return [][]allaboard.Button{{{Text: l.T("button_in_group", nil), Data: data}}}
}

// ForgetButtons answer the question before forgetting.
func ForgetButtons(l lang.Lang, yes, keep string) [][]allaboard.Button {
	return [][]allaboard.Button{{{Text: l.T("button_forget_yes", nil), Data: yes}}, {{Text: l.T("button_forget_keep", nil), Data: keep}}}
}
