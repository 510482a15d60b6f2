package allaboard

import "time"

// Quotas keep one member, or one group, from flooding everyone: each new
// event and each change to one asks every member to confirm, and every
// command is answered.
const (
	HostEventsPerDay    = 10 // new events one member announces in one group in 24 hours
	GroupEventsPerDay   = 30 // new events in one group in 24 hours
	EventChangesPerHour = 10 // changes to one event in an hour
	CommandsPerMinute   = 20 // commands from one member, all chats together
	PressesPerMinute    = 60 // button presses from one member
)

// Quotas are the limits above as the bot applies them. Only tests change
// them: the crash test makes more changes in minutes than people do in days.
type Quotas struct {
	HostEventsPerDay, GroupEventsPerDay, EventChangesPerHour, CommandsPerMinute, PressesPerMinute int
}

// DefaultQuotas are the product's quotas.
var DefaultQuotas = Quotas{HostEventsPerDay, GroupEventsPerDay, EventChangesPerHour, CommandsPerMinute, PressesPerMinute}

// EventsToday counts the events created in the 24 hours before now, in all
// and by host.
func EventsToday(events []Event, host int64, now time.Time) (byHost, all int) {
	for _, e := range events {
		if now.Sub(e.Created) < 24*time.Hour {
			all++
			if e.Host == host {
				byHost++
			}
		}
	}
	return byHost, all
}

// ChangesThisHour counts the changes (revisions after the announcement) made
// in the hour before now.
func ChangesThisHour(revs []Revision, now time.Time) int {
	n := 0
	for _, r := range revs {
		if r.N > 1 && now.Sub(r.At) < time.Hour {
			n++
		}
	}
	return n
}
