//go:build allaboard_test

package main

import (
	"errors"
	"fmt"
	"strconv"
	"time"

	"allaboard"
)

// A binary built for tests (go build -tags allaboard_test) reads:
//
//	ALLABOARD_TEST_QUOTAS=n        every quota (allaboard.Quotas) is n: the
//	                               crash test changes an event more often in
//	                               minutes than people do in a day
//	ALLABOARD_TEST_CLOCK_BEHIND=d  the program's clock runs d behind the
//	                               machine's, so that a test can have an
//	                               event start (at a whole minute) soon
func init() { testTuning = tuneFromEnv }

func tuneFromEnv(m *Main, getenv func(string) string) error {
	if v := getenv("ALLABOARD_TEST_QUOTAS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return m.badTuning("ALLABOARD_TEST_QUOTAS", v, errors.New("want a positive number"))
		}
		m.Quotas = allaboard.Quotas{HostEventsPerDay: n, GroupEventsPerDay: n, EventChangesPerHour: n, CommandsPerMinute: n, PressesPerMinute: n}
	}
	if v := getenv("ALLABOARD_TEST_CLOCK_BEHIND"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d < 0 {
			return m.badTuning("ALLABOARD_TEST_CLOCK_BEHIND", v, errors.New("want a duration of 0 or more"))
		}
		m.Clock = behindClock{d}
	}
	return nil
}

func (m *Main) badTuning(name, v string, err error) error {
	fmt.Fprintf(m.Stderr, "allaboard: bad %s %q: %v\n", name, v, err)
	return errUsage
}

// behindClock is the machine's clock, d behind. Behind, not ahead: a
// message's date (the machine's time) then never lies in the program's
// past, where it would be taken as the moment a time in it was written.
type behindClock struct{ d time.Duration }

func (c behindClock) Now() time.Time                       { return time.Now().Add(-c.d) }
func (behindClock) After(d time.Duration) <-chan time.Time { return time.After(d) }
