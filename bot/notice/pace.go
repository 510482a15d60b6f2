package notice

// Kinds about what a group's admins choose, and what a host chooses for
// themselves: the pace of their own event and the time of their digest.
const (
	// ZoneNotAllowed answers a press on a time zone by someone who is not
	// an admin of the group.
	ZoneNotAllowed = "zone_not_allowed"
	// PaceUsage explains /edit pace: Group, Event.
	PaceUsage = "pace_usage"
	// PaceRefused explains a pace that isn't one: Group, Event, and the
	// problem's values (WithProblem).
	PaceRefused = "pace_refused"
	// PaceSet says how hard an event is chased now, as it is when sent:
	// Group, Event.
	PaceSet = "pace_set"
	// OwnSettings shows User, in private, the settings that are their own,
	// as they are when sent.
	OwnSettings = "own_settings"
	// OwnDigestChanged confirms User's own digest time, as it is when sent.
	OwnDigestChanged = "own_digest_changed"
	// DraftPace asks, while an event is changed step by step, how hard to
	// chase it: "gentle", "normal", "urgent" and "group", each button's data.
	DraftPace = "draft_pace"
)
