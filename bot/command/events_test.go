package command

import (
	"slices"
	"testing"

	"allaboard"
	"allaboard/bot/notice"
)

// /edit's arguments: the event's number unless the first word names a field
// or is "guests", "pace" or "chase"; the changes as typed (Events.Change
// reads them in the group's zone), whom the event is for, or its pace as
// typed (Chase.SetPace reads it). What can't be read is answered with the
// reply /edit gave before it was read here, in the same order.
func TestParseChange(t *testing.T) {
	for _, tc := range []struct {
		args      string
		num       int
		changes   string
		guests    bool
		usernames []string
		pace      string // the pace as typed, with "pace:" before it
		refusal   string // the notice's kind, "" if read
		typed     string // the notice's "typed" value
	}{
		{args: "1 where Beach", num: 1, changes: " where Beach"},
		{args: "#3 when Sun 14:00 venue Café", num: 3, changes: " when Sun 14:00 venue Café"},
		{args: "where Lake", changes: "where Lake"},
		{args: "When tmrw 3pm", changes: "When tmrw 3pm"},
		{args: "2 place Lake\ntitle Swim", num: 2, changes: " place Lake\ntitle Swim"},
		{args: "2\nwhere Lake", num: 2, changes: "\nwhere Lake"},
		{args: "notes -", changes: "notes -"},
		{args: "1 guests @ann @ben", num: 1, guests: true, usernames: []string{"ann", "ben"}},
		{args: "guests @ann", guests: true, usernames: []string{"ann"}},
		{args: "1 guests all", num: 1, guests: true},
		{args: "GUESTS All", guests: true},
		{args: "1 pace urgent", num: 1, pace: "pace:urgent"},
		{args: "#2 Chase gentle", num: 2, pace: "pace:gentle"},
		{args: "pace  group ", pace: "pace:group"},
		{args: "3 pace", num: 3, pace: "pace:"},
		{args: "1 where Chase Park", num: 1, changes: " where Chase Park"},

		{args: "", refusal: notice.EditUsage},
		{args: "1", refusal: notice.EditUsage},
		{args: "x", refusal: notice.EditUsage},
		{args: "1 | \n", refusal: notice.EditUsage},
		{args: "x where Beach", refusal: notice.BadEventNum, typed: "x"},
		{args: "0 where Beach", refusal: notice.BadEventNum, typed: "0"},
		{args: "-1 where Beach", refusal: notice.BadEventNum, typed: "-1"},
		{args: "1 colour red", refusal: notice.EditField, typed: "colour"},
		{args: "x colour red", refusal: notice.EditField, typed: "colour"},
		{args: "1 | colour red", refusal: notice.EditField, typed: "colour"},
		{args: "1 guests", refusal: notice.GuestsUsage},
		{args: "x guests", refusal: notice.GuestsUsage},
		{args: "x guests @ann", refusal: notice.BadEventNum, typed: "x"},
		{args: "1 guests @ann ben", refusal: notice.GuestsNotKnown, typed: "ben"},
		{args: "1 guests @", refusal: notice.GuestsNotKnown, typed: "@"},
		{args: "1 guests all @ann", refusal: notice.GuestsNotKnown, typed: "all"},
		{args: "x pace urgent", refusal: notice.BadEventNum, typed: "x"},
	} {
		c, refusal := parseChange(tc.args)
		pace := ""
		if c.pace {
			pace = "pace:" + c.paceValue
		}
		if !refusedAs(t, tc.args, refusal, tc.refusal, tc.typed) &&
			(c.num != tc.num || c.changes != tc.changes || c.guests != tc.guests || !slices.Equal(c.usernames, tc.usernames) || pace != tc.pace) {
			t.Errorf("%q: read %+v, want #%d %q guests %v %q %q", tc.args, c, tc.num, tc.changes, tc.guests, tc.usernames, tc.pace)
		}
	}
}

// /cohost [n] [remove] @name.
func TestParseCoHost(t *testing.T) {
	for _, tc := range []struct {
		args     string
		want     coHostArgs
		refusal  string
		typedNum string
	}{
		{args: "1 @cem", want: coHostArgs{num: 1, username: "cem"}},
		{args: "@Ann", want: coHostArgs{username: "Ann"}},
		{args: "#2 remove @ann", want: coHostArgs{num: 2, remove: true, username: "ann"}},
		{args: " Remove   @ann ", want: coHostArgs{remove: true, username: "ann"}},

		{args: "", refusal: notice.CoHostUsage},
		{args: "1", refusal: notice.CoHostUsage},
		{args: "1 ann", refusal: notice.CoHostUsage},
		{args: "1 @", refusal: notice.CoHostUsage},
		{args: "1 @ann @ben", refusal: notice.CoHostUsage},
		{args: "x @ann", refusal: notice.CoHostUsage},
		{args: "remove", refusal: notice.CoHostUsage},
		{args: "0 @ann", refusal: notice.BadEventNum, typedNum: "0"},
		{args: "-2 remove @ann", refusal: notice.BadEventNum, typedNum: "-2"},
	} {
		c, refusal := parseCoHost(tc.args)
		if !refusedAs(t, tc.args, refusal, tc.refusal, tc.typedNum) && c != tc.want {
			t.Errorf("%q: read %+v, want %+v", tc.args, c, tc.want)
		}
	}
}

// refusedAs reports whether reading args was refused, or was meant to be
// (kind is not ""), failing t unless it was refused with a notice of that
// kind and typed value.
func refusedAs(t *testing.T, args string, got *allaboard.Notice, kind, typed string) bool {
	t.Helper()
	switch {
	case kind == "" && got != nil:
		t.Errorf("%q: refused with %+v", args, got)
	case kind != "" && (got == nil || got.Kind != kind || got.Value("typed") != typed):
		t.Errorf("%q: refused with %+v, want %s typed %q", args, got, kind, typed)
	}
	return kind != "" || got != nil
}
