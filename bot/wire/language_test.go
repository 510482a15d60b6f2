package wire

import "testing"

func TestLanguagePressRoundTrip(t *testing.T) {
	for _, p := range []LanguagePress{{Code: "de"}, {Group: -1001234567890, Code: "uk"}, {Group: -100}} {
		got, ok := ParseLanguagePress(p.Encode())
		if !ok || got != p || len(p.Encode()) > 64 {
			t.Errorf("%+v: encoded %q, read back %+v %v", p, p.Encode(), got, ok)
		}
	}
	for _, forged := range []string{"lg:", "lg", "lg:1:de", "lg:x:de", "lg:-1:de:x", "l:de", "lg:toolongcode"} {
		if p, ok := ParseLanguagePress(forged); ok {
			t.Errorf("%q read as %+v", forged, p)
		}
	}
}

func FuzzParseLanguagePress(f *testing.F) {
	f.Add("lg:de")
	f.Add("lg:-100:uk")
	f.Add("lg:-100:")
	f.Fuzz(func(t *testing.T, s string) {
		if p, ok := ParseLanguagePress(s); ok {
			if again, ok := ParseLanguagePress(p.Encode()); !ok || again != p {
				t.Errorf("%q → %+v does not round-trip", s, p)
			}
		}
	})
}
