package render

import (
	"fmt"
	"strings"
	"time"

	"allaboard"
	"allaboard/bot/lang"
)

// Words about households: members of a group who count as one family.

// Answers to /family and to the invitation's buttons.
const (
	FamilyUsage = "👪 <b>One family</b>: two parents of one child can link themselves here. When either of you " +
		"confirms an event, it counts for both, and I stop reminding the other — until the event changes again.\n\n" +
		"/family @username — ask another member to be one family with you (they say yes with a button)\n" +
		"/family leave — unlink yourself"
	FamilyNoName     = "Name them by their @username: /family @username. If they have none, they can send /family @yourname instead."
	FamilySelf       = "That's you. Name the other member: /family @username."
	FamilyFull       = "A family here has at most 4 members."
	FamilyNone       = "You're not linked with a family here."
	FamilyLeft       = "👪 Done: you're no longer one family with anyone here. Each of you confirms for yourself from now on."
	FamilyPrivate    = "/family works in the group: send /family @username there. /family leave here unlinks you in every group."
	FamilyLeftAll    = "👪 Done: you're no longer one family with anyone, in any group."
	FamilyNotForYou  = "This question is for someone else."
	FamilyAskGone    = "This question no longer stands: ask again with /family @username in the group."
	FamilyYesShort   = "👪 You're one family now."
	FamilyNoShort    = "OK: not linked."
	FamilyNoText     = "Not linked: each of you confirms for yourself."
	FamilyYesButton  = "✅ Yes, we're one family"
	FamilyNoButton   = "No"
	FamilyPostAsSelf = "Send /family as yourself, not as the group or a channel."
)

// FamilyUnknown says the bot doesn't know the member named in the group.
func FamilyUnknown(username string) string {
	return fmt.Sprintf("I don't know @%s in this group yet: they should write something here first (or tap ✋ on the roll call).", Escape(username))
}

// FamilyNow says whom the member is one family with.
func FamilyNow(names []string) string {
	return fmt.Sprintf("👪 You're one family with %s. /family leave unlinks you.", Escape(strings.Join(names, ", ")))
}

// FamilyAlready says the two are linked already.
func FamilyAlready(u allaboard.User) string {
	return fmt.Sprintf("You and %s are one family already.", Escape(Name(u)))
}

// FamilyTaken says the member named is in another family.
func FamilyTaken(u allaboard.User) string {
	return fmt.Sprintf("%s is one family with someone else: they can leave it with /family leave first.", Escape(Name(u)))
}

// FamilyAsked tells the inviter the other must say yes.
func FamilyAsked(u allaboard.User) string {
	return fmt.Sprintf("👪 I've asked %s. Nobody is linked until they say yes.", Escape(Name(u)))
}

// FamilyAsk asks the invited member, in private (mention "") or in the
// group (mention names them), whether they are one family with from.
func FamilyAsk(from allaboard.User, group, mention string) string {
	s := fmt.Sprintf("👪 %s says you're one family in %s: when one of you confirms an event, it counts for both of you, "+
		"and I stop reminding the other (until the event changes again). Are you?", Escape(Name(from)), GroupName(group))
	if mention != "" {
		s = mention + ": " + s
	}
	return s
}

// FamilyButtons answer FamilyAsk.
func FamilyButtons(yes, no string) [][]allaboard.Button {
	return [][]allaboard.Button{{{Text: FamilyYesButton, Data: yes}, {Text: FamilyNoButton, Data: no}}}
}

// FamilyLinked is the invitation once the invited member said yes.
func FamilyLinked(from allaboard.User, group string) string {
	return fmt.Sprintf("👪 You and %s are one family in %s. /family leave in the group unlinks you.", Escape(Name(from)), GroupName(group))
}

// FamilySaidYes tells the inviter the other said yes.
func FamilySaidYes(to allaboard.User, group string) string {
	return fmt.Sprintf("👪 %s said yes: you're one family in %s.", Escape(Name(to)), GroupName(group))
}

// FamilySaidNo tells the inviter the other said no.
func FamilySaidNo(to allaboard.User, group string) string {
	return fmt.Sprintf("%s said no: you're not linked in %s.", Escape(Name(to)), GroupName(group))
}

// FamilyConfirmed tells a member that someone of their household confirmed
// the latest version for them, with what it is, so they know it too.
func FamilyConfirmed(by allaboard.User, e allaboard.Event, group string, loc *time.Location) string {
	what := fmt.Sprintf("%s · 📍 %s", WhenSpan(lang.English, e.When, e.End, loc), Escape(Clip(e.Where, 80)))
	if e.Cancelled {
		what = "❌ CANCELLED"
	}
	return fmt.Sprintf("✅ %s confirmed %s for your family (%s): %s. No need to confirm it yourself.",
		Escape(Name(by)), EventName(e), GroupName(group), what)
}

// familyNames joins a family's names, in HTML: "Ann &amp; Ben".
func familyNames(names []string) string { return strings.Join(names, " &amp; ") }

// handOffName names a member to call, and their family with them: "Ann
// (@ann) & Ben, one family".
func handOffName(l HandOffLine, one func(allaboard.User) string) string {
	if len(l.Family) == 0 {
		return one(l.User)
	}
	names := []string{one(l.User)}
	for _, u := range l.Family {
		names = append(names, one(u))
	}
	return familyNames(names) + ", one family"
}

// handOffPeople counts the people a hand-off names.
func handOffPeople(who []HandOffLine) int {
	n := 0
	for _, l := range who {
		n += 1 + len(l.Family)
	}
	return n
}
