package render

import (
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/lang"
)

// todoWords is everything written about to-dos, in l: the card of one with
// its changes and counts, a private card in each state, the mentions, the
// status card and everyone's standing, the hand-off and the final list, the
// answers, the reason passed on, the lists and history, the usage, and
// guided creation's questions and buttons.
func todoWords(l lang.Lang) []string {
	loc := time.UTC
	stamp := func(d, h int) string { return time.Date(2026, 12, d, h, 0, 0, 0, loc).Format(time.RFC3339) }
	revs := []allaboard.Revision{
		{N: 1, Material: true, Changes: []allaboard.Change{{Field: allaboard.FieldText, New: "Zettel"}, {Field: allaboard.FieldWhen, New: stamp(18, 12)}}},
		{N: 2, Material: true, Changes: []allaboard.Change{{Field: allaboard.FieldWhen, Old: stamp(18, 12), New: stamp(22, 0)}}},
		{N: 3, Material: true, Changes: []allaboard.Change{{Field: allaboard.FieldText, Old: "Zettel", New: "Zettel!"}}},
	}
	base := allaboard.Event{Kind: allaboard.KindTodo, Group: -100, Num: 4, Host: 1, Created: time.Date(2026, 12, 10, 9, 0, 0, 0, loc)}
	e := base.AsOf(revs, 3)
	e.Task = 3
	users := map[int64]allaboard.User{1: {ID: 1, FirstName: "Hanna"}}
	roll := allaboard.Roll{Event: e, Resp: map[int64]allaboard.Response{}, Users: users}
	states := []allaboard.Response{{}, {Acked: 3}, {Done: 3}, {Done: 3, DoneBy: 11}, {Done: 3, ToldBy: 1}, {Acked: 3, RSVP: allaboard.CantGo, RSVPRev: 3}, {HandedOff: true}}
	for i, r := range states {
		id := int64(11 + i)
		r.User = id
		roll.Members = append(roll.Members, allaboard.Member{Group: -100, User: id})
		roll.Resp[id], users[id] = r, allaboard.User{ID: id, FirstName: "Ann"}
	}
	tally := roll.Tally()
	card := Card{Lang: l, Event: e, Host: "Hanna", Changes: ChangesSince(l, e, revs, 1, loc), Counts: &tally, Loc: loc, Header: TodoLateHeader(l, "Klasse 2b")}
	out := []string{card.HTML(), TallyLine(l, allaboard.Tally{Todo: true, Members: 5, Confirmed: 2, Families: 4, FamiliesConfirmed: 1, CantGo: 1}),
		ChaseMention{Lang: l, Names: []string{"Ali"}, Event: e, Loc: loc, Welcome: true}.HTML(),
		ChaseMention{Lang: l, Names: []string{"Ali"}, Event: e, Loc: loc}.HTML(),
		ChaseMention{Lang: l, Names: []string{"Ali"}, Event: e, Loc: loc, Changes: card.Changes}.HTML(),
		TodoNewHeader(l, "Klasse 2b"), TodoRemindHeader(l, "Klasse 2b"), TodoBeforeHeader(l, e, loc),
		GroupReminder{Lang: l, Names: []string{"Ali"}, Event: e, Changes: card.Changes, Loc: loc}.HTML(),
		GroupReminder{Lang: l, Event: e, Counts: TallyLine(l, tally), Loc: loc}.HTML(),
		Outdated(l, e, "", loc), HasStarted(l, e), Status(l, roll, allaboard.Chat{Title: "Klasse 2b"}, loc, time.Time{}), Everyone(l, roll, loc),
		Status(l, roll, allaboard.Chat{Title: "Klasse 2b"}, loc, e.When.Add(time.Minute)),
		EveryoneKnows(l, roll), History(l, e, revs, loc), Events(l, []allaboard.Roll{roll}, loc), Digest(l, "Klasse 2b", []allaboard.Roll{roll}, loc),
		FamilyConfirmed(l, allaboard.User{ID: 5, FirstName: "Ben"}, e, "Klasse 2b", loc),
		HandOff(l, e, []HandOffLine{{User: users[11]}}), HandOff(l, e, []HandOffLine{{User: users[11]}, {User: users[12]}}),
		TodoFinal(l, roll, TodoFinalLines(l, roll)), TodoFinal(l, allaboard.Roll{Event: e}, nil),
		TodoDone(l, "Zettel"), TodoAlreadyDone(l, "Zettel", ""), TodoAlreadyDone(l, "Zettel", "Ben"), TodoSeen(l, "Zettel"), TodoCant(l, "Zettel"),
		TodoForHosts(l), TodoClosed(l), TodoReasonAsk(l, e, "Hanna"), TodoReason(l, users[11], e, "Klasse 2b", "weg"),
		TodoMarked(l, users[11]), TodoMarkedAlready(l, users[11]), TodoUsage(l), TodoEditUsage(l, 4),
		FlowTodoText(l, "Klasse 2b"), FlowTodoDeadline.In(l), FlowTodoWhichGroup.In(l), CommandAbout(l, "todo"),
	}
	for _, r := range states {
		out = append(out, TodoState(l, e, r, allaboard.User{ID: 11, FirstName: "Ben"}, e.Created))
	}
	out = append(out, TodoState(l, e, allaboard.Response{}, allaboard.User{}, e.When))
	rows := [][]allaboard.Button{todoButtons(l, Answers{}), TodoMarkedButton(l, users[11], "d")}
	rows = append(rows, KindButtons(l, "e", "n", "t")...)
	rows = append(rows, TodoFixButtons(l, "t", "d")...)
	for _, row := range rows {
		for _, b := range row {
			out = append(out, b.Text)
		}
	}
	return out
}

// Every language but English words to-dos in its own words, with their
// deadlines in its own.
func TestTodosSpeakTheReadersLanguage(t *testing.T) {
	english := englishSentences(t)
	for _, l := range lang.All()[1:] {
		t.Run(l.Code(), func(t *testing.T) {
			words := todoWords(l)
			for _, s := range words {
				for _, en := range english {
					if strings.Contains(s, en) {
						t.Errorf("English %q in %q", en, s)
					}
				}
			}
			all := strings.Join(words, "\n")
			if day := l.Date(time.Date(2026, 12, 21, 0, 0, 0, 0, time.UTC)); !strings.Contains(all, day) {
				t.Errorf("no deadline in the language (%q) in %q", day, all)
			}
		})
	}
	got := strings.Join(todoWords(lang.German), "\n")
	if !containsEvery(got, "⏰ Bis Mo., 21. Dez. 2026", "⏰ Fr., 18. Dez., 12:00 → Mo., 21. Dez.", "☑️ 3 von 7 erledigt") {
		t.Errorf("German deadlines and counts: %q", got)
	}
}

// The English output of the same calls does have the catalogue's sentences:
// the test above can tell.
func TestTodosEnglishHasTheCatalogueSentences(t *testing.T) {
	english := englishSentences(t)
	found := 0
	for _, s := range todoWords(lang.English) {
		for _, en := range english {
			if strings.Contains(s, en) {
				found++
			}
		}
	}
	if found < 25 {
		t.Errorf("only %d English sentences in the English to-dos", found)
	}
}

// Counts of who hasn't done a to-do, as Russian and Ukrainian say them.
func TestTodoFinalListInRussianAndUkrainian(t *testing.T) {
	for _, tc := range []struct {
		l    lang.Lang
		n    int
		want string
	}{
		{lang.Russian, 1, "не сделал 1 участник:"}, {lang.Russian, 2, "не сделали 2 участника:"}, {lang.Russian, 5, "не сделали 5 участников:"}, {lang.Russian, 21, "не сделал 21 участник:"},
		{lang.Ukrainian, 1, "не зробив 1 учасник:"}, {lang.Ukrainian, 2, "не зробили 2 учасники:"}, {lang.Ukrainian, 5, "не зробили 5 учасників:"}, {lang.Ukrainian, 21, "не зробив 21 учасник:"},
	} {
		lines := make([]string, tc.n)
		for i := range lines {
			lines[i] = "Ann"
		}
		got := TodoFinal(tc.l, allaboard.Roll{Event: allaboard.Event{Kind: allaboard.KindTodo, Num: 1, Title: "Zettel"}}, lines)
		if !strings.Contains(got, tc.want) {
			t.Errorf("%s %d: %q, want %q", tc.l.Code(), tc.n, got, tc.want)
		}
	}
}

// containsEvery reports whether s contains each of want.
func containsEvery(s string, want ...string) bool {
	for _, w := range want {
		if !strings.Contains(s, w) {
			return false
		}
	}
	return true
}

// Once a to-do's deadline has passed, its status card says who didn't do it,
// in one list: nobody is reminded or to be called any more.
func TestATodoStatusAfterItsDeadline(t *testing.T) {
	due := time.Date(2026, 12, 11, 12, 0, 0, 0, time.UTC)
	e := allaboard.Event{Kind: allaboard.KindTodo, Group: -100, Num: 3, Host: 1, Title: "Sign the slip", When: due, Material: 1, Task: 1}
	users := map[int64]allaboard.User{11: {ID: 11, FirstName: "Ali"}, 12: {ID: 12, FirstName: "Otto"}, 13: {ID: 13, FirstName: "Bea"}}
	roll := allaboard.Roll{Event: e, Users: users, Resp: map[int64]allaboard.Response{
		11: {User: 11, Done: 1}, 12: {User: 12}, 13: {User: 13, Acked: 1, HandedOff: true}}}
	for id := range users {
		roll.Members = append(roll.Members, allaboard.Member{Group: -100, User: id})
	}
	before := Status(lang.English, roll, allaboard.Chat{Title: "Class"}, time.UTC, due.Add(-time.Hour))
	after := Status(lang.English, roll, allaboard.Chat{Title: "Class"}, time.UTC, due.Add(time.Minute))
	if !strings.Contains(before, "not reminded yet") || strings.Contains(before, "Not done by the deadline") {
		t.Errorf("before the deadline:\n%s", before)
	}
	if !strings.Contains(after, "Not done by the deadline</b>: Otto, Bea") && !strings.Contains(after, "Not done by the deadline</b>: Bea, Otto") ||
		strings.Contains(after, "not reminded yet") || strings.Contains(after, "Call now") {
		t.Errorf("after the deadline:\n%s", after)
	}
}
