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

// MentionButtons go under a mention: confirm at once (gotIt, as on the
// event's card), or open a private chat.
func MentionButtons(gotIt, privately string) [][]allaboard.Button {
	return [][]allaboard.Button{
		{gotItButton(gotIt)},
		{{Text: "💬 Remind me privately", URL: privately}},
	}
}

// gotItButton confirms the latest version of an event.
func gotItButton(data string) allaboard.Button {
	return allaboard.Button{Text: "✅ Got it", Data: data}
}

// InGroup is the roll call's button.
func InGroup(data string) [][]allaboard.Button {
	return [][]allaboard.Button{{{Text: "✋ I'm in this group", Data: data}}}
}

// ForgetButtons answer the question before forgetting.
func ForgetButtons(yes, keep string) [][]allaboard.Button {
	return [][]allaboard.Button{{{Text: "🗑 Yes, delete everything", Data: yes}}, {{Text: "Keep everything", Data: keep}}}
}
