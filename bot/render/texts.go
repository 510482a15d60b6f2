package render

import (
	"fmt"
	"html"
	"regexp"
)

// escape makes user text safe inside Telegram HTML.
func Escape(s string) string { return html.EscapeString(s) }

// Texts the bot sends, in Telegram HTML.
const (
	PrivateHelp = `👋 <b>All Aboard</b> makes sure everyone in your group chat knows about every event — and about every change to it.

<b>How it works</b>
1. Add me to your group chat (the button below). I'll explain there what I need.
2. When an event is announced or changes, everyone confirms the latest version with one tap.
3. I keep asking whoever hasn't confirmed, one by one — here in private if they have opened a chat with me, otherwise with a mention in the group — and tell the host whom to call personally.

To announce an event, send in your group: <code>/event Mia's party | Sat 15:00 | Jump House</code>

Keep this chat: it's how I reach you when something changes.`

	GroupHelp = `<b>All Aboard</b> makes sure everyone here confirms every event and every change to it.

To announce one: <code>/event Mia's party | Sat 15:00 | Jump House</code> (or send /event to see how).
Tap the button below and press <b>Start</b>, so I can remind you privately instead of mentioning you here.`

	GroupWelcome = `👋 Hello, %s! I'm <b>All Aboard</b>. I make sure everyone here knows about every event and every change to it, and I keep asking whoever hasn't confirmed yet.

%s

<b>Everyone:</b> tap ✋ on the roll call below, so I know you're here. Then tap the button below and press <b>Start</b>, so I can remind you privately instead of mentioning you here.

<b>To announce an event:</b> <code>/event Mia's party | Sat 15:00 | Jump House</code>`
	IsAdmin              = `✅ I'm an admin here, so I see who joins and leaves. Allow me to pin messages, and I'll keep each event's latest card pinned.`
	NeedsAdmin           = `<b>Admins:</b> please make me an admin of this group, allowed to pin messages (to keep each event's latest card pinned). Telegram tells bots who joins and leaves only then, and I need that to know who is here. Otherwise, turn my privacy mode off in @BotFather (/setprivacy → Disable) and add me again, so I at least see everyone who writes.`
	NeedsAdminPrivacyOff = `<b>Admins:</b> please make me an admin of this group, allowed to pin messages (to keep each event's latest card pinned). I can read messages here, but Telegram tells bots who joins and leaves only when they are admins, and I need that to know who is here.`
	NowAdmin             = `✅ Thanks for making me an admin: now I see who joins and leaves.`

	PrivateHint    = `Thanks for your message! I'm a bot, so I can't read chat. I remind you here when an event in your group is announced or changes. Send /events to see what you still have to confirm, or /help for more.`
	YoureSet       = `✅ You're set: I'll message you here when an event in your group is announced or changes, so you won't be mentioned in the group. Send /events to see what you still have to confirm.`
	UnknownCommand = `I don't know the command /%s. Send /help to see what I can do.`
	StaleButton    = `This button is no longer in use.`
	// Failed answers a command or a press whose handling failed: nothing of
	// it was kept.
	Failed = `😕 Sorry, that didn't work on my side, and nothing was changed. Please try again in a minute.`
)

// whenExamples is a short list of accepted forms to show after an error.
const whenExamples = "Sat 15:00 · Sat 3-5pm · tomorrow 15:30 · 5 Dec 15:00 · Dec 5 3pm · samedi 15h"

// Texts about events. Placeholders are filled with escaped HTML.
const (
	EventUsage = `To announce an event, send:
<code>/event title | when | where</code>
and optionally <code>| notes</code> at the end. Instead of <b>|</b>, put each part on a new line.

Example:
<code>/event Mia's birthday party | Sat 15:00-17:00 | Jump House, Main St 5 | Bring socks!</code>

When can be like ` + whenExamples
	PostAsYourself = `⚠️ To announce an event, post as yourself, not as the group or a channel: I send its host who has and hasn't confirmed, privately.`
	EventParts     = `⚠️ I need at least three parts separated by <b>|</b> or on separate lines: title, when and where.`
	FieldEmpty     = `⚠️ The title and the place can't be empty.`
	FieldRefused   = `⚠️ %s.` // filled with Problem

	editUsage = `To change an event, send one of:
<code>/edit %[1]d when Sun 14:00</code> (or <code>Sun 14:00-16:00</code>)
<code>/edit %[1]d where Jump House, Main St 5</code>
<code>/edit %[1]d title Mia's party</code>
<code>/edit %[1]d notes Bring socks</code> (<code>-</code> removes the notes)
Several at once: <code>/edit %[1]d when Sun 14:00 where Café</code>. Without a number it changes the one event you host.

A new time or place asks everyone to confirm again; a new title or notes does not.`
	EditField   = `⚠️ I can't change “%s”: it can be when, where, title or notes.`
	EditWhich   = `⚠️ Which event? Put its number first, like <code>/edit 2 when Sun 14:00</code> (see /events).`
	CancelUsage = `To cancel an event, send <code>/cancel 2</code> with its number (see /events).`
	AckUsage    = `To confirm an event, tap ✅ Got it on its card, or send <code>/ack 2</code> with its number (see /events).`
	BadEventNum = `⚠️ “%s” isn't an event number. /events lists them.`
	NoEvent     = `⚠️ There's no event #%d in this group. /events lists them.`
	NotAllowed  = `🙏 Sorry, only the host, %[2]s, a co-host or a group admin can change %[1]s.`
	NoChange    = `Nothing to change: %s already says that.`
	IsCancelled = `⚠️ %s is cancelled. Announce a new event instead.`
	HasStarted  = `⚠️ %s has already started, so it can't be changed.`
	GroupOnly   = `/%s works in the group chat where the event is. Send it there.`

)

// Short answers to button presses (plain text, at most 200 characters).
const (
	NotYourGroup = `This event is in a group I haven't seen you in. Write something there or tap a button in that group first.`
)

// Texts about the roster: who is in each group.
const (
	unknownMembers = `👥 %s been seen by the bot yet (<b>%s</b>), so I can't remind them about events. I've posted a roll call in the group: they become known when they tap it, write something there, or send /join.`
	RollCall       = `✋ <b>Roll call</b> — so that nobody misses an announcement, please tap the button below once. Telegram doesn't tell bots who is in a group, so I only know people I've seen.`
	RollCallSoFar  = `👥 I know %s so far.`
	RollCallCount  = `👥 I know %d of %d members; %s been seen yet.`
	RollCallDone   = `✅ <b>Roll call</b>: I know everyone in this group (%s). Thanks!`
	Joined         = `✋ Thanks, %s — I know you're here, and I'll keep you posted about events.`
)

// Short answers to roll-call taps (plain text).
const (
	RollCallThanks = `✋ Thanks, %s — you're on the list.`
	RollCallAgain  = `✅ %s, you're already on the list.`
)

var tag = regexp.MustCompile(`<[^>]*>`)

// stripTags turns our HTML into plain text, for answers to button presses.
func StripTags(s string) string { return html.UnescapeString(tag.ReplaceAllString(s, "")) }

// Texts about forgetting.
const (
	ForgetGroupAsk = `⚠️ <b>Delete everything I keep about this group?</b>
Its events and their history, who confirmed what, and the members I know. Then I'll leave the group. This can't be undone.

Only an admin's tap counts.`
	ForgetGroupDone = `🗑 Done: I've deleted everything I kept about this group, and I'm leaving it. Add me again any time to start afresh.`
	ForgetNotAdmin  = `🙏 Sorry, only the group's admins can make me forget this group. To delete what I keep about you, send <code>/forget me</code> to me in private.`
	ForgetMeInGroup = `To delete what I keep about you, send <code>/forget me</code> to me in private (tap below).`
	ForgetMeAsk     = `⚠️ <b>Delete everything I keep about you?</b>
Your name, the groups I've seen you in, and your confirmations and answers. Events you host stay with their groups. I won't remind you of anything until you write in a group with me or tap one of my buttons again. This can't be undone.`
	ForgetMeDone = `🗑 Done: I've forgotten you. If you write in a group with me or tap one of my buttons, I'll know you again.`
	ForgetUsage  = `To delete everything I keep about you, send <code>/forget me</code>.
To make me forget a group, an admin sends /forget in that group.`
	ForgetExpired       = `That question is over 10 minutes old: send /forget again if you still want this.`
	ForgetKept          = `👍 Nothing was deleted.`
	ForgetDoneShort     = `🗑 Deleted.`
	ForgetNotAdminShort = `Only the group's admins can do this.`
)

// EditUsage explains /edit with the number of the event it was typed for
// (0: none, and the examples show #1).
func EditUsage(num int) string { return fmt.Sprintf(editUsage, max(num, 1)) }
