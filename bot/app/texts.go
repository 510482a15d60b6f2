package app

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

%s

<b>Everyone:</b> tap ✋ on the roll call below, so I know you're here. Then tap the button below and press <b>Start</b>, so I can remind you privately instead of mentioning you here.`
	textIsAdmin              = `✅ I'm an admin here, so I see who joins and leaves.`
	textNeedsAdmin           = `<b>Admins:</b> please make me an admin of this group (no special rights needed). Telegram tells bots who joins and leaves only then, and I need that to know who is here. Otherwise, turn my privacy mode off in @BotFather (/setprivacy → Disable) and add me again, so I at least see everyone who writes.`
	textNeedsAdminPrivacyOff = `<b>Admins:</b> please make me an admin of this group (no special rights needed). I can read messages here, but Telegram tells bots who joins and leaves only when they are admins, and I need that to know who is here.`
	textNowAdmin             = `✅ Thanks for making me an admin: now I see who joins and leaves.`

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
	textReminderHeader       = `⏰ <b>Reminder:</b> %s starts %s.`
	textReminderGroup        = `⏰ %s — reminder: %s starts %s (🕒 %s, 📍 %s). Tap ✅ Got it if you haven't yet.`
	textDigestHeader         = `📰 <b>Digest</b> for %s`
	textDigestPending        = `⏳ Not confirmed yet: %s`
	textLateHeader           = `👋 <b>Welcome to %s!</b> This event is coming up there — please confirm you've seen it:`
	textRemindHeader         = `⏳ <b>Please confirm</b> the latest version (%s):`
	textRemindGroup          = `⏳ %s — please confirm %s, 🕒 %s: tap ✅ Got it below or on its card.`
	textRemindGroupCancelled = `⏳ %s — %s is <b>CANCELLED</b>. Please tap ✅ Got it so the host knows you know.`

	textEarlierChanges = `…%d earlier change(s), then:`

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

// Texts about the roster: who is in each group.
const (
	textUnknownMembers     = `👥 %s been seen by the bot yet (<b>%s</b>), so I can't remind them about events. I've posted a roll call in the group: they become known when they tap it, write something there, or send /join.`
	textRollCall           = `✋ <b>Roll call</b> — so that nobody misses an announcement, please tap the button below once. Telegram doesn't tell bots who is in a group, so I only know people I've seen.`
	textRollCallSoFar      = `👥 I know %s so far.`
	textRollCallCount      = `👥 I know %d of %d members; %s been seen yet.`
	textRollCallDone       = `✅ <b>Roll call</b>: I know everyone in this group (%s). Thanks!`
	textRemovedHost        = `🚪 I was removed from <b>%s</b>, so I've stopped reminding people about %s. Add me back to carry on; otherwise what I keep about the group is deleted on %s.`
	textJoined             = `✋ Thanks, %s — I know you're here, and I'll keep you posted about events.`
	textStatusUnknown      = `❓ %s been seen by me yet, so they aren't reminded. The roll call in the group asks them to tap ✋.`
	textMembersHeader      = `👥 <b>Members of %s</b> I know: %d`
	textMembersDM          = `💬 <b>I remind them in private</b> (%d)`
	textMembersMention     = `📣 <b>Only by mention in the group</b> (%d) — they haven't opened a chat with me`
	textMembersUnreachable = `📵 <b>Unreachable</b> (%d)`
	textMembersUnknown     = `❓ <b>%d not seen yet</b> — Telegram counts %d members, bots included (%s). The roll call in the group asks them to tap ✋.`
	textMembersAll         = `✅ That's everyone Telegram counts (%s).`
	textMembersNotCounted  = `❓ I haven't been able to count the group's members yet.`
	textMembersSent        = `I've sent you the member list privately.`
	textMembersNeedsDM     = `I send the member list privately: tap below and press <b>Start</b>, then send /members here again.`
	textMembersUsage       = `Send /members in the group you want to see; I'll answer you here.`
	textMembersNotAllowed  = `🙏 Sorry, only the group's admins and the hosts of its events can see the member list.`
)

// Short answers to roll-call taps (plain text).
const (
	textRollCallThanks = `✋ Thanks, %s — you're on the list.`
	textRollCallAgain  = `✅ %s, you're already on the list.`
)

var tag = regexp.MustCompile(`<[^>]*>`)

// stripTags turns our HTML into plain text, for answers to button presses.
func stripTags(s string) string { return html.UnescapeString(tag.ReplaceAllString(s, "")) }

// Texts about settings.
const (
	textSettingsHeader = `⚙️ <b>Settings</b> of this group`
	textSettingsHowTo  = `Hosts and admins change one with <code>/settings name value</code>, e.g. <code>/settings timezone Europe/Berlin</code>.`
	textSettingShow    = `⚙️ <b>%s</b> is <code>%s</code> — %s.
To change it: <code>/settings %s %s</code>`
	textSettingChanged = `✅ <b>%s</b> is now <code>%s</code> (was <code>%s</code>). Everything pending follows it.`
	textSettingBad     = `✋ Nothing changed: for <b>%s</b>, %s
Example: <code>/settings %s %s</code>`
	textSettingUnknown     = `✋ There's no setting “%s”. The settings are: %s. Send /settings to see them.`
	textSettingsNotAllowed = `🙏 Sorry, only the group's admins and the hosts of its events can change settings. Send /settings to see them.`
	textSettingsUsage      = `Send /settings in the group whose settings you want to see or change.`
)

// Texts about forgetting.
const (
	textForgetGroupAsk = `⚠️ <b>Delete everything I keep about this group?</b>
Its events and their history, who confirmed what, and the members I know. Then I'll leave the group. This can't be undone.

Only an admin's tap counts.`
	textForgetGroupDone = `🗑 Done: I've deleted everything I kept about this group, and I'm leaving it. Add me again any time to start afresh.`
	textForgetNotAdmin  = `🙏 Sorry, only the group's admins can make me forget this group. To delete what I keep about you, send <code>/forget me</code> to me in private.`
	textForgetMeInGroup = `To delete what I keep about you, send <code>/forget me</code> to me in private (tap below).`
	textForgetMeAsk     = `⚠️ <b>Delete everything I keep about you?</b>
Your name, the groups I've seen you in, and your confirmations and answers. Events you host stay with their groups. I won't remind you of anything until you write in a group with me or tap one of my buttons again. This can't be undone.`
	textForgetMeDone = `🗑 Done: I've forgotten you. If you write in a group with me or tap one of my buttons, I'll know you again.`
	textForgetUsage  = `To delete everything I keep about you, send <code>/forget me</code>.
To make me forget a group, an admin sends /forget in that group.`
	textForgetKept          = `👍 Nothing was deleted.`
	textForgetDoneShort     = `🗑 Deleted.`
	textForgetNotAdminShort = `Only the group's admins can do this.`
)
