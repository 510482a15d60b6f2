package main

import (
	"cmp"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"allaboard/bot/telegramtest"
)

// sentLog keeps every message the bot sent (not edits), as the fake saw it
// when it was sent: texts edited later are counted as they first went.
type sentLog struct {
	mu      sync.Mutex
	entries []telegramtest.Entry
	all     []telegramtest.Entry // everything the fake saw, for failure reports
}

func (s *sentLog) note(e telegramtest.Entry) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.all = append(s.all, e)
	if e.Kind == "bot" {
		s.entries = append(s.entries, e)
	}
}

// texts are the messages sent to chat containing all of want, in order.
func (s *sentLog) texts(chat int64, want ...string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for _, e := range s.entries {
		if e.Chat == chat && containsAll(e.Text, want) {
			out = append(out, e.Text)
		}
	}
	return out
}

func (s *sentLog) count(chat int64, want ...string) int { return len(s.texts(chat, want...)) }

// updates counts what the users did, by kind of entry.
func (s *sentLog) updates() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := map[string]int{}
	for _, e := range s.all {
		switch e.Kind {
		case "message", "press", "added", "join":
			n[e.Kind]++
		}
	}
	return n
}

func (s *sentLog) total() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.entries)
}

// copies are the messages sent more often than the scenario sends them, by
// chat and message (messageKey): how many copies beyond those allowed.
func (s *sentLog) copies() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	seen, allowed := map[string]int{}, map[string]int{}
	for _, e := range s.entries {
		k, n := messageKey(e)
		seen[k]++
		allowed[k] = n
	}
	extra := map[string]int{}
	for k, n := range seen {
		if n > allowed[k] {
			extra[k] = n - allowed[k]
		}
	}
	return extra
}

// extraAfter counts, for each kill (by its index in killed, the times of
// the kills in order), the copies beyond those the scenario sends that the
// kill caused: a copy goes again when a kill comes after an earlier copy
// went and before its delivery was recorded, so it belongs to the first
// kill after that earlier copy — not to the kill just before it, since a
// copy sent again may wait for Telegram's retry_after across later kills.
// Copies with no kill since the copies they repeat are under -1: sent twice
// with no crash at all.
func (s *sentLog) extraAfter(killed []time.Time) map[int]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	sent, out := map[string][]time.Time{}, map[int]int{}
	for _, e := range s.entries {
		k, n := messageKey(e)
		before := sent[k]
		sent[k] = append(before, e.Time)
		if len(before) < n {
			continue
		}
		out[causedBy(killed, before[len(before)-n:], e.Time)]++
	}
	return out
}

// causedBy is the kill (its index in killed) that made a message go again at
// again: the first kill after the latest of the earlier copies it may repeat
// (earlier, oldest first) that has one before again; -1 if none has.
func causedBy(killed []time.Time, earlier []time.Time, again time.Time) int {
	for j := len(earlier) - 1; j >= 0; j-- {
		for i, at := range killed {
			if at.After(earlier[j]) && at.Before(again) {
				return i
			}
		}
	}
	return -1
}

// counts is a figure in a message that changes while it waits to be sent:
// a sent copy is written anew from the state then.
var counts = regexp.MustCompile(`\d+ of \d+`)

// messageKey says which message of the crash scenario e is, and how many
// times that message goes to its chat within the run. Messages are written
// when sent, so a copy sent again after a crash may differ from the first
// in what changes with time: the counts of who has confirmed, "starts in 5
// minutes". A member's own card of an event goes twice per version, with
// the same place and time, whatever its header: when it is news, and as
// the reminder 3 s later (crashSchedule). A reminder before an event goes
// once per event. Everything else goes once: a group's card per version,
// a host's status card per event, each answer to /start...
func messageKey(e telegramtest.Entry) (string, int) {
	chat := strconv.FormatInt(e.Chat, 10) + " "
	lines := strings.Split(e.Text, "\n")
	event := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "📅 ") })
	switch {
	case e.Chat > 0 && strings.HasPrefix(e.Text, "⏰") && event >= 0:
		return chat + "reminder before " + lines[event], 1
	case e.Chat > 0 && event >= 0 && strings.Contains(e.Text, "👤 Host"):
		version := slices.DeleteFunc(slices.Clone(lines[event:]), func(l string) bool {
			return !strings.HasPrefix(l, "📅 ") && !strings.HasPrefix(l, "🕒 ") && !strings.HasPrefix(l, "📍 ")
		})
		return chat + "card " + strings.Join(version, " · "), 2
	}
	return chat + counts.ReplaceAllString(e.Text, "# of #"), 1
}

// describe lists the copies, most first, for a report.
func describe(extra map[string]int) string {
	keys := make([]string, 0, len(extra))
	for k := range extra {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(extra[b]-extra[a], strings.Compare(a, b)) })
	var b strings.Builder
	for i, k := range keys {
		if i == 10 {
			fmt.Fprintf(&b, "\n  … and %d more", len(keys)-i)
			break
		}
		fmt.Fprintf(&b, "\n  %d more in chat %.160s", extra[k], strings.ReplaceAll(k, "\n", " ⏎ "))
	}
	return b.String()
}

func (s *sentLog) dump() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var b strings.Builder
	for _, e := range s.all {
		fmt.Fprintf(&b, "%s %d %s %s: %.120s\n", e.Time.Format("15:04:05.000"), e.Chat, e.Kind, e.Who, strings.ReplaceAll(e.Text, "\n", " ⏎ "))
	}
	return b.String()
}

// A message caught in flight by one kill may be sent again only after the
// next kill (Telegram's retry_after held it): it is that first kill's
// duplicate, and the next kill's own one is not counted twice against it.
func TestDuplicatesBelongToTheKillThatCaughtThemInFlight(t *testing.T) {
	t0 := time.Date(2026, 12, 7, 16, 37, 36, 0, time.UTC)
	at := func(ms int) time.Time { return t0.Add(time.Duration(ms) * time.Millisecond) }
	s := &sentLog{}
	for _, e := range []telegramtest.Entry{
		{Time: at(0), Chat: 17, Kind: "bot", Text: "👋 welcome"},
		{Time: at(200), Chat: -2, Kind: "bot", Text: "👋 Hello, group"},
		{Time: at(1500), Chat: 17, Kind: "bot", Text: "👋 welcome"},      // in flight at kill 1
		{Time: at(1510), Chat: -2, Kind: "bot", Text: "👋 Hello, group"}, // in flight at kill 2
		{Time: at(1600), Chat: 9, Kind: "bot", Text: "once"},
		{Time: at(1700), Chat: 9, Kind: "bot", Text: "once"}, // no kill since the first
	} {
		s.note(e)
	}
	got := s.extraAfter([]time.Time{at(100), at(300), at(2000)})
	want := map[int]int{0: 1, 1: 1, -1: 1}
	if !maps.Equal(got, want) {
		t.Errorf("duplicates by kill = %v, want %v", got, want)
	}
}
