package allaboard

import "testing"

func TestParseCronTurnsAPanicIntoAnError(t *testing.T) {
	// robfig/cron v3.0.1 panics on this; ParseCalendar never passes it on, but
	// a panic here would take the whole bot down with it.
	if _, err := parseCron("CRON_TZ="); err == nil {
		t.Error("parseCron(\"CRON_TZ=\") err = nil, want an error")
	}
}
