package allaboard_test

import (
	"slices"
	"testing"
	"time"

	"allaboard"
)

func TestSplitSentence(t *testing.T) {
	now := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	reads := func(s string) bool {
		_, err := allaboard.ReadWhen(s, now, time.UTC, allaboard.ReadOpts{})
		return err == nil
	}
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Mia's party on Saturday 3pm at Jump House", []string{"Mia's party", "Saturday 3pm", "Jump House"}},
		{"Picnic tomorrow 11:00 in the park", []string{"Picnic", "tomorrow 11:00", "the park"}},
		{"Kinderfest am Samstag 15 Uhr im Garten", []string{"Kinderfest", "Samstag 15 Uhr", "Garten"}},
		{"Mia's party tomorrow at 3", nil},            // no place
		{"Saturday 3pm at Jump House", nil},           // no title
		{"Mia's party at Jump House", nil},            // no time
		{"Mia's party | Sat 15:00 | Jump House", nil}, // separators: not a sentence
	} {
		if got := allaboard.SplitSentence(tc.in, reads); !slices.Equal(got, tc.want) {
			t.Errorf("SplitSentence(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
