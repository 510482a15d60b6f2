package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestDemoTellsTheWholeStory(t *testing.T) {
	var out, errs bytes.Buffer
	if code := run(context.Background(), []string{"demo"}, func(string) string { return "" }, &out, &errs); code != 0 {
		t.Fatalf("demo exited %d: %s\n%s", code, errs.String(), out.String())
	}
	transcript := out.String()
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
