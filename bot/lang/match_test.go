package lang

import (
	"encoding/json"
	"testing"
	"unicode/utf8"
)

func TestMatchTelegramCodes(t *testing.T) {
	for _, tc := range []struct {
		code string
		want Lang
		ok   bool
	}{
		{"en", English, true},
		{"en-US", English, true},
		{"de", German, true},
		{"de-AT", German, true},
		{"de-CH", German, true},
		{"fr-CA", French, true},
		{"es-419", Spanish, true},
		{"it", Italian, true},
		{"pt-br", Portuguese, true},
		{"pt-BR", Portuguese, true},
		{"pt-PT", Portuguese, true},
		{"nl-BE", Dutch, true},
		{"ru", Russian, true},
		{"uk", Ukrainian, true},
		{"uk-UA", Ukrainian, true},
		{"zh-hans", 0, false},
		{"ka", 0, false},  // CLDR: Georgians read English
		{"be", 0, false},  // CLDR: Belarusians read Russian
		{"gsw", 0, false}, // CLDR: Swiss German readers read German
		{"ar", 0, false},
		{"ca", 0, false},
		{"no", 0, false},
		{"", 0, false},
		{"xx", 0, false},
		{"not a code", 0, false},
	} {
		t.Run(tc.code, func(t *testing.T) {
			got, ok := Match(tc.code)
			if got != tc.want || ok != tc.ok {
				t.Fatalf("Match(%q) = %v, %v; want %v, %v", tc.code, got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestMatchOrFallsBack(t *testing.T) {
	if got, want := MatchOr("zh-hans", German), German; got != want {
		t.Errorf("MatchOr(zh-hans, de) = %v, want %v", got, want)
	}
	if got, want := MatchOr("", English), English; got != want {
		t.Errorf("MatchOr(\"\", en) = %v, want %v", got, want)
	}
	if got, want := MatchOr("uk", German), Ukrainian; got != want {
		t.Errorf("MatchOr(uk, de) = %v, want %v", got, want)
	}
}

// A member types a code or a language's name after /language.
func TestParse(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Lang
		ok   bool
	}{
		{"de", German, true},
		{"DE", German, true},
		{"Deutsch", German, true},
		{" deutsch ", German, true},
		{"German", German, true},
		{"pt-br", Portuguese, true},
		{"Português", Portuguese, true},
		{"portugues", Portuguese, true},
		{"français", French, true},
		{"Español", Spanish, true},
		{"espanol", Spanish, true},
		{"italiano", Italian, true},
		{"NEDERLANDS", Dutch, true},
		{"русский", Russian, true},
		{"РУССКИЙ", Russian, true},
		{"Українська", Ukrainian, true},
		{"ua", Ukrainian, true},
		{"english", English, true},
		{"klingon", 0, false},
		{"", 0, false},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, ok := Parse(tc.in)
			if got != tc.want || ok != tc.ok {
				t.Fatalf("Parse(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
			}
		})
	}
}

// The constants, the table and the buttons agree.
func TestLanguages(t *testing.T) {
	want := []struct {
		l          Lang
		code, name string
	}{
		{English, "en", "English"},
		{German, "de", "Deutsch"},
		{French, "fr", "Français"},
		{Spanish, "es", "Español"},
		{Italian, "it", "Italiano"},
		{Portuguese, "pt", "Português"},
		{Dutch, "nl", "Nederlands"},
		{Russian, "ru", "Русский"},
		{Ukrainian, "uk", "Українська"},
	}
	all := All()
	if len(all) != len(want) {
		t.Fatalf("All() = %v, want %d languages", all, len(want))
	}
	for i, w := range want {
		if all[i] != w.l || w.l.Code() != w.code || w.l.Name() != w.name {
			t.Errorf("language %d: %v %q %q, want %v %q %q", i, all[i], w.l.Code(), w.l.Name(), w.l, w.code, w.name)
		}
		if n := utf8.RuneCountInString(w.l.Name()); n > 20 {
			t.Errorf("%s's button %q is %d characters, over 20 (three share a row)", w.code, w.l.Name(), n)
		}
		if got := Lang(0).Or(w.l); got != w.l {
			t.Errorf("no language.Or(%v) = %v", w.l, got)
		}
	}
}

// A stored choice reads back as itself, and a code from a newer version
// as no choice, not as an error that loses the whole record.
func TestStoredAsCode(t *testing.T) {
	type member struct{ Lang Lang }
	b, err := json.Marshal(member{Ukrainian})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"Lang":"uk"}`; got != want {
		t.Fatalf("stored %s, want %s", got, want)
	}
	for in, want := range map[string]Lang{`{"Lang":"uk"}`: Ukrainian, `{"Lang":"pl"}`: 0, `{"Lang":""}`: 0, `{}`: 0} {
		var m member
		if err := json.Unmarshal([]byte(in), &m); err != nil || m.Lang != want {
			t.Errorf("read %s as %v, %v; want %v", in, m.Lang, err, want)
		}
	}
	if got := Lang(0).Code(); got != "" {
		t.Errorf("no language's code is %q, want empty", got)
	}
	if got, want := Lang(0).Name(), "English"; got != want {
		t.Errorf("no language is written in %q, want %q", got, want)
	}
}
