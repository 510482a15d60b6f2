package notice

import (
	"strconv"
	"time"

	"allaboard"
)

// Kinds about who is in a group and a group's life: the welcome, help, the
// roll call, the member list, a group the bot was removed from, forgetting.
const (
	// Welcome greets a group the bot was just added to: Group; "bot", what
	// the bot is there (the Bot constants); "zone", the data of the button
	// that offers the time zones, shown while the group has chosen none;
	// and the open-chat button (WithOpenChat).
	Welcome = "welcome"
	// NowAdmin thanks a group for making the bot an admin.
	NowAdmin = "now_admin"
	// PrivateHelp is /help in private: "add", the payload of the link that
	// adds the bot to a group.
	PrivateHelp = "private_help"
	// GroupHelp is /help in a group, with the open-chat button.
	GroupHelp = "group_help"
	// PrivateHint answers a private message that is no command.
	PrivateHint = "private_hint"
	// GroupOnly answers, in private, a command that works only in a group:
	// "command", as typed.
	GroupOnly = "group_only"
	// UnknownCommand answers a command the bot doesn't have: "command", as
	// typed.
	UnknownCommand = "unknown_command"

	// RollCall is the roll-call card of a group, with how many members the
	// bot knows when it is sent: Group; "press", its button's data.
	RollCall = "roll_call"
	// RollCallThanks answers User's tap on the roll call.
	RollCallThanks = "roll_call_thanks"
	// RollCallAgain answers a tap on the roll call by User, already known.
	RollCallAgain = "roll_call_again"
	// Joined answers /join by User.
	Joined = "joined"
	// UnknownMembers tells a host or an admin how many members of Group the
	// bot hasn't seen yet, as it is when sent.
	UnknownMembers = "unknown_members"
	// RemovedHost tells a host of Event in Group that the bot was removed
	// from the group, and when its data goes (RemovalOf, PurgeOf).
	RemovedHost = "removed_host"

	// MemberList is who the bot knows in Group, by how it can reach them.
	MemberList        = "member_list"
	MembersNotAllowed = "members_not_allowed" // only admins and hosts see the list
	MembersNeedsDM    = "members_needs_dm"    // the list goes privately: open a chat first (the open-chat button)
	MembersSent       = "members_sent"        // the list went privately
	MembersUsage      = "members_usage"       // /members in private

	// ForgetGroupAsk and ForgetMeAsk ask before forgetting a group or the
	// user: "yes" and "keep", the data of their buttons.
	ForgetGroupAsk      = "forget_group_ask"
	ForgetMeAsk         = "forget_me_ask"
	ForgetMeInGroup     = "forget_me_in_group"     // "/forget me" goes in private (the open-chat button)
	ForgetNotAdmin      = "forget_not_admin"       // only admins make the bot forget a group
	ForgetNotAdminShort = "forget_not_admin_short" // the same, answering a press
	ForgetUsage         = "forget_usage"           // /forget in private without "me"
	ForgetExpired       = "forget_expired"         // a question too old to act on
	ForgetKept          = "forget_kept"            // nothing was deleted
	ForgetDone          = "forget_done"            // deleted, answering a press
	ForgetGroupDone     = "forget_group_done"      // the group was forgotten; the bot leaves
	ForgetMeDone        = "forget_me_done"         // the user was forgotten
)

// What the bot is in a group it was added to, for the welcome's "bot".
const (
	BotNeedsAdmin Choice = ""      // not an admin, sees only commands and replies
	BotReads      Choice = "reads" // not an admin, but reads every message
	BotAdmin      Choice = "admin" // an admin already
)

// OpenChat names the value of a notice that has the button opening a private
// chat with the bot under it: the deep link's payload.
const OpenChat Choice = "open"

// WithOpenChat adds to n the button that opens a private chat with the bot,
// whose deep link carries payload.
func WithOpenChat(n *allaboard.Notice, payload string) *allaboard.Notice {
	if n.Values == nil {
		n.Values = map[string]string{}
	}
	n.Values[OpenChat] = payload
	return n
}

// OfGroup is a notice of a kind about a group, with values as New takes them.
func OfGroup(kind string, group int64, pairs ...string) *allaboard.Notice {
	n := New(kind, pairs...)
	n.Group = group
	return n
}

// OfUser is a notice of a kind about a user.
func OfUser(kind string, user int64) *allaboard.Notice {
	return &allaboard.Notice{Kind: kind, User: user}
}

// RemovalOf is the notice telling a host of e that the bot was removed from
// its group, whose data goes at purge.
func RemovalOf(e allaboard.Event, purge time.Time) *allaboard.Notice {
	return &allaboard.Notice{Kind: RemovedHost, Group: e.Group, Event: e.Num,
		Values: map[string]string{"purge": strconv.FormatInt(purge.Unix(), 10)}}
}

// PurgeOf is when the data goes, as RemovalOf put it in n; ok is false if
// it has none.
func PurgeOf(n allaboard.Notice) (purge time.Time, ok bool) {
	sec, err := strconv.ParseInt(n.Value("purge"), 10, 64)
	return time.Unix(sec, 0), err == nil
}
