package render

// Answers when a quota (allaboard's quota.go) is reached.
const (
	QuotaHostEvents  = `🙏 You've announced %d events here in the last 24 hours — that's as many as I take from one person in a day, so that nobody is flooded. Please try again tomorrow.`
	QuotaGroupEvents = `🙏 This group has had %d new events in the last 24 hours — that's as many as I take in a day, so that nobody is flooded. Please try again tomorrow.`
	QuotaChanges     = `🙏 %s has changed %d times in the last hour, and each change asks everyone to confirm again. Please wait a little, then make the next changes in one go, like <code>/edit %d when Sat 15:00 where Park</code>.`
	QuotaCommands    = `🙏 That's a lot of commands at once. Please wait a minute, then try again.`
	QuotaPresses     = `Slow down a little — please try again in a minute.`
)
