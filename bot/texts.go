package bot

import (
	"html"
	"regexp"

	"allaboard"
)

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

// Texts about events. Placeholders are filled with escaped HTML.
const (
	textEventUsage = `To announce an event, send:
<code>/event title | when | where</code>
and optionally <code>| notes</code> at the end.

Example:
<code>/event Mia's birthday party | Sat 15:00 | Jump House, Main St 5 | Bring socks!</code>

When can be like ` + allaboard.WhenExamples
	textEventParts     = `✋ I need at least three parts separated by <b>|</b>: title, when and where.`
	textFieldEmpty     = `✋ The title and the place can't be empty.`
	textWhenUnreadable = `✋ I couldn't read <b>%s</b> as a date and time.

Try one of these: ` + allaboard.WhenExamples
	textWhenPast   = `✋ <b>%s</b> is in the past. Please give a time that is still ahead.`
	textWhenNoTime = `✋ <b>%s</b> has no time of day. Add one, like <code>Sat 15:00</code> or <code>Dec 5 3pm</code>.`

	textEditUsage = `To change an event, send one of:
<code>/edit 2 when Sun 14:00</code>
<code>/edit 2 where Jump House, Main St 5</code>
<code>/edit 2 title Mia's party</code>
<code>/edit 2 notes Bring socks</code> (<code>-</code> removes the notes)

A new time or place asks everyone to confirm again; a new title or notes does not.`
	textEditField    = `✋ I can't change “%s”: it can be when, where, title or notes.`
	textCancelUsage  = `To cancel an event, send <code>/cancel 2</code> with its number (see /events).`
	textAckUsage     = `To confirm an event, tap ✅ Got it on its card, or send <code>/ack 2</code> with its number (see /events).`
	textHistoryUsage = `Send <code>/history 2</code> with the event's number (see /events).`
	textStatusUsage  = `Send <code>/status 2</code> with the event's number (see /events).`
	textBadEventNum  = `✋ “%s” isn't an event number. /events lists them.`
	textNoEvent      = `✋ There's no event #%d in this group. /events lists them.`
	textNoEvents     = `No upcoming events here. Announce one with <code>/event title | when | where</code>.`
	textNotAllowed   = `🙏 Sorry, only the host of %s (%s) or a group admin can change it.`
	textNoChange     = `Nothing to change: %s already says that.`
	textIsCancelled  = `✋ %s is cancelled. Announce a new event instead.`
	textHasStarted   = `✋ %s has already started, so it can't be changed.`
	textGroupOnly    = `/%s works in the group chat where the event is. Send it there.`

	textCosmetic = `✏️ %s was updated (no need to confirm again):
%s`
	textEveryoneKnows = `Everyone knows ✅ %s`
	textAskHost       = `%s, I can't write to you privately yet, so I can't tell you who has confirmed %s. Tap below and press <b>Start</b>.`
	textHandOff       = `📞 %s hasn't confirmed %s — please contact them personally.`

	textNewEventHeader       = `📣 <b>New in %s</b> — please confirm you've seen it:`
	textRemindHeader         = `⏳ <b>Please confirm</b> the latest version (%s):`
	textRemindGroup          = `⏳ %s — please confirm %s, 🕒 %s: tap ✅ Got it below or on its card.`
	textRemindGroupCancelled = `⏳ %s — %s is <b>CANCELLED</b>. Please tap ✅ Got it so the host knows you know.`

	textCardPending    = `⏳ <b>Please confirm</b> you've seen the latest version:`
	textCardConfirmed  = `✅ You've confirmed the latest version.`
	textCardStarted    = `This event has started.`
	textOutdatedHeader = `⚠️ <b>That card was out of date.</b> This is the latest version — please confirm it:`

	textStatusSent    = `I've sent you the details privately.`
	textStatusNeedsDM = `I can send you who has and hasn't confirmed privately: tap below and press <b>Start</b>, then ask again.`

	textEventGone      = `I can't find that event any more.`
	textNothingPending = `✅ You're all caught up: nothing to confirm.`
	textPendingIntro   = `⏳ You have %d event(s) to confirm:`
	textPendingMore    = `…and %d more. Confirm these first, then send /events.`
	textNotHosting     = `You aren't hosting any upcoming events. Announce one in your group with <code>/event title | when | where</code>.`
)

// Short answers to button presses (plain text, at most 200 characters).
const (
	textNotYourGroup   = `This event is in a group I haven't seen you in. Write something there or tap a button in that group first.`
	textAcked          = `✅ Thanks! You've confirmed “%s”.`
	textAlreadyAcked   = `✅ You've already confirmed “%s”.`
	textAckedCancelled = `✅ Noted: you know “%s” is cancelled.`
	textAnswered       = `Noted: %s to “%s”. That also confirms you've seen it.`
	textOutdatedDM     = `That card is out of date — I've sent you the latest version privately.`
	textOutdatedGroup  = `That card is out of date. What changed: %s. Please use the newest card.`
)

var tag = regexp.MustCompile(`<[^>]*>`)

// stripTags turns our HTML into plain text, for answers to button presses.
func stripTags(s string) string { return html.UnescapeString(tag.ReplaceAllString(s, "")) }
