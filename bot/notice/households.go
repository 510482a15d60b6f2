package notice

import "allaboard"

// Kinds about households: members of a group who count as one family
// (/family, the invitation and its answer, a confirmation made for them).
const (
	// FamilyUsage explains /family, to a member in no family.
	FamilyUsage = "family_usage"
	// FamilyNow says whom User is one family with in Group, as it is when
	// sent.
	FamilyNow = "family_now"
	// FamilyPostAsSelf asks for /family from a person, not a channel.
	FamilyPostAsSelf = "family_post_as_self"
	// FamilyNoName asks for the other member's @username.
	FamilyNoName = "family_no_name"
	// FamilyUnknown says the bot doesn't know "username" in the group.
	FamilyUnknown = "family_unknown"
	// FamilySelf says the member named themselves.
	FamilySelf = "family_self"
	// FamilyAlready says the sender and User are one family already.
	FamilyAlready = "family_already"
	// FamilyTaken says User is one family with someone else.
	FamilyTaken = "family_taken"
	// FamilyFull says the sender's family has as many members as it may.
	FamilyFull = "family_full"
	// FamilyAsked tells the sender that User was asked.
	FamilyAsked = "family_asked"
	// FamilyNone says the sender is in no family in the group.
	FamilyNone = "family_none"
	// FamilyLeft says the sender left their family in the group.
	FamilyLeft = "family_left"
	// FamilyPrivate says /family works in the group.
	FamilyPrivate = "family_private"
	// FamilyLeftAll says the sender left their family in every group.
	FamilyLeftAll = "family_left_all"

	// FamilyAsk asks Users[0] whether they are one family with User in
	// Group, naming them if it goes elsewhere than to them; "yes" and "no"
	// are its buttons' data (FamilyAskOf).
	FamilyAsk = "family_ask"
	// FamilyNotForYou answers a press on someone else's question.
	FamilyNotForYou = "family_not_for_you"
	// FamilyAskGone says the question no longer stands.
	FamilyAskGone = "family_ask_gone"
	// FamilyYes answers the yes: they are one family now.
	FamilyYes = "family_yes"
	// FamilyNo answers the no.
	FamilyNo = "family_no"
	// FamilyLinked is the question once answered yes: one family with User
	// in Group.
	FamilyLinked = "family_linked"
	// FamilyNotLinked is the question once answered no.
	FamilyNotLinked = "family_not_linked"
	// FamilySaidYes tells the one who asked that User said yes, in Group.
	FamilySaidYes = "family_said_yes"
	// FamilySaidNo tells the one who asked that User said no, in Group.
	FamilySaidNo = "family_said_no"

	// FamilyCovered tells a member that User of their family confirmed
	// revision Rev of event Event of Group for them (FamilyCoveredOf).
	FamilyCovered = "family_covered"
)

// FamilyAboutUser is a notice of a kind about one member of group (0: none
// to name).
func FamilyAboutUser(kind string, group, user int64) *allaboard.Notice {
	return &allaboard.Notice{Kind: kind, Group: group, User: user}
}

// FamilyAskOf is the question to to whether they are one family with from
// in group; yes and no are its buttons' data.
func FamilyAskOf(group, from, to int64, yes, no string) *allaboard.Notice {
	n := New(FamilyAsk, "yes", yes, "no", no)
	n.Group, n.User, n.Users = group, from, []int64{to}
	return n
}

// FamilyCoveredOf is the note that by confirmed e's latest material version
// for the reader's family.
func FamilyCoveredOf(e allaboard.Event, by int64) *allaboard.Notice {
	return &allaboard.Notice{Kind: FamilyCovered, Group: e.Group, Event: e.Num, Rev: e.Material, User: by}
}
