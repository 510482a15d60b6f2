package wire_test

import (
	"strings"
	"testing"

	"allaboard/bot/wire"
)

// startable reports whether s is a payload Telegram's /start passes on.
func startable(s string) bool {
	return len(s) <= 64 && !strings.ContainsFunc(s, func(r rune) bool {
		return !(r == '_' || r == '-' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
	})
}

// FuzzListPayload: a list's payload is refused or names a group, and is
// exactly what ListPayload makes of it.
func FuzzListPayload(f *testing.F) {
	for _, s := range []string{"l-1001234567890", "l-1", "l1", "l-0", "l--1", "l-01", "l", "l-9223372036854775808", "e-1_1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		group, ok := wire.ParseListPayload(s)
		if !ok {
			return
		}
		if group >= 0 || wire.ListPayload(group) != s || !startable(s) {
			t.Fatalf("ParseListPayload(%q) accepted group %d", s, group)
		}
	})
}

// FuzzCountsPayload: an event's standing's payload is refused or names an
// event in a group, and is exactly what CountsPayload makes of it.
func FuzzCountsPayload(f *testing.F) {
	for _, s := range []string{"s-1001234567890_12", "s-1_1", "s1_1", "s-1_0", "s-1_01", "s-1_", "s_1", "s-1_1_1", "e-1_1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		group, event, ok := wire.ParseCountsPayload(s)
		if !ok {
			return
		}
		if group >= 0 || event < 1 || wire.CountsPayload(group, event) != s || !startable(s) {
			t.Fatalf("ParseCountsPayload(%q) accepted group %d, event %d", s, group, event)
		}
	})
}

// FuzzParsePassOnPress: a pass-on button's data is refused or names a
// message and an offered event, exactly as PassOnPress makes it, within 64
// bytes.
func FuzzParsePassOnPress(f *testing.F) {
	for _, s := range []string{"p:1:0", "p:18446744073709551615:2", "p:0:0", "p:1:-1", "p:01:0", "p:1:00", "p:1", "p:1:0:0", "p:x:0", "e:-1:1:1:a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, i, ok := wire.ParsePassOnPress(s)
		if !ok {
			if id != 0 || i != 0 {
				t.Fatalf("ParsePassOnPress(%q) refused yet returned %d, %d", s, id, i)
			}
			return
		}
		if id == 0 || i < 0 || wire.PassOnPress(id, i) != s || len(s) > 64 || !wire.IsPassOnPress(s) {
			t.Fatalf("ParsePassOnPress(%q) accepted %d, %d", s, id, i)
		}
	})
}

func TestPrivatePayloadsRoundTrip(t *testing.T) {
	for _, group := range []int64{-1001234567890, -42} {
		if got, ok := wire.ParseListPayload(wire.ListPayload(group)); !ok || got != group {
			t.Errorf("the list payload of %d reads %d, %v", group, got, ok)
		}
		if g, e, ok := wire.ParseCountsPayload(wire.CountsPayload(group, 12)); !ok || g != group || e != 12 {
			t.Errorf("the counts payload of %d reads %d, %d, %v", group, g, e, ok)
		}
	}
	if id, i, ok := wire.ParsePassOnPress(wire.PassOnPress(1<<63, 2)); !ok || id != 1<<63 || i != 2 {
		t.Errorf("a pass-on press reads %d, %d, %v", id, i, ok)
	}
}
