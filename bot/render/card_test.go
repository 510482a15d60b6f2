package render

import (
	"testing"

	"allaboard"
)

func TestTallyLineLeavesZerosOutAndCountsUnseenMembers(t *testing.T) {
	for _, tc := range []struct {
		name string
		t    allaboard.Tally
		want string
	}{
		{"nobody answered", allaboard.Tally{Members: 9}, "✅ 0 of 9 confirmed"},
		{"some going", allaboard.Tally{Members: 9, Confirmed: 3, Going: 2}, "✅ 3 of 9 confirmed · 🎉 2 going"},
		{"every answer", allaboard.Tally{Members: 9, Confirmed: 9, Going: 2, Maybe: 1, CantGo: 3}, "✅ 9 of 9 confirmed · 🎉 2 going · 🤔 1 maybe · 🙁 3 can't"},
		{"unseen members", allaboard.Tally{Members: 7, Confirmed: 7, Unknown: 2, CantGo: 1}, "✅ 7 of 9 confirmed · 2 not yet reachable · 🙁 1 can't"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := TallyLine(tc.t); got != tc.want {
				t.Errorf("TallyLine = %q, want %q", got, tc.want)
			}
		})
	}
}
