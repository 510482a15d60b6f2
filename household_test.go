package allaboard_test

import (
	"testing"

	"allaboard"
)

// FuzzParseFamilyPress: forged button data is refused or names a group and
// a user; what is accepted encodes back to the same data, within 64 bytes.
func FuzzParseFamilyPress(f *testing.F) {
	for _, s := range []string{"h:-1001234567890:1234567890123:y", "h:-1:1:n", "h:1:1:y", "h:-1:0:y", "h:-1:1:x",
		"h:-1:1:yy", "h:-01:1:y", "h:-9223372036854775808:9223372036854775807:n", ":::", "h:-1:1:y:", "e:-1:1:1:a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, ok := allaboard.ParseFamilyPress(s)
		if !ok {
			return
		}
		if p.Group >= 0 || p.From <= 0 {
			t.Fatalf("ParseFamilyPress(%q) = %+v: not a group and a user", s, p)
		}
		back, ok := allaboard.ParseFamilyPress(p.Encode())
		if !ok || back != p || len(p.Encode()) > 64 {
			t.Fatalf("ParseFamilyPress(%q) = %+v, which encodes to %q, read back as %+v, %v", s, p, p.Encode(), back, ok)
		}
	})
}
