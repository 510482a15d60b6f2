package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/demo.golden from the demo")

// demo runs "allaboard demo" and returns its transcript.
func demo(t *testing.T) string {
	t.Helper()
	var out, errs bytes.Buffer
	if code := run(context.Background(), []string{"demo"}, func(string) string { return "" }, &out, &errs); code != 0 {
		t.Fatalf("demo exited %d: %s\n%s", code, errs.String(), out.String())
	}
	return out.String()
}

func TestDemoTellsTheWholeStory(t *testing.T) {
	transcript := demo(t)
	for _, want := range []string{
		"[Class 2b parents] Hanna: /event Mia's 7th birthday",
		"[Class 2b parents] Emil taps “✅ Got it”",
		"CET",            // the group's clock, not UTC
		"Welcome, Nina",  // the late joiner is caught up
		"Sat ", "→ Sun ", // moved from Saturday to Sunday
		"→ Trampoline Hall", // the place changed
		"Nina taps “✅ Got it”",
		"Otto hasn't confirmed Mia's 7th birthday (#1) — please contact them personally",
		"CANCELLED",
		"Hanna's status card",
		"9 of 10 confirmed",
	} {
		if !strings.Contains(transcript, want) {
			t.Errorf("the transcript lacks %q", want)
		}
	}
	if t.Failed() {
		t.Logf("transcript:\n%s", transcript)
	}
}

// The demo's transcript is what users read, step by step, and it comes out
// the same on every run: testdata/demo.golden holds it, and any difference
// is a change users would see. After changing the story or the bot's words
// on purpose, write it anew and read the diff before committing:
//
//	go test ./cmd/allaboard -run TestDemo -update
func TestDemoMatchesGolden(t *testing.T) {
	got := demo(t)
	path := filepath.Join("testdata", "demo.golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (write it with -update)", err)
	}
	if got != string(want) {
		t.Fatalf("the demo's transcript differs from %s (if on purpose, run go test ./cmd/allaboard -run TestDemo -update):\n%s", path, firstDiff(string(want), got, 5))
	}
}

// firstDiff shows where two texts first differ, line by line: a few lines
// of context, then up to n lines of each side from there.
func firstDiff(want, got string, n int) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	var b strings.Builder
	for _, l := range w[max(0, i-3):i] {
		b.WriteString("    " + l + "\n")
	}
	for _, side := range []struct {
		mark  string
		lines []string
	}{{"- ", w}, {"+ ", g}} {
		for j := i; j < len(side.lines) && j < i+n; j++ {
			b.WriteString(side.mark + side.lines[j] + "\n")
		}
	}
	return fmt.Sprintf("first difference at line %d of %d golden and %d now (- golden, + now):\n%s", i+1, len(w), len(g), b.String())
}
