// Package wire is what the bot's buttons and links carry: the callback data
// of event cards', status cards' and invitations' buttons, and the payloads
// of deep links (t.me/<bot>?start=…). The writer makes them (and the use
// cases, for the few answers they freeze); the use cases read them back.
// Each format fits Telegram's limits and is read strictly: data the bot did
// not make is refused. Formats that only the use cases make and read (a
// draft's buttons, undo) stay with them.
//
// It knows the formats only: what a press does is the use cases', what a
// button says is bot/render's. Of the module it may import the root package
// alone.
package wire
