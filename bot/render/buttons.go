package render

import "allaboard"

// Buttons under the bot's messages: their labels live here, what they do is
// given by the caller (the data sent back, or the link opened).

// OpenChat opens a private chat with the bot.
func OpenChat(url string) []allaboard.Button {
	return []allaboard.Button{{Text: "💬 Open a private chat with me", URL: url}}
}

// AddToGroup adds the bot to a group.
func AddToGroup(url string) []allaboard.Button {
	return []allaboard.Button{{Text: "➕ Add me to a group", URL: url}}
}

// MentionButtons go under a mention: confirm at once, or open a private chat.
func MentionButtons(e allaboard.Event, privately string) [][]allaboard.Button {
	return [][]allaboard.Button{
		{gotIt(e)},
		{{Text: "💬 Remind me privately", URL: privately}},
	}
}

// gotIt confirms the latest version of e.
func gotIt(e allaboard.Event) allaboard.Button {
	return allaboard.Button{Text: "✅ Got it", Data: allaboard.PressData{Group: e.Group, Event: e.Num, Rev: e.Material, Act: allaboard.ActAck}.Encode()}
}

// InGroup is the roll call's button.
func InGroup(data string) [][]allaboard.Button {
	return [][]allaboard.Button{{{Text: "✋ I'm in this group", Data: data}}}
}

// ForgetButtons answer the question before forgetting.
func ForgetButtons(yes, keep string) [][]allaboard.Button {
	return [][]allaboard.Button{{{Text: "🗑 Yes, delete everything", Data: yes}}, {{Text: "Keep everything", Data: keep}}}
}
