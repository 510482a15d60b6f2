package render

// commandAbout describes each command in Telegram's command menu.
var commandAbout = map[string]string{
	"event":    "Announce an event: /event title | when | where",
	"events":   "Upcoming events, sent to you in private (there: what you must confirm)",
	"ack":      "Confirm the latest version: /ack 2",
	"edit":     "Change an event: /edit 2 when Sat 15:00",
	"cancel":   "Cancel an event: /cancel 2",
	"cohost":   "Share an event with a co-host: /cohost 2 @name",
	"status":   "Who has confirmed, sent to you in private (names for hosts)",
	"history":  "Every change to an event: /history 2",
	"join":     "Tell me you're in this group, so you get every announcement",
	"members":  "Who I know in this group (hosts and admins, in private)",
	"settings": "Time zone, quiet hours, reminders, digest: /settings",
	"language": "The language I write in: /language",
	"family":   "Be one family with another member: /family @username",
	"forget":   "Delete what I keep: /forget (a group, admins) · /forget me (you, in private)",
	"start":    "What All Aboard does, and what you must confirm",
	"help":     "How to use All Aboard",
}

// CommandAbout is a command's line in the menu; "" for one without.
func CommandAbout(name string) string { return commandAbout[name] }
