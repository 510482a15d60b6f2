package allaboard

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Settings are a group's choices about time and reminders. Flags give new
// groups their defaults; /settings changes them.
type Settings struct {
	Zone  string          `json:"zone"`  // IANA name; "" is the machine's zone
	Quiet Quiet           `json:"quiet"` // no messages to members in these hours
	Chase []time.Duration `json:"chase"` // when members who haven't confirmed are reminded
	// Preset, if set, replaces Chase: reminders and the hand-off follow the
	// time left before each event.
	Preset Preset `json:"preset,omitempty"`
	// Reminders are how long before an event its reminders go; none: off.
	Reminders []time.Duration `json:"reminders,omitempty"`
	// Digest is when hosts get their daily digest, a cron expression on the
	// group's clock; "": off.
	Digest string `json:"digest,omitempty"`
	// Language is the language of the group's messages (a code, "de");
	// "": English.
	Language string `json:"language,omitempty"`
}

// Location is the group's time zone.
func (s Settings) Location() *time.Location {
	loc, err := ParseZone(s.Zone)
	if err != nil {
		return time.Local
	}
	return loc
}

// Policy is how the group's members are chased.
func (s Settings) Policy(handOff int) Policy {
	return Policy{Schedule: s.Chase, Preset: s.Preset, Quiet: s.Quiet, HandOff: handOff}
}

// zones caches loaded time zones by name: time.LoadLocation reads a file
// each time.
var zones sync.Map

// ParseZone reads an IANA time zone name such as Europe/Berlin; "" is the
// machine's zone.
func ParseZone(s string) (*time.Location, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Local, nil
	}
	if loc, ok := zones.Load(s); ok {
		return loc.(*time.Location), nil
	}
	loc, err := time.LoadLocation(s)
	if err != nil || s == "Local" || len(s) > 64 {
		return nil, problem(ProblemZone, clipInput(s))
	}
	zones.Store(s, loc)
	return loc, nil
}

// ParseReminders reads how long before an event to remind, such as "1d,2h",
// or "off". Days are whole days on the group's clock.
func ParseReminders(s string) ([]time.Duration, error) {
	s = strings.TrimSpace(s)
	if strings.EqualFold(s, "off") {
		return nil, nil
	}
	var out []time.Duration
	for _, part := range strings.Split(s, ",") {
		d, err := parseLead(strings.TrimSpace(part))
		if err != nil {
			return nil, err
		}
		if slices.Contains(out, d) {
			return nil, problem(ProblemReminderTwice, formatLead(d))
		}
		out = append(out, d)
	}
	if len(out) > maxReminders {
		return nil, problem(ProblemTooManyReminders, maxReminders)
	}
	slices.SortFunc(out, func(a, b time.Duration) int { return int((b - a) / time.Minute) }) // earliest reminder first
	return out, nil
}

// A group has at most maxReminders reminders before an event, each from
// minLead to maxLead ahead of it.
const (
	maxReminders = 5
	minLead      = 5 * time.Minute
	maxLead      = 30 * 24 * time.Hour
)

// parseLead reads one reminder lead: "1d", "2h", "30m" or "1h30m".
func parseLead(s string) (time.Duration, error) {
	bad := problem(ProblemReminderLead, clipInput(s))
	var d time.Duration
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil {
			return 0, bad
		}
		d = time.Duration(n) * 24 * time.Hour
	} else {
		var err error
		if d, err = time.ParseDuration(s); err != nil {
			return 0, bad
		}
	}
	switch {
	case d < minLead:
		return 0, problem(ProblemReminderTooClose, clipInput(s), formatLead(minLead))
	case d > maxLead:
		return 0, problem(ProblemReminderTooEarly, clipInput(s), formatLead(maxLead))
	case d%time.Minute != 0:
		return 0, bad
	}
	return d, nil
}

// FormatReminders writes reminder leads the way ParseReminders reads them.
func FormatReminders(ds []time.Duration) string {
	if len(ds) == 0 {
		return "off"
	}
	parts := make([]string, len(ds))
	for i, d := range ds {
		parts[i] = formatLead(d)
	}
	return strings.Join(parts, ",")
}

func formatLead(d time.Duration) string {
	if d%(24*time.Hour) == 0 {
		return fmt.Sprintf("%dd", d/(24*time.Hour))
	}
	return formatDuration(d)
}
