package wire_test

import (
	"strings"
	"testing"

	"allaboard/bot/wire"
)

// Button data and deep-link payloads come back from anyone: what the bot
// did not make is refused, and what it accepts encodes back to the same
// within Telegram's limits. The seeds run with every `go test`; `go test
// -fuzz FuzzParsePress ./bot/wire` (and the others) search further.

// FuzzParsePress: forged button data is refused or names a real action in
// a group; what is accepted encodes back to data that reads the same and
// fits Telegram's 64 bytes.
func FuzzParsePress(f *testing.F) {
	for _, s := range []string{"e:-1001234567890:12:3:a", "e:-1:1:1:g", "e:1:1:1:a", "e:-1:0:1:a", "e:-1:1:1:x",
		"e:-1:1:1:ab", "e:-01:1:1:n", "e:-1001234567890:12:3:c", "e:-9223372036854775808:2147483647:1:m", ":::::", "e:-1:1:1:a:"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, ok := wire.ParsePress(s)
		if !ok {
			if p != (wire.PressData{}) {
				t.Fatalf("ParsePress(%q) refused yet returned %+v", s, p)
			}
			return
		}
		if p.Group >= 0 || p.Event < 1 || p.Rev < 1 || !strings.ContainsRune("agmnc", rune(p.Act)) {
			t.Fatalf("ParsePress(%q) accepted %+v", s, p)
		}
		enc := p.Encode()
		if len(enc) > 64 {
			t.Fatalf("%+v encodes to %d bytes, over Telegram's 64", p, len(enc))
		}
		if back, ok := wire.ParsePress(enc); !ok || back != p {
			t.Fatalf("%+v encodes to %q, which reads %+v, %v", p, enc, back, ok)
		}
	})
}

// FuzzEventPayload: a deep link's payload is refused or names an event in a
// group, and encodes back within Telegram's 64 characters of [A-Za-z0-9_-].
func FuzzEventPayload(f *testing.F) {
	for _, s := range []string{"e-1001234567890_12", "e-1_1", "e1_1", "e-1_0", "-1_1", "e_", "e-1_1_1", "e--1_1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		group, event, ok := wire.ParseEventPayload(s)
		if !ok {
			return
		}
		if group >= 0 || event < 1 {
			t.Fatalf("ParseEventPayload(%q) accepted group %d, event %d", s, group, event)
		}
		enc := wire.EventPayload(group, event)
		if len(enc) > 64 || strings.ContainsFunc(enc, func(r rune) bool {
			return !(r == '_' || r == '-' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
		}) {
			t.Fatalf("payload %q is not one Telegram's /start accepts", enc)
		}
		if g, e, ok := wire.ParseEventPayload(enc); !ok || g != group || e != event {
			t.Fatalf("payload %q reads %d, %d, %v; want %d, %d", enc, g, e, ok, group, event)
		}
	})
}

// FuzzParseFamilyPress: forged button data is refused or names a group and
// a user; what is accepted encodes back to the same data, within 64 bytes.
func FuzzParseFamilyPress(f *testing.F) {
	for _, s := range []string{"h:-1001234567890:1234567890123:y", "h:-1:1:n", "h:1:1:y", "h:-1:0:y", "h:-1:1:x",
		"h:-1:1:yy", "h:-01:1:y", "h:-9223372036854775808:9223372036854775807:n", ":::", "h:-1:1:y:", "e:-1:1:1:a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, ok := wire.ParseFamilyPress(s)
		if !ok {
			return
		}
		if p.Group >= 0 || p.From <= 0 {
			t.Fatalf("ParseFamilyPress(%q) = %+v: not a group and a user", s, p)
		}
		back, ok := wire.ParseFamilyPress(p.Encode())
		if !ok || back != p || len(p.Encode()) > 64 {
			t.Fatalf("ParseFamilyPress(%q) = %+v, which encodes to %q, read back as %+v, %v", s, p, p.Encode(), back, ok)
		}
	})
}

// FuzzParseBringPress: forged sign-up list data is refused or names an item
// (or all of the sender's) of an event in a group, with an action; what is
// accepted encodes back to the same, within 64 bytes.
func FuzzParseBringPress(f *testing.F) {
	for _, s := range []string{"b:-1001234567890:12:3:2:c", "b:-1:1:1:1:r", "b:-1:1:0:1:y", "b:-1:1:0:1:x", "b:-1:1:0:1:c",
		"b:-1:1:1:1:y", "b:1:1:1:1:c", "b:-1:0:1:1:c", "b:-1:1:1:0:c", "b:-1:1:1:1:z", "b:-1:1:01:1:c", "b:-1:1:+1:1:c",
		"b:-9223372036854775808:2147483647:2147483647:2147483647:c", "::::::", "b:-1:1:1:1:c:"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, ok := wire.ParseBringPress(s)
		if !ok {
			if p != (wire.BringPress{}) {
				t.Fatalf("ParseBringPress(%q) refused yet returned %+v", s, p)
			}
			return
		}
		perItem := p.Act == wire.BringClaim || p.Act == wire.BringRelease
		if p.Group >= 0 || p.Event < 1 || p.Rev < 1 || !strings.ContainsRune("crxy", rune(p.Act)) || perItem != (p.Item > 0) {
			t.Fatalf("ParseBringPress(%q) accepted %+v", s, p)
		}
		enc := p.Encode()
		if len(enc) > 64 {
			t.Fatalf("%+v encodes to %d bytes, over Telegram's 64", p, len(enc))
		}
		if back, ok := wire.ParseBringPress(enc); !ok || back != p {
			t.Fatalf("%+v encodes to %q, which reads %+v, %v", p, enc, back, ok)
		}
	})
}

// FuzzBringPayload: the sign-up list's deep link is refused or names an
// event in a group, and encodes back within Telegram's 64 characters.
func FuzzBringPayload(f *testing.F) {
	for _, s := range []string{"b-1001234567890_12", "b-1_1", "b1_1", "b-1_0", "b-1_01", "b_", "b-1_1_1", "e-1_1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		group, event, ok := wire.ParseBringPayload(s)
		if !ok {
			return
		}
		if group >= 0 || event < 1 || wire.BringPayload(group, event) != s || len(s) > 64 {
			t.Fatalf("ParseBringPayload(%q) accepted %d, %d", s, group, event)
		}
	})
}

// FuzzParseScopePress: forged data is refused or names a group's event;
// what is accepted encodes back to the same data, within 64 bytes.
func FuzzParseScopePress(f *testing.F) {
	for _, s := range []string{"r:-1001234567890:12:o", "r:-1:1:a", "r:1:1:o", "r:-1:0:a", "r:-1:1:x", "r:-01:1:o",
		"r:-9223372036854775808:2147483647:a", ":::", "r:-1:1:o:", "r:-1:+1:o"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, ok := wire.ParseScopePress(s)
		if !ok {
			return
		}
		if p.Group >= 0 || p.Event <= 0 || p.Encode() != s || len(s) > 64 {
			t.Fatalf("ParseScopePress(%q) = %+v, encoded %q", s, p, p.Encode())
		}
	})
}
