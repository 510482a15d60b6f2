package notice

// Kinds said in many places.
const (
	StaleButton  = "stale_button"   // a button no longer in use, or never made
	NotYourGroup = "not_your_group" // a button or link of a group the user isn't in
	Failed       = "failed"         // what someone did failed on the bot's side; nothing was kept
)
