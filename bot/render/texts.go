package render

import (
	"html"
	"regexp"
)

// escape makes user text safe inside Telegram HTML.
func Escape(s string) string { return html.EscapeString(s) }

// whenExamples is a short list of accepted forms to show after an error.
const whenExamples = "Sat 15:00 · Sat 3-5pm · tomorrow 15:30 · 5 Dec 15:00 · Dec 5 3pm · samedi 15h"

// Texts about events. Placeholders are filled with escaped HTML.
const (
	// ForgottenMember stands in an event's history for a member who asked
	// the bot to forget them.
	ForgottenMember = "(a forgotten member)"
	WhenUnreadable  = `⚠️ I couldn't read <b>%s</b> as a date and time.

Try one of these: ` + whenExamples
	WhenPast   = `⚠️ <b>%s</b> is in the past. Please give a time that is still ahead.`
	WhenNoTime = `⚠️ <b>%s</b> has no time of day. Add one, like <code>Sat 15:00</code> or <code>Dec 5 3pm</code>.`
	// WhenWrongDay: the typed text, the date, its weekday, the weekday typed.
	WhenWrongDay = `⚠️ <b>%s</b>: %s is a %s, not a %s. Please send it again with the right day or date.`
	// WhenWrongDayNear is WhenWrongDay with the day nearby that is the weekday typed.
	WhenWrongDayNear = `⚠️ <b>%s</b>: %s is a %s, not a %s. Did you mean %s? Please send it again with the right day or date.`

	// Questions about a time that could be read two ways, or wrongly: the
	// choices follow, one per line, as the user can send them again.
	WhenAmPm     = `⚠️ <b>%s</b> could be %s. Send it again as one of:`
	WhenDayMonth = `⚠️ <b>%s</b> could be %s. Send it again as one of:`
	WhenToday    = `⚠️ <b>%s</b> was earlier today. Did you mean next year? Then send:`
	WhenPassed   = `⚠️ <b>%s</b> has passed this year. Did you mean next year? Then send:`
	WhenFar      = `⚠️ <b>%s</b> is %s, more than 6 months away. If that's right, send it with the year:`
	WhenWeek     = `⚠️ <b>%s</b> could be %s. Send it again as one of:` // "next Fri": this week's or next week's
	WhenOr       = ` or `

	EndSet     = `🕒 until %s`
	EndMoved   = `🕒 until %s → %s`
	EndRemoved = `🕒 no end time`

	HistoryUsage = `Send <code>/history 2</code> with the event's number (see /events).`
	StatusUsage  = `Send <code>/status 2</code> with the event's number (see /events).`

	AskHost = `%s, I can't write to you privately yet, so I can't tell you who has confirmed %s. Tap below and press <b>Start</b>.`

	NewEventHeader = `📣 <b>New in %s</b> — please confirm you've seen it:`
	ReminderHeader = `⏰ <b>Reminder:</b> %s starts %s.`
	ReminderGroup  = `⏰ %s — reminder: %s starts %s (🕒 %s, 📍 %s). Tap ✅ Got it if you haven't yet.`
	CancelledLine  = `❌ <b>CANCELLED</b>`
	DigestHeader   = `📰 <b>Digest</b> for %s`
	DigestPending  = `⏳ Not confirmed yet: %s`
	LateHeader     = `👋 <b>Welcome to %s!</b> This event is coming up there — please confirm you've seen it:`
	RemindHeader   = `⏳ <b>Please confirm</b> the latest version (%s):`
	CalledOff      = `❌ <b>Called off in %s</b> — please confirm you've seen it:`

	CardPending    = `⏳ <b>Please confirm</b> you've seen the latest version:`
	CardConfirmed  = `✅ You've confirmed the latest version.`
	CardAnswered   = `✅ You confirmed · %s`
	StillGoing     = `🔁 You said %s for %s — still coming?`
	StillMaybe     = `🔁 You said %s for %s — can you come now?`
	EarlierVersion = `the earlier version`
	CardStarted    = `This event has started.`
	OutdatedHeader = `⚠️ <b>That card was out of date.</b> This is the latest version — please confirm it:`
	OutdatedCard   = `⚠️ <b>Outdated</b> — %s
<s>📅 %s
🕒 %s · 📍 %s</s>`
	LatestCardLink  = `<a href="%s">see the latest card</a>`
	LatestCardBelow = `see the latest card below`

	StatusEarlier = `Said %s before the time or place changed: %s`

	EventGone      = `I can't find that event any more.`
	NothingPending = `✅ You're all caught up: nothing to confirm.`
	PendingIntro   = `⏳ You have %d event(s) to confirm:`
	PendingMore    = `…and %d more. Confirm these first, then send /events.`
	NotHosting     = `You aren't hosting any upcoming events. Announce one in your group with <code>/event title | when | where</code>.`
)

// Short answers to button presses (plain text, at most 200 characters).
const (
	Acked          = `✅ Thanks! You've confirmed “%s”.`
	AlreadyAcked   = `✅ You've already confirmed “%s”.`
	AckedCancelled = `✅ Noted: you know “%s” is cancelled.`
	Answered       = `Noted: %s to “%s”. That also confirms you've seen it.`
	OutdatedDM     = `⚠️ That card is out of date, so nothing was confirmed. I've sent you the latest version privately. Changed: %s`
	OutdatedGroup  = `⚠️ That card is out of date, so nothing was confirmed. Please use the latest card. Changed: %s`
)

// Texts about the roster: who is in each group.
const (
	RemovedHost        = `🚪 I was removed from <b>%s</b>, so I've stopped reminding people about %s. Add me back to carry on; otherwise what I keep about the group is deleted on %s.`
	StatusUnknown      = `❓ %s been seen by me yet, so they aren't reminded. The roll call in the group asks them to tap ✋.`
	MoreLines          = `… and %d more`
	MembersHeader      = `👥 <b>Members of %s</b> I know: %d`
	MembersDM          = `💬 <b>I remind them in private</b> (%d)`
	MembersMention     = `📣 <b>Only by mention in the group</b> (%d) — they haven't opened a chat with me`
	MembersUnreachable = `📵 <b>Unreachable</b> (%d)`
	MembersUnknown     = `❓ <b>%d not seen yet</b> — Telegram counts %d members, bots included (%s). The roll call in the group asks them to tap ✋.`
	MembersAll         = `✅ That's everyone Telegram counts (%s).`
	MembersNotCounted  = `❓ I haven't been able to count the group's members yet.`
	MembersSent        = `I've sent you the member list privately.`
	MembersNeedsDM     = `I send the member list privately: tap below and press <b>Start</b>, then send /members here again.`
	MembersUsage       = `Send /members in the group you want to see; I'll answer you here.`
	MembersNotAllowed  = `🙏 Sorry, only the group's admins and the hosts of its events can see the member list.`
)

var tag = regexp.MustCompile(`<[^>]*>`)

// stripTags turns our HTML into plain text, for answers to button presses.
func StripTags(s string) string { return html.UnescapeString(tag.ReplaceAllString(s, "")) }
