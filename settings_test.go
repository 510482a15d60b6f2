package allaboard_test

import (
	"testing"
	"time"

	"allaboard"
)

func TestRemindersAtLocalTimesInTwoZones(t *testing.T) {
	for _, zone := range []string{"Europe/Berlin", "America/New_York"} {
		loc := mustZone(t, zone)
		s := allaboard.Settings{Zone: zone, Reminders: []time.Duration{24 * time.Hour, 2 * time.Hour}}
		start := time.Date(2026, 12, 5, 15, 0, 0, 0, loc)
		got := s.ReminderTimes(start)
		want := []time.Time{time.Date(2026, 12, 4, 15, 0, 0, 0, loc), time.Date(2026, 12, 5, 13, 0, 0, 0, loc)}
		if len(got) != 2 || !got[0].Equal(want[0]) || !got[1].Equal(want[1]) {
			t.Errorf("%s: reminders %v, want %v", zone, got, want)
		}
	}
}

func TestRemindersAcrossDaylightSaving(t *testing.T) {
	berlin := mustZone(t, "Europe/Berlin")
	s := allaboard.Settings{Zone: "Europe/Berlin", Reminders: []time.Duration{24 * time.Hour, 2 * time.Hour}}
	tests := []struct {
		name  string
		start time.Time
		want  []time.Time
	}{
		{"spring forward: a day before stays 10:00, though only 23 hours before",
			time.Date(2026, 3, 29, 10, 0, 0, 0, berlin),
			[]time.Time{time.Date(2026, 3, 28, 10, 0, 0, 0, berlin), time.Date(2026, 3, 29, 8, 0, 0, 0, berlin)}},
		{"fall back: a day before stays 10:00, though 25 hours before",
			time.Date(2026, 10, 25, 10, 0, 0, 0, berlin),
			[]time.Time{time.Date(2026, 10, 24, 10, 0, 0, 0, berlin), time.Date(2026, 10, 25, 8, 0, 0, 0, berlin)}},
		{"two hours before a 03:30 start that follows the gap is 00:30 (real hours)",
			time.Date(2026, 3, 29, 3, 30, 0, 0, berlin),
			[]time.Time{time.Date(2026, 3, 28, 3, 30, 0, 0, berlin), time.Date(2026, 3, 29, 0, 30, 0, 0, berlin)}},
	}
	for _, tc := range tests {
		got := s.ReminderTimes(tc.start)
		if len(got) != len(tc.want) {
			t.Errorf("%s: got %v", tc.name, got)
			continue
		}
		for i := range got {
			if !got[i].Equal(tc.want[i]) {
				t.Errorf("%s: reminder %d at %v, want %v", tc.name, i, got[i], tc.want[i])
			}
		}
	}
	if d := time.Date(2026, 3, 29, 10, 0, 0, 0, berlin).Sub(s.ReminderTimes(time.Date(2026, 3, 29, 10, 0, 0, 0, berlin))[0]); d != 23*time.Hour {
		t.Errorf("the day before across spring forward is %v before, want 23h", d)
	}
}

func TestRemindersKeepQuietHours(t *testing.T) {
	berlin := mustZone(t, "Europe/Berlin")
	quiet, err := allaboard.ParseQuiet("21:00-08:00")
	if err != nil {
		t.Fatal(err)
	}
	s := allaboard.Settings{Zone: "Europe/Berlin", Quiet: quiet}
	tests := []struct {
		name  string
		start time.Time
		lead  time.Duration
		want  time.Time
	}{
		{"in quiet hours, moved to their end when that is still before the event",
			time.Date(2026, 12, 5, 9, 0, 0, 0, berlin), 2 * time.Hour, time.Date(2026, 12, 5, 8, 0, 0, 0, berlin)},
		{"in quiet hours, and the event starts before they end: just before they begin",
			time.Date(2026, 12, 5, 7, 30, 0, 0, berlin), 2 * time.Hour, time.Date(2026, 12, 4, 20, 55, 0, 0, berlin)},
		{"late evening: just before they begin the same evening",
			time.Date(2026, 12, 5, 23, 30, 0, 0, berlin), 2 * time.Hour, time.Date(2026, 12, 5, 20, 55, 0, 0, berlin)},
		{"a day before at 06:00 moves to 08:00",
			time.Date(2026, 12, 5, 6, 0, 0, 0, berlin), 24 * time.Hour, time.Date(2026, 12, 4, 8, 0, 0, 0, berlin)},
		{"outside quiet hours, unchanged",
			time.Date(2026, 12, 5, 15, 0, 0, 0, berlin), 2 * time.Hour, time.Date(2026, 12, 5, 13, 0, 0, 0, berlin)},
	}
	for _, tc := range tests {
		if got := s.ReminderAt(tc.start, tc.lead); !got.Equal(tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestDueAndNextReminder(t *testing.T) {
	berlin := mustZone(t, "Europe/Berlin")
	s := allaboard.Settings{Zone: "Europe/Berlin", Reminders: []time.Duration{24 * time.Hour, 2 * time.Hour}}
	start := time.Date(2026, 12, 5, 15, 0, 0, 0, berlin)
	dayBefore, twoHours := time.Date(2026, 12, 4, 15, 0, 0, 0, berlin), time.Date(2026, 12, 5, 13, 0, 0, 0, berlin)
	if got := s.NextReminder(start, time.Time{}, dayBefore.Add(-time.Minute)); !got.Equal(dayBefore) {
		t.Errorf("next = %v, want the day before", got)
	}
	if got := s.NextReminder(start, dayBefore, dayBefore); !got.Equal(twoHours) {
		t.Errorf("next after the first = %v, want two hours before", got)
	}
	// After downtime past both, only the latest goes, once.
	if got := s.DueReminder(start, time.Time{}, twoHours.Add(time.Hour)); !got.Equal(twoHours) {
		t.Errorf("due after downtime = %v, want the two-hour one", got)
	}
	if got := s.DueReminder(start, twoHours, twoHours.Add(time.Hour)); !got.IsZero() {
		t.Errorf("due again after it was sent: %v", got)
	}
	if got := s.NextReminder(start, twoHours, twoHours.Add(time.Hour)); !got.IsZero() {
		t.Errorf("a reminder left after the last: %v", got)
	}
}

func TestParseRemindersAndZone(t *testing.T) {
	got, err := allaboard.ParseReminders("2h, 1d")
	if err != nil || allaboard.FormatReminders(got) != "1d,2h" {
		t.Errorf("ParseReminders(2h, 1d) = %v, %v; want 1d,2h", got, err)
	}
	if got, err := allaboard.ParseReminders("off"); err != nil || got != nil || allaboard.FormatReminders(got) != "off" {
		t.Errorf("ParseReminders(off) = %v, %v", got, err)
	}
	for _, tc := range []struct {
		in   string
		want allaboard.ProblemCode
	}{
		{"", allaboard.ProblemReminderLead},
		{"soon", allaboard.ProblemReminderLead},
		{"1x", allaboard.ProblemReminderLead},
		{"1.5d", allaboard.ProblemReminderLead},
		{"90s", allaboard.ProblemReminderTooClose},
		{"1h30s", allaboard.ProblemReminderLead}, // whole minutes only
		{"1m", allaboard.ProblemReminderTooClose},
		{"-2h", allaboard.ProblemReminderTooClose},
		{"60d", allaboard.ProblemReminderTooEarly},
		{"1d,1d", allaboard.ProblemReminderTwice},
		{"2h,120m", allaboard.ProblemReminderTwice},
		{"1d,2h,3h,4h,5h,6h", allaboard.ProblemTooManyReminders},
	} {
		_, err := allaboard.ParseReminders(tc.in)
		if got := badSetting(t, err); got != tc.want {
			t.Errorf("ParseReminders(%q): %s, want %s", tc.in, got, tc.want)
		}
	}
	if loc, err := allaboard.ParseZone("America/New_York"); err != nil || loc.String() != "America/New_York" {
		t.Errorf("ParseZone = %v, %v", loc, err)
	}
	for _, bad := range []string{"Mars/Olympus", "Local", "../../etc/passwd", "<b>"} {
		_, err := allaboard.ParseZone(bad)
		if got, want := badSetting(t, err), allaboard.ProblemZone; got != want {
			t.Errorf("ParseZone(%q): %s, want %s", bad, got, want)
		}
	}
}
