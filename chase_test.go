package allaboard_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"allaboard"
)

func mustZone(tb testing.TB, name string) *time.Location {
	tb.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		tb.Fatal(err)
	}
	return loc
}

func TestPolicyDue(t *testing.T) {
	berlin := mustZone(t, "Europe/Berlin")
	rev := time.Date(2026, 11, 24, 10, 0, 0, 0, berlin)
	p := allaboard.DefaultPolicy
	tests := []struct {
		n    int
		want time.Time
	}{
		{1, rev},
		{2, rev.Add(15 * time.Minute)},
		{3, rev.Add(time.Hour)},
		{4, rev.Add(4 * time.Hour)},
		{5, rev.Add(24 * time.Hour)},
		{6, rev.Add(48 * time.Hour)}, // the last step repeats
	}
	for _, tt := range tests {
		if got := p.Due(rev, rev.AddDate(1, 0, 0), tt.n, berlin); !got.Equal(tt.want) {
			t.Errorf("reminder %d due %v, want %v", tt.n, got, tt.want)
		}
	}
}

func TestQuietHoursMoveRemindersToTheMorning(t *testing.T) {
	berlin := mustZone(t, "Europe/Berlin")
	q := allaboard.DefaultPolicy.Quiet
	tests := []struct {
		name     string
		at, want time.Time
	}{
		{"evening", time.Date(2026, 11, 24, 22, 30, 0, 0, berlin), time.Date(2026, 11, 25, 8, 0, 0, 0, berlin)},
		{"after midnight", time.Date(2026, 11, 25, 3, 0, 0, 0, berlin), time.Date(2026, 11, 25, 8, 0, 0, 0, berlin)},
		{"at the start", time.Date(2026, 11, 24, 21, 0, 0, 0, berlin), time.Date(2026, 11, 25, 8, 0, 0, 0, berlin)},
		{"at the end", time.Date(2026, 11, 25, 8, 0, 0, 0, berlin), time.Date(2026, 11, 25, 8, 0, 0, 0, berlin)},
		{"daytime", time.Date(2026, 11, 24, 14, 0, 0, 0, berlin), time.Date(2026, 11, 24, 14, 0, 0, 0, berlin)},
		{"across the spring DST change", time.Date(2027, 3, 27, 23, 0, 0, 0, berlin), time.Date(2027, 3, 28, 8, 0, 0, 0, berlin)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := q.After(tt.at, berlin); !got.Equal(tt.want) {
				t.Fatalf("After(%v) = %v, want %v", tt.at, got, tt.want)
			}
		})
	}
	// The same instant is quiet in one zone and not in another.
	ny := mustZone(t, "America/New_York")
	instant := time.Date(2026, 11, 24, 22, 30, 0, 0, berlin) // 16:30 in New York
	if got := q.After(instant, ny); !got.Equal(instant) {
		t.Fatalf("16:30 in New York moved to %v", got)
	}
}

func TestParseQuietAndSchedule(t *testing.T) {
	for _, bad := range []string{"", "21-8", "25:00-08:00", "21:00", "tonight"} {
		_, err := allaboard.ParseQuiet(bad)
		if got, want := badSetting(t, err), allaboard.ProblemQuiet; got != want {
			t.Errorf("ParseQuiet(%q): %s, want %s", bad, got, want)
		}
	}
	q, err := allaboard.ParseQuiet(" 22:30-07:15 ")
	if err != nil || q.String() != "22:30-07:15" {
		t.Fatalf("ParseQuiet = %v, %v", q, err)
	}
	if q, err := allaboard.ParseQuiet("off"); err != nil || !q.Off() {
		t.Fatalf("off = %v, %v", q, err)
	}
	for _, tc := range []struct {
		in   string
		want allaboard.ProblemCode
	}{
		{"", allaboard.ProblemDelay},
		{"0,,1h", allaboard.ProblemDelay},
		{"-5m", allaboard.ProblemDelay},
		{"soon", allaboard.ProblemDelay},
		{"1h,15m", allaboard.ProblemDelaysGrow},
		{"0,1h,1h", allaboard.ProblemDelaysGrow},
		{"0,500ms", allaboard.ProblemLastDelay},
		{manySteps(21), allaboard.ProblemTooManySteps},
	} {
		_, err := allaboard.ParseSchedule(tc.in)
		if got := badSetting(t, err); got != tc.want {
			t.Errorf("ParseSchedule(%q): %s, want %s", tc.in, got, tc.want)
		}
	}
	if _, err := allaboard.ParseSchedule(manySteps(20)); err != nil {
		t.Errorf("20 steps: %v", err)
	}
	s, err := allaboard.ParseSchedule("0, 15m,1h,4h,24h")
	if err != nil || allaboard.FormatSchedule(s) != "0,15m,1h,4h,24h" {
		t.Fatalf("ParseSchedule = %v, %v", s, err)
	}
}

func TestPingedCountsAndRestartStartsAfresh(t *testing.T) {
	now := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	var r allaboard.Response
	r.Restart(now, now)
	for i := 1; i <= 3; i++ {
		r.Pinged(now, allaboard.ViaDM)
		if !r.Due.IsZero() {
			t.Errorf("ping %d: still due at %v; Policy.Next sets the next", i, r.Due)
		}
		r.Due = now.Add(time.Hour)
	}
	if r.Pings != 3 || r.LastVia != allaboard.ViaDM {
		t.Errorf("after three pings: %+v", r)
	}
	r.HandedOff, r.HandOffAt, r.ToldBy = true, now, 7
	r.Restart(now, now)
	if r.Pings != 0 || r.HandedOff || !r.HandOffAt.IsZero() || r.ToldBy != 0 || !r.Due.Equal(now) {
		t.Errorf("a new chase must start afresh: %+v", r)
	}
}

func TestGroupScheduleKeepsRemindersApart(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want allaboard.ProblemCode // "": accepted
	}{
		{"0,15m,1h,4h,24h", ""},
		{"0,5m", ""},
		{"0", ""},
		{"10m", ""},
		{"0,1s", allaboard.ProblemStepsTooClose},
		{"0,5m,9m", allaboard.ProblemStepsTooClose},
		{"0,4m59s", allaboard.ProblemStepsTooClose},
		{"1m", allaboard.ProblemLastStep},
		{"0,1s,2s", allaboard.ProblemStepsTooClose},
		{"soon", allaboard.ProblemDelay}, // ParseSchedule's problems come first
	} {
		_, err := allaboard.ParseGroupSchedule(tc.in)
		if tc.want == "" {
			if err != nil {
				t.Errorf("ParseGroupSchedule(%q): %v", tc.in, err)
			}
			continue
		}
		if got := badSetting(t, err); got != tc.want {
			t.Errorf("ParseGroupSchedule(%q): %s, want %s", tc.in, got, tc.want)
		}
	}
	// The operator's flag may still set short steps, as the tests do.
	if _, err := allaboard.ParseSchedule("0,1s"); err != nil {
		t.Errorf("ParseSchedule(\"0,1s\"): %v", err)
	}
}

// manySteps is a valid schedule of n steps a minute apart.
func manySteps(n int) string {
	steps := make([]string, n)
	for i := range steps {
		steps[i] = fmt.Sprintf("%dm", i)
	}
	return strings.Join(steps, ",")
}
