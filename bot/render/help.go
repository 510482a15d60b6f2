package render

import "allaboard/bot/lang"

// What the bot is for: help in private and in a group, the welcome when it
// is added to a group, and the short answers of a member's private chat.
const (
	PrivateHelp Phrase = "help_private" // with a button that adds the bot to a group
	GroupHelp   Phrase = "help_group"   // with a button that opens a private chat

	// What the bot needs in a group, by what it may do there: a paragraph
	// of the welcome.
	IsAdmin              Phrase = "group_is_admin"
	NeedsAdmin           Phrase = "group_needs_admin"
	NeedsAdminPrivacyOff Phrase = "group_needs_admin_privacy_off"
	NowAdmin             Phrase = "group_now_admin"

	PrivateHint Phrase = "private_hint"
	YoureSet    Phrase = "private_youre_set"
)

// GroupWelcome greets a group by its title; needs is IsAdmin, NeedsAdmin or
// NeedsAdminPrivacyOff in l.
func GroupWelcome(l lang.Lang, title, needs string) string {
	return l.T("group_welcome", map[string]any{"Group": Escape(title), "Needs": needs})
}
