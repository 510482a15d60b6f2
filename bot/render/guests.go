package render

// Texts about events for invited guests.
const (
	NotInvited     = `This event is for invited guests only: nothing for you to confirm.`
	GuestsUsage    = `To make an event for invited guests only: <code>/edit 2 guests @ana @ben</code> (people I know in this group). Only they are asked to confirm and reminded; the card says "for invited guests" without names. Back to everyone: <code>/edit 2 guests all</code>`
	GuestsSet      = `🎟 %s is now for %d invited guests: only they are asked to confirm.`
	GuestsAll      = `%s is for the whole group again: everyone is asked to confirm.`
	GuestsIsOver   = `⚠️ %s is over or cancelled: its guests stay as they were.`
	GuestsNotKnown = `⚠️ I don't know %s in this group yet; they need to write something here first. Nothing changed.`
)
