package allaboard_test

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"allaboard"
)

// badSetting is the code of err, which must be a Problem with a setting.
func badSetting(tb testing.TB, err error) allaboard.ProblemCode {
	tb.Helper()
	if !errors.Is(err, allaboard.ErrBadSetting) {
		tb.Errorf("err = %v, want ErrBadSetting", err)
	}
	var p allaboard.Problem
	if !errors.As(err, &p) {
		tb.Errorf("err = %v, want a Problem", err)
	}
	return p.Code
}

// A problem carries the values its explanation shows, as the user would
// type them: bot/render puts them into words.
func TestProblemsCarryTheirValues(t *testing.T) {
	now := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	event := func(title, where string) error {
		_, _, err := allaboard.NewEvent(-5, 1, allaboard.User{ID: 1}, title, now.Add(time.Hour), where, "", now)
		return err
	}
	second := func(_ any, err error) error { return err }
	for _, tc := range []struct {
		name string
		err  error
		kind error
		want allaboard.Problem
	}{
		{"zone as typed, clipped", second(allaboard.ParseZone(strings.Repeat("z", 50))), allaboard.ErrBadSetting,
			allaboard.Problem{Code: allaboard.ProblemZone, Args: []any{strings.Repeat("z", 40) + "…"}}},
		{"delays that don't grow", second(allaboard.ParseSchedule("0,1h,15m")), allaboard.ErrBadSetting,
			allaboard.Problem{Code: allaboard.ProblemDelaysGrow, Args: []any{"15m", "1h"}}},
		{"the most steps", second(allaboard.ParseSchedule(manySteps(21))), allaboard.ErrBadSetting,
			allaboard.Problem{Code: allaboard.ProblemTooManySteps, Args: []any{20}}},
		{"steps too close", second(allaboard.ParseGroupSchedule("0,5m,9m")), allaboard.ErrBadSetting,
			allaboard.Problem{Code: allaboard.ProblemStepsTooClose, Args: []any{"5m", "9m", "4m", "5m"}}},
		{"last step", second(allaboard.ParseGroupSchedule("2m")), allaboard.ErrBadSetting,
			allaboard.Problem{Code: allaboard.ProblemLastStep, Args: []any{"5m"}}},
		{"lead too early", second(allaboard.ParseReminders("2h,31d")), allaboard.ErrBadSetting,
			allaboard.Problem{Code: allaboard.ProblemReminderTooEarly, Args: []any{"31d", "30d"}}},
		{"lead twice", second(allaboard.ParseReminders("1d,24h")), allaboard.ErrBadSetting,
			allaboard.Problem{Code: allaboard.ProblemReminderTwice, Args: []any{"1d"}}},
		{"too many reminders", second(allaboard.ParseReminders("1d,2d,3d,4d,5d,6d")), allaboard.ErrBadSetting,
			allaboard.Problem{Code: allaboard.ProblemTooManyReminders, Args: []any{5}}},
		{"empty place", event("Party", " "), allaboard.ErrEmpty,
			allaboard.Problem{Code: allaboard.ProblemFieldEmpty, Args: []any{allaboard.FieldWhere}}},
		{"long title", event(strings.Repeat("é", 201), "Park"), allaboard.ErrTooLong,
			allaboard.Problem{Code: allaboard.ProblemFieldTooLong, Args: []any{allaboard.FieldTitle, 201, allaboard.MaxTitle}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var p allaboard.Problem
			if !errors.As(tc.err, &p) {
				t.Fatalf("err = %v, want a Problem", tc.err)
			}
			if !reflect.DeepEqual(p, tc.want) {
				t.Errorf("problem = %#v, want %#v", p, tc.want)
			}
			if !errors.Is(tc.err, tc.kind) {
				t.Errorf("errors.Is(%v, %v) = false", tc.err, tc.kind)
			}
		})
	}
}

// Callers branch on the kind of a problem, however deeply it is wrapped,
// and logs get the code and the values.
func TestProblemIsItsKind(t *testing.T) {
	for _, tc := range []struct {
		p    allaboard.Problem
		kind error
		line string
	}{
		{allaboard.Problem{Code: allaboard.ProblemZone, Args: []any{"Mars/Olympus"}}, allaboard.ErrBadSetting,
			`bad setting: zone "Mars/Olympus"`},
		{allaboard.Problem{Code: allaboard.ProblemCalendarMissing}, allaboard.ErrBadSetting, `bad setting: calendar-missing`},
		{allaboard.Problem{Code: allaboard.ProblemFieldEmpty, Args: []any{allaboard.FieldTitle}}, allaboard.ErrEmpty,
			`empty: field-empty title`},
		{allaboard.Problem{Code: allaboard.ProblemFieldTooLong, Args: []any{allaboard.FieldNotes, 5000, 4096}}, allaboard.ErrTooLong,
			`too long: field-too-long notes 5000 4096`},
	} {
		err := fmt.Errorf("digest of -5: %w", tc.p)
		if got, want := err.Error(), "digest of -5: "+tc.line; got != want {
			t.Errorf("Error() = %q, want %q", got, want)
		}
		for _, kind := range []error{allaboard.ErrBadSetting, allaboard.ErrEmpty, allaboard.ErrTooLong, allaboard.ErrNotFound} {
			if got, want := errors.Is(err, kind), kind == tc.kind; got != want {
				t.Errorf("errors.Is(%s, %v) = %v, want %v", tc.p.Code, kind, got, want)
			}
		}
	}
}
