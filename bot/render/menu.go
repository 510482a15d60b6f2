package render

import "allaboard/bot/lang"

// commandAbout is each command's message: its line in Telegram's command
// menu.
var commandAbout = map[string]string{
	"event":    "command_about_event",
	"announce": "command_about_announce",
	"todo":     "command_about_todo",
	"events":   "command_about_events",
	"ack":      "command_about_ack",
	"edit":     "command_about_edit",
	"cancel":   "command_about_cancel",
	"cohost":   "command_about_cohost",
	"bring":    "command_about_bring",
	"status":   "command_about_status",
	"history":  "command_about_history",
	"join":     "command_about_join",
	"members":  "command_about_members",
	"settings": "command_about_settings",
	"language": "command_about_language",
	"family":   "command_about_family",
	"forget":   "command_about_forget",
	"start":    "command_about_start",
	"help":     "command_about_help",
}

// CommandAbout is a command's line in the menu, in l; "" for one without.
func CommandAbout(l lang.Lang, name string) string {
	id, ok := commandAbout[name]
	if !ok {
		return ""
	}
	return l.T(id, nil)
}

// BotDescription is what an empty chat with the bot shows, in l: what it
// does, before anyone presses Start. Plain text, at most 512 characters.
func BotDescription(l lang.Lang) string { return l.T("profile_description", nil) }

// BotShortDescription is the line on the bot's profile and under a shared
// link to it, in l. Plain text, at most 120 characters.
func BotShortDescription(l lang.Lang) string { return l.T("profile_short_description", nil) }
