package bot

import "html"

// escape makes user text safe inside Telegram HTML.
func escape(s string) string { return html.EscapeString(s) }

// Texts the bot sends, in Telegram HTML.
const (
	textPrivateHelp = `👋 <b>All Aboard</b> makes sure everyone in your group chat knows about every event — and about every change to it.

<b>How it works</b>
1. Add me to your group chat (the button below). I'll explain there what I need.
2. When an event is announced or changes, everyone confirms the latest version with one tap.
3. I keep asking whoever hasn't confirmed, one by one — here in private if they have opened a chat with me, otherwise with a mention in the group — and tell the host whom to call personally.

Keep this chat: it's how I reach you when something changes.`

	textGroupHelp = `<b>All Aboard</b> makes sure everyone here confirms every event and every change to it.

Tap the button below and press <b>Start</b>, so I can remind you privately instead of mentioning you here.`

	textGroupWelcome = `👋 Hello, %s! I'm <b>All Aboard</b>. I make sure everyone here knows about every event and every change to it, and I keep asking whoever hasn't confirmed yet.

<b>Admins:</b> please make me an admin of this group (no special rights needed). Telegram tells bots who joins and leaves only then, and I need that to know who is here.

<b>Everyone:</b> tap the button below and press <b>Start</b>, so I can remind you privately instead of mentioning you here.`

	textPrivateHint    = `I answer commands: send /help to see what I do.`
	textUnknownCommand = `I don't know the command /%s. Send /help to see what I can do.`
	textStaleButton    = `This button is no longer in use.`
)
