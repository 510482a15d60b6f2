package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"allaboard/bot/lang"
	"allaboard/bot/telegramtest"
)

// demoFlags reads "allaboard demo [-lang CODE]": the language the story is
// told in, which its parents' apps and their group speak. ok is false with
// the exit status when there is no story to tell: 0 for -h, 2 for a wrong
// command line.
func demoFlags(args []string, stderr io.Writer) (l lang.Lang, code int, ok bool) {
	var codes []string
	for _, l := range lang.All() {
		codes = append(codes, l.Code())
	}
	fs := flag.NewFlagSet("allaboard demo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	typed := fs.String("lang", lang.English.Code(), "the story's language, by its `code`: "+strings.Join(codes, ", "))
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: allaboard demo [-lang CODE]

Plays a made-up parents' group against the real bot and a built-in fake
Telegram, and prints the conversation. Needs no token and no network.

`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); errors.Is(err, flag.ErrHelp) {
		return 0, 0, false
	} else if err != nil {
		return 0, 2, false
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "allaboard demo: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return 0, 2, false
	}
	l, known := lang.Parse(*typed)
	if !known {
		fmt.Fprintf(stderr, "allaboard demo: no language %q: the demo speaks %s\n", *typed, strings.Join(codes, ", "))
		return 0, 2, false
	}
	return l, 0, true
}

// words are the story's own texts in its language (the demo_ messages):
// what the host types and the group's title, as parents who speak it would
// write them.
type words struct {
	l                                 lang.Lang
	group, title, place, moved, notes string
	hello                             string // what each parent writes first
	notice, todo                      string // the teacher's notice, and the to-do
}

// storyWords are the story's texts in l.
func storyWords(l lang.Lang) words {
	return words{l: l,
		group: l.T("demo_group_title", nil), title: l.T("demo_event_title", nil),
		place: l.T("demo_place", nil), moved: l.T("demo_new_place", nil),
		notes: l.T("demo_notes", nil), hello: l.T("demo_hello", nil),
		notice: l.T("demo_notice", nil), todo: l.T("demo_todo", nil),
	}
}

// person is one of the story's people, whose Telegram app speaks the
// story's language.
func (s *story) person(first, username string) *telegramtest.User {
	u := s.tg.AddUser(first, "", username)
	s.tg.SetLanguage(u, s.words.l.Code())
	s.tr.mu.Lock()
	defer s.tr.mu.Unlock()
	s.tr.names[u.ID] = u.Name()
	return u
}

// demoDeeds are the messages for what else happens in a chat, by the fake
// Telegram's kind of entry.
var demoDeeds = map[string]string{
	"added":             "demo_added",
	"join":              "demo_joins",
	"pins a message":    "demo_pins",
	"unpins a message":  "demo_unpins",
	"deletes a message": "demo_deletes",
}
