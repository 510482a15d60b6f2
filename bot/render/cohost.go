package render

// Texts about co-hosts. Placeholders are filled with escaped HTML.
const (
	CoHostUsage = `To share an event with a co-host, who can change it and gets its status card and the list of whom to call:
<code>/cohost 2 @name</code> · to stop: <code>/cohost 2 remove @name</code>`
	CoHostWhich    = `⚠️ Which event? Put its number first, like <code>/cohost 2 @name</code> (see /events).`
	CoHostUnknown  = `⚠️ I don't know %s in this group yet. They need to write something here first (or tap ✋ on the roll call).`
	CoHostAdded    = `🤝 %s now co-hosts %s: they can change it, and get its status card and the list of whom to call.`
	CoHostRemoved  = `%s no longer co-hosts %s.`
	CoHostAlready  = `%s already hosts %s.`
	CoHostNotOne   = `%s doesn't co-host %s.`
	CoHostTooMany  = `⚠️ %s has %d co-hosts already, as many as an event can have.`
	CoHostIsOver   = `⚠️ %s is over or cancelled: nothing to share any more.`
	CoHostYou      = `🤝 %s made you a co-host of %s in %s. Here is its status card; I'll also tell you whom to call if someone doesn't confirm in time.`
	CoHostHostOnly = `🙏 Only the host of %s can stop sharing it with %s.`
)
