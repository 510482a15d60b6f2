package render

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/lang"
)

// Every problem the domain reports reads as a sentence, with what the user
// typed in it. The problems come from the real parsers, so that the
// catalogue and the values the domain carries cannot drift apart.
func TestProblemExplainsEveryCode(t *testing.T) {
	now := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	second := func(_ any, err error) error { return err }
	chase := func(s string, operator bool) error { _, _, err := allaboard.ParseChase(s, operator); return err }
	calendar := func(spec string) error { return second(allaboard.ParseCalendar(spec, time.UTC)) }
	event := func(title, where string) error {
		_, _, err := allaboard.NewEvent(-5, 1, allaboard.User{ID: 1}, title, now.Add(time.Hour), where, "", now)
		return err
	}
	const cron = ": give minute hour day-of-month month day-of-week, like 0 19 * * * (every day at 19:00)"
	covered := map[allaboard.ProblemCode]bool{}
	for _, tc := range []struct {
		err  error
		want string // plain text; Problem escapes it
	}{
		{second(allaboard.ParseZone("Mars/Olympus")), `"Mars/Olympus" is not a time zone; use a name like Europe/Berlin or America/New_York`},
		{second(allaboard.ParseQuiet("25:00-08:00")), "quiet hours look like 21:00-08:00, or off"},
		{chase("soon,1h", true), `"soon" is not a delay like 15m or 4h`},
		{chase("1h,15m", true), "delays must grow, 15m comes after 1h"},
		{chase("0,1m,2m,3m,4m,5m,6m,7m,8m,9m,10m,11m,12m,13m,14m,15m,16m,17m,18m,19m,20m", true), "at most 20 steps"},
		{chase("0,500ms", true), "the last delay repeats, so it must be at least 1s"},
		{chase("0,5m,9m", false), "reminders must be at least 5m apart, and 9m comes only 4m after 5m"},
		{chase("2m", false), "the last step repeats, so it must be at least 5m"},
		{second(allaboard.ParseReminders("1x")), `"1x" is not a time before the event like 1d, 2h or 30m (or off)`},
		{second(allaboard.ParseReminders("1m")), "1m is too close to the event; remind at least 5m before"},
		{second(allaboard.ParseReminders("90d")), "90d is too early; remind at most 30d before"},
		{second(allaboard.ParseReminders("2h,120m")), "2h is given twice"},
		{second(allaboard.ParseReminders("1d,2d,3d,4d,5d,6d")), "at most 5 reminders"},
		{calendar(" "), "a cron expression is missing" + cron},
		{calendar("0 19 * * 1 " + strings.Repeat("*", 100)), "that is too long for a cron expression" + cron},
		{calendar("CRON_TZ=UTC 0 19 * * *"), "leave out CRON_TZ= and TZ=: the digest follows the group's timezone setting (/settings timezone)"},
		{calendar("@every 1h"), "a digest follows the calendar, not an interval: instead of @every, give minute hour day-of-month month day-of-week, like 0 19 * * * (every day at 19:00)"},
		{calendar("garbage"), `can't read "garbage" (expected exactly 5 fields, found 1: [garbage])` + cron},
		{calendar("0 0 30 2 *"), `"0 0 30 2 *" never happens: no date matches it`},
		{calendar("*/30 * * * *"), `"*/30 * * * *" runs more than once an hour; a digest comes at most once an hour`},
		{chase("fast", false), `"fast" is not a pace: choose gentle, normal or urgent`},
		{event("Party", " "), "where can't be empty"},
		{event(strings.Repeat("x", 300), "Park"), "title has 300 characters, at most 200 fit"},
	} {
		var p allaboard.Problem
		if !errors.As(tc.err, &p) {
			t.Errorf("%v: not a Problem", tc.err)
			continue
		}
		covered[p.Code] = true
		if got := ProblemPlain(lang.English, tc.err); got != tc.want {
			t.Errorf("ProblemPlain(%s) = %q, want %q", p.Code, got, tc.want)
		}
		if got, want := Problem(lang.English, tc.err), Escape(tc.want); got != want {
			t.Errorf("Problem(%s) = %q, want %q", p.Code, got, want)
		}
	}
	for code := range problems {
		if !covered[code] {
			t.Errorf("no case for %s", code)
		}
	}
}

// What users typed can't become markup: it is shown as typed.
func TestProblemEscapesWhatWasTyped(t *testing.T) {
	_, err := allaboard.ParseZone("<b>x</b>")
	got := Problem(lang.English, err)
	if want := "&#34;&lt;b&gt;x&lt;/b&gt;&#34; is not a time zone"; !strings.HasPrefix(got, want) {
		t.Errorf("Problem = %q, want it to start %q", got, want)
	}
	if plain := ProblemPlain(lang.English, err); !strings.HasPrefix(plain, `"<b>x</b>" is not a time zone`) {
		t.Errorf("ProblemPlain = %q, want the zone as typed", plain)
	}
}

// Anything else gets a sentence that says no more than that the value was
// refused: its words are not for users.
func TestProblemOfAnythingElse(t *testing.T) {
	for _, err := range []error{
		errors.New("disk full"),
		fmt.Errorf("%w: something odd", allaboard.ErrBadSetting),
		allaboard.Problem{Code: "no-such-code", Args: []any{"x"}},
		nil,
	} {
		if got, want := ProblemPlain(lang.English, err), "that value can't be used"; got != want {
			t.Errorf("ProblemPlain(%v) = %q, want %q", err, got, want)
		}
		if got, want := Problem(lang.English, err), "that value can&#39;t be used"; got != want {
			t.Errorf("Problem(%v) = %q, want %q", err, got, want)
		}
	}
}
