package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/BurntSushi/toml"

	"allaboard/bot/lang"
)

// demoIn runs "allaboard demo -lang code" and returns its transcript.
func demoIn(t *testing.T, code string) string {
	t.Helper()
	var out, errs bytes.Buffer
	if exit := run(context.Background(), []string{"demo", "-lang", code}, func(string) string { return "" }, &out, &errs); exit != 0 {
		t.Fatalf("demo -lang %s exited %d: %s\n%s", code, exit, errs.String(), out.String())
	}
	return out.String()
}

// The demo tells the same story in each of its languages: it runs to the
// end, the same things happen at the same story times as in English (the
// golden file), the host's card ends with 9 of 10 confirmed in the
// language, and none of the demo's English words is left.
func TestDemoInEveryLanguage(t *testing.T) {
	golden, err := os.ReadFile(filepath.Join("testdata", "demo.golden"))
	if err != nil {
		t.Fatal(err)
	}
	english := englishDemoWords(t)
	want := storyTimes(string(golden))
	for _, l := range lang.All() {
		if l == lang.English {
			continue
		}
		t.Run(l.Code(), func(t *testing.T) {
			t.Parallel() // two bots in one process at once: nothing they share may race
			got := demoIn(t, l.Code())
			if times := storyTimes(got); strings.Join(times, " ") != strings.Join(want, " ") {
				t.Errorf("%d things happened, at other times than in English (%d): %s", len(times), len(want), firstDiff(strings.Join(want, "\n"), strings.Join(times, "\n"), 3))
			}
			if tally := l.N("tally_confirmed", 9, map[string]any{"Total": 10}); !strings.Contains(got, tally) {
				t.Errorf("the story doesn't end with %q", tally)
			}
			for _, w := range english {
				if strings.Contains(got, w) {
					t.Errorf("the %s demo says %q in English", l.Code(), w)
				}
			}
			if t.Failed() {
				t.Logf("transcript:\n%s", got)
			}
		})
	}
}

// storyTimes are the story times of what happens, one per thing, in order.
func storyTimes(transcript string) []string {
	return regexp.MustCompile(`(?m)^\d\d:\d\d:\d\d `).FindAllString(transcript, -1)
}

// englishDemoWords are the English demo_ messages' words between their
// placeholders: the narration and the story's texts, as the English demo
// prints them.
func englishDemoWords(t *testing.T) []string {
	t.Helper()
	var messages map[string]map[string]any
	if _, err := toml.DecodeFile(filepath.Join("..", "..", "bot", "lang", "locales", "en.toml"), &messages); err != nil {
		t.Fatal(err)
	}
	placeholder := regexp.MustCompile(`\{\{\s*\.\w+\s*\}\}`)
	var words []string
	for id, m := range messages {
		text, ok := m["other"].(string)
		if !strings.HasPrefix(id, "demo_") || !ok {
			continue
		}
		for _, part := range placeholder.Split(text, -1) {
			letters := 0
			for _, r := range part {
				if unicode.IsLetter(r) {
					letters++
				}
			}
			if letters >= 4 {
				words = append(words, part)
			}
		}
	}
	if len(words) < 20 {
		t.Fatalf("only %d English phrases of the demo in en.toml: %q", len(words), words)
	}
	return words
}

func TestDemoRefusesAnUnknownLanguage(t *testing.T) {
	var out, errs bytes.Buffer
	if exit := run(context.Background(), []string{"demo", "-lang", "xx"}, func(string) string { return "" }, &out, &errs); exit != 2 {
		t.Fatalf("demo -lang xx exited %d, want 2 (a wrong command line)", exit)
	}
	if out.Len() > 0 {
		t.Errorf("demo -lang xx told a story: %s", out.String())
	}
	for _, l := range lang.All() {
		if !strings.Contains(errs.String(), l.Code()) {
			t.Errorf("the refusal doesn't name %s: %q", l.Code(), errs.String())
		}
	}
	if !strings.Contains(errs.String(), `"xx"`) {
		t.Errorf("the refusal doesn't name what was typed: %q", errs.String())
	}
}
