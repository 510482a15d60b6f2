package render

import (
	"strings"
	"time"

	"allaboard"
	"allaboard/bot/lang"
)

// Words about households: members of a group who count as one family.

// Answers to /family and to the invitation's buttons.
const (
	FamilyUsage      Phrase = "family_usage"
	FamilyNoName     Phrase = "family_no_name"
	FamilySelf       Phrase = "family_self"
	FamilyFull       Phrase = "family_full"
	FamilyNone       Phrase = "family_none"
	FamilyLeft       Phrase = "family_left"
	FamilyPrivate    Phrase = "family_private"
	FamilyLeftAll    Phrase = "family_left_all"
	FamilyNotForYou  Phrase = "family_not_for_you"
	FamilyAskGone    Phrase = "family_ask_gone"
	FamilyYesShort   Phrase = "family_yes_short"
	FamilyNoShort    Phrase = "family_no_short"
	FamilyNoText     Phrase = "family_no_text"
	FamilyPostAsSelf Phrase = "family_post_as_self"
)

// FamilyUnknown says the bot doesn't know the member named in the group.
func FamilyUnknown(l lang.Lang, username string) string {
	return l.T("family_unknown", map[string]any{"Username": Escape(username)})
}

// FamilyNow says whom the member is one family with.
func FamilyNow(l lang.Lang, names []string) string {
	return l.T("family_now", map[string]any{"Names": Escape(strings.Join(names, ", "))})
}

// FamilyAlready says the two are linked already.
func FamilyAlready(l lang.Lang, u allaboard.User) string {
	return familyNamed(l, "family_already", u, "")
}

// FamilyTaken says the member named is in another family.
func FamilyTaken(l lang.Lang, u allaboard.User) string { return familyNamed(l, "family_taken", u, "") }

// FamilyAsked tells the inviter the other must say yes.
func FamilyAsked(l lang.Lang, u allaboard.User) string { return familyNamed(l, "family_asked", u, "") }

// familyNamed is the message id naming u, and the group by its title.
func familyNamed(l lang.Lang, id string, u allaboard.User, group string) string {
	return l.T(id, map[string]any{"Name": Escape(Name(u)), "Group": GroupTitle(l, group)})
}

// FamilyAsk asks the invited member, in private (mention "") or in the
// group (mention names them), whether they are one family with from.
func FamilyAsk(l lang.Lang, from allaboard.User, group, mention string) string {
	s := familyNamed(l, "family_ask", from, group)
	if mention != "" {
		s = l.T("family_ask_named", map[string]any{"Mention": mention, "Ask": s})
	}
	return s
}

// FamilyButtons answer FamilyAsk.
func FamilyButtons(l lang.Lang, yes, no string) [][]allaboard.Button {
	return [][]allaboard.Button{{{Text: l.T("family_yes_button", nil), Data: yes}, {Text: l.T("family_no_button", nil), Data: no}}}
}

// FamilyLinked is the invitation once the invited member said yes.
func FamilyLinked(l lang.Lang, from allaboard.User, group string) string {
	return familyNamed(l, "family_linked", from, group)
}

// FamilySaidYes tells the inviter the other said yes.
func FamilySaidYes(l lang.Lang, to allaboard.User, group string) string {
	return familyNamed(l, "family_said_yes", to, group)
}

// FamilySaidNo tells the inviter the other said no.
func FamilySaidNo(l lang.Lang, to allaboard.User, group string) string {
	return familyNamed(l, "family_said_no", to, group)
}

// FamilyConfirmed tells a member that someone of their household confirmed
// the latest version for them, with what it is, so they know it too.
func FamilyConfirmed(l lang.Lang, by allaboard.User, e allaboard.Event, group string, loc *time.Location) string {
	what := WhenSpan(l, e.When, e.End, loc) + " · 📍 " + Escape(Clip(e.Where, 80))
	if e.IsNotice() {
		what = "📣 " + Escape(Clip(e.Title, 300))
		if day := noticeDay(l, e, loc); day != "" {
			what += " · 📅 " + day
		}
	}
	if e.IsTodo() && !e.Cancelled { // done, not confirmed
		what = "☑️ " + Escape(Clip(e.Title, 300)) + " · " + todoLine(l, e, loc)
		return l.T("family_todo_done", map[string]any{"By": Escape(Name(by)), "Group": GroupTitle(l, group), "What": what})
	}
	if e.Cancelled {
		what = l.T("family_cancelled", nil)
	}
	return l.T("family_confirmed", map[string]any{"By": Escape(Name(by)), "Event": EventName(e), "Group": GroupTitle(l, group), "What": what})
}

// familyNames joins a family's names, in HTML: "Ann &amp; Ben".
func familyNames(names []string) string { return strings.Join(names, " &amp; ") }

// handOffName names a member to call, and their family with them: "Ann
// (@ann) & Ben, one family".
func handOffName(l lang.Lang, line HandOffLine, one func(allaboard.User) string) string {
	if len(line.Family) == 0 {
		return one(line.User)
	}
	names := []string{one(line.User)}
	for _, u := range line.Family {
		names = append(names, one(u))
	}
	return l.T("family_handoff", map[string]any{"Names": familyNames(names)})
}

// handOffPeople counts the people a hand-off names.
func handOffPeople(who []HandOffLine) int {
	n := 0
	for _, l := range who {
		n += 1 + len(l.Family)
	}
	return n
}
