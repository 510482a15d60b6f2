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
		"Otto hasn't confirmed Mia's 7th birthday (#1) — please contact them personally",
		"Hanna's status card",
		"8 of 9 confirmed",
	} {
		if !strings.Contains(transcript, want) {
			t.Errorf("the transcript lacks %q", want)
		}
	}
	if t.Failed() {
		t.Logf("transcript:\n%s", transcript)
	}
}
