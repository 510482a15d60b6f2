package render

import (
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"allaboard"
	"allaboard/bot/lang"
)

// cardWords is everything the cards' area writes about one event, in l: the
// group's card and a private copy, mentions, reminders, answers to presses,
// calendar captions, the notes question, and every button label.
func cardWords(l lang.Lang) []string {
	loc := time.UTC
	at := time.Date(2026, 12, 19, 15, 0, 0, 0, loc)
	stamp := func(d, h int) string { return time.Date(2026, 12, d, h, 0, 0, 0, loc).Format(time.RFC3339) }
	revs := []allaboard.Revision{
		{N: 1, Material: true, Changes: []allaboard.Change{{Field: allaboard.FieldTitle, New: "Mia"},
			{Field: allaboard.FieldWhen, New: stamp(18, 15)}, {Field: allaboard.FieldWhere, New: "Halle"}, {Field: allaboard.FieldNotes, New: "Socken"}}},
		{N: 2, Material: true, Changes: []allaboard.Change{{Field: allaboard.FieldWhen, Old: stamp(18, 15), New: stamp(19, 15)},
			{Field: allaboard.FieldEnd, New: stamp(19, 17)}, {Field: allaboard.FieldWhere, Old: "Halle", New: "Park"}}},
		{N: 3, Material: true, Changes: []allaboard.Change{{Field: allaboard.FieldNotes, Old: "Socken"}}},
	}
	e := allaboard.Event{Group: -100, Num: 1, Rev: 3, Material: 3, Guests: []int64{1, 2}}.AsOf(revs, 3)
	e.Num, e.Guests = 1, []int64{1, 2}
	changes := ChangesSince(l, e, revs, 1, loc)
	gone := e
	gone.Cancelled = true
	tally := allaboard.Tally{Members: 7, Confirmed: 3, Unknown: 2, Going: 2, Maybe: 1, CantGo: 1}
	families := tally
	families.Families, families.FamiliesConfirmed = 4, 1
	card := Card{Lang: l, Event: e, Host: "Ann", Changes: changes, Counts: &tally, Loc: loc,
		Header: NewEventHeader(l, "Klasse 2b"), Footer: StillComing(l, allaboard.Going, e, at.Add(-24*time.Hour), "Halle", loc)}
	mention := ChaseMention{Lang: l, Names: []string{"Ali"}, Event: e, Loc: loc}
	now := at.Add(-3 * 24 * time.Hour)
	out := []string{
		card.HTML(),
		Card{Lang: l, Event: gone, Host: "Ann", Counts: &families, Loc: loc, Header: CalledOff(l, "Klasse 2b")}.HTML(),
		LateHeader(l, "Klasse 2b"), RemindHeader(l, "Klasse 2b"), CardPending(l), CardStarted(l), OutdatedHeader(l),
		YourState(l, allaboard.NoAnswer), YourState(l, allaboard.CantGo),
		StillComing(l, allaboard.Maybe, e, e.When, e.Where, loc),
		Outdated(l, e, "https://t.me/c/1/2", loc), Outdated(l, e, "", loc),
		mention.HTML(),
	}
	mention.Welcome = true
	out = append(out, mention.HTML())
	mention.Welcome, mention.Changes = false, changes
	out = append(out, mention.HTML())
	mention.Event = gone
	out = append(out, mention.HTML())
	long := e // notes too long for a mention: it says where to read them
	long.Notes = strings.Repeat("Socken, ", 500)
	out = append(out, ChaseMention{Lang: l, Names: []string{"Ali"}, Event: long, Loc: loc}.HTML())
	for _, soon := range []string{StartsIn(l, at, at.Add(-20*time.Minute), loc), StartsIn(l, at, at.Add(-2*time.Hour), loc),
		StartsIn(l, at, at.Add(-8*time.Hour), loc), StartsIn(l, at, at.Add(-20*time.Hour), loc), StartsIn(l, at, now, loc)} {
		out = append(out, ReminderConfirmed(l, e, soon), ReminderPendingHeader(l, e, soon),
			GroupReminder{Lang: l, Event: e, Soon: soon, Counts: TallyLine(l, allaboard.Tally{Members: 5, Confirmed: 2, Going: 1}), Loc: loc}.HTML(),
			GroupReminder{Lang: l, Names: []string{"Ali"}, Event: e, Soon: soon, Changes: changes, Loc: loc}.HTML())
	}
	for _, c := range []allaboard.Change{{Field: allaboard.FieldEnd, New: stamp(19, 17)}, {Field: allaboard.FieldEnd, Old: stamp(19, 17), New: stamp(19, 18)},
		{Field: allaboard.FieldEnd, Old: stamp(19, 17)}, {Field: allaboard.FieldNotes, Old: "Socken"}, {Field: allaboard.FieldStatus, New: "cancelled"}} {
		out = append(out, ChangeLine(l, c, loc))
	}
	out = append(out, ForgottenMember(l), CancelledLine(l),
		Cosmetic(l, e, []string{"📝 Socken"}, true), NotesImportant(l), NotesJustANote(l), NotesNotAllowed(l), NotesChangedSince(l), NotesImportantNow(l),
		CalendarComing(l), CalendarOpenChat(l), CalendarCancelled(l), CalendarStarted(l),
		CalendarCaption(l, e, false), CalendarCaption(l, e, true), CalendarCaption(l, gone, false),
		Acked(l, "Mia"), AlreadyAcked(l, "Mia"), AckedCancelled(l, "Mia"),
		Answered(l, allaboard.Going, "Mia"), Answered(l, allaboard.Maybe, "Mia"), Answered(l, allaboard.CantGo, "Mia"),
		OutdatedPress(l, "🕒 …", true), OutdatedPress(l, "🕒 …", false), EventGone(l), NothingPending(l), PendingIntro(l, 3), PendingMore(l, 2))
	for _, b := range cardButtons(l) {
		out = append(out, b.Text)
	}
	return out
}

// cardButtons are every button label of the cards' area, in l.
func cardButtons(l lang.Lang) []allaboard.Button {
	var all []allaboard.Button
	for _, rows := range [][][]allaboard.Button{
		Card{Lang: l}.Buttons(Answers{}), NotesButtons(l, "i", "n"), MentionButtons(l, "a", "u"), ReadPrivatelyButtons(l, "u"), InGroup(l, "d"), ForgetButtons(l, "y", "k"),
		{AddToCalendar(l, "c"), OpenChat(l, "u"), AddToGroup(l, "u")},
	} {
		for _, row := range rows {
			all = append(all, row...)
		}
	}
	return all
}

// englishSentences are the runs of words of every English message (between
// its placeholders and tags) with 12 letters or more: none of them may show
// in another language.
func englishSentences(tb testing.TB) []string {
	tb.Helper()
	var messages map[string]map[string]any
	if _, err := toml.DecodeFile("../lang/locales/en.toml", &messages); err != nil {
		tb.Fatal(err)
	}
	// commands in <code> are what the bot reads, the same in every language
	cut := regexp.MustCompile(`(?s)<code>.*?</code>|\{\{[^}]*\}\}|<[^>]*>|\n`)
	var out []string
	for _, m := range messages {
		for form, s := range m {
			if form == "description" {
				continue
			}
			for _, part := range cut.Split(s.(string), -1) {
				part = strings.TrimSpace(part)
				if letters := strings.Map(func(r rune) rune {
					if unicode.IsLetter(r) {
						return r
					}
					return -1
				}, part); utf8.RuneCountInString(letters) >= 12 {
					out = append(out, part)
				}
			}
		}
	}
	if len(out) < 50 {
		tb.Fatalf("only %d English sentences found in en.toml", len(out))
	}
	return out
}

// Every language but English words the cards' area in its own words: none
// of the English catalogue's sentences is left in it.
func TestCardsSpeakTheReadersLanguage(t *testing.T) {
	english := englishSentences(t)
	for _, l := range lang.All()[1:] {
		t.Run(l.Code(), func(t *testing.T) {
			for _, s := range cardWords(l) {
				for _, en := range english {
					if strings.Contains(s, en) {
						t.Errorf("English %q in %q", en, s)
					}
				}
			}
		})
	}
}

// The English output of the same calls does have them: the test above can
// tell.
func TestCardsEnglishHasTheCatalogueSentences(t *testing.T) {
	english := englishSentences(t)
	found := 0
	for _, s := range cardWords(lang.English) {
		for _, en := range english {
			if strings.Contains(s, en) {
				found++
			}
		}
	}
	if found < 40 {
		t.Errorf("only %d English sentences in the English cards", found)
	}
}

// Russian and Ukrainian take the form their grammar gives each count.
func TestCardsCountInRussianAndUkrainian(t *testing.T) {
	start := time.Date(2026, 12, 19, 15, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		l     lang.Lang
		n     int
		going string // TallyLine's 🎉
		mins  string // StartsIn
		hours string
		todo  string // PendingIntro
	}{
		{lang.Russian, 1, "🎉 1 придёт", "через 1 минуту", "через 1 час", "1 событие"},
		{lang.Russian, 2, "🎉 2 придут", "через 2 минуты", "через 2 часа", "2 события"},
		{lang.Russian, 5, "🎉 5 придут", "через 5 минут", "через 5 часов", "5 событий"},
		{lang.Russian, 11, "🎉 11 придут", "через 11 минут", "через 11 часов", "11 событий"},
		{lang.Russian, 21, "🎉 21 придёт", "через 21 минуту", "через 21 час", "21 событие"},
		{lang.Russian, 22, "🎉 22 придут", "через 22 минуты", "через 22 часа", "22 события"},
		{lang.Russian, 25, "🎉 25 придут", "через 25 минут", "через 25 часов", "25 событий"},
		{lang.Ukrainian, 1, "🎉 1 прийде", "за 1 хвилину", "за 1 годину", "1 подію"},
		{lang.Ukrainian, 2, "🎉 2 прийдуть", "за 2 хвилини", "за 2 години", "2 події"},
		{lang.Ukrainian, 5, "🎉 5 прийдуть", "за 5 хвилин", "за 5 годин", "5 подій"},
		{lang.Ukrainian, 11, "🎉 11 прийдуть", "за 11 хвилин", "за 11 годин", "11 подій"},
		{lang.Ukrainian, 21, "🎉 21 прийде", "за 21 хвилину", "за 21 годину", "21 подію"},
		{lang.Ukrainian, 22, "🎉 22 прийдуть", "за 22 хвилини", "за 22 години", "22 події"},
		{lang.Ukrainian, 25, "🎉 25 прийдуть", "за 25 хвилин", "за 25 годин", "25 подій"},
	} {
		t.Run(tc.l.Code()+"/"+tc.going, func(t *testing.T) {
			if got := TallyLine(tc.l, allaboard.Tally{Members: 30, Confirmed: tc.n, Going: tc.n}); !strings.HasSuffix(got, " · "+tc.going) {
				t.Errorf("TallyLine = %q, want it to end with %q", got, tc.going)
			}
			if tc.n < 60 {
				if got := StartsIn(tc.l, start, start.Add(-time.Duration(tc.n)*time.Minute), time.UTC); got != tc.mins {
					t.Errorf("StartsIn %d minutes = %q, want %q", tc.n, got, tc.mins)
				}
			}
			// StartsIn counts hours up to 6; the forms beyond are the same message.
			if got := tc.l.N("starts_in_hours", tc.n, nil); got != tc.hours {
				t.Errorf("%d hours = %q, want %q", tc.n, got, tc.hours)
			}
			if got := PendingIntro(tc.l, tc.n); !strings.Contains(got, " "+tc.todo+" ") && !strings.Contains(got, " "+tc.todo+":") {
				t.Errorf("PendingIntro(%d) = %q, want %q in it", tc.n, got, tc.todo)
			}
		})
	}
}

// Days and times are written the reader's way.
func TestCardsWriteDatesInTheReadersLanguage(t *testing.T) {
	loc := time.UTC
	at := time.Date(2026, 12, 19, 15, 0, 0, 0, loc)
	e := allaboard.Event{Num: 1, Title: "Mia", When: at, End: at.Add(2 * time.Hour), Where: "Park"}
	for _, tc := range []struct {
		l          lang.Lang
		card, soon string
	}{
		{lang.English, "🕒 Sat 19 Dec 2026, 15:00–17:00 UTC", "on Sat 19 Dec at 15:00"},
		{lang.German, "🕒 Sa., 19. Dez. 2026, 15:00–17:00 UTC", "am Sa., 19. Dez. um 15:00"},
		{lang.Russian, "🕒 сб, 19 дек. 2026 г., 15:00–17:00 UTC", "сб, 19 дек. в 15:00"},
	} {
		if got := (Card{Lang: tc.l, Event: e, Host: "Ann", Loc: loc}).HTML(); !strings.Contains(got, tc.card) {
			t.Errorf("%s card lacks %q:\n%s", tc.l, tc.card, got)
		}
		if got := StartsIn(tc.l, at, at.Add(-72*time.Hour), loc); got != tc.soon {
			t.Errorf("%s StartsIn = %q, want %q", tc.l, got, tc.soon)
		}
	}
}

// Three buttons share a row under a card: each fits a phone's third in
// every language; the others a phone's half or its width.
func TestCardButtonsFitInEveryLanguage(t *testing.T) {
	for _, l := range lang.All() {
		rows := Card{Lang: l}.Buttons(Answers{})
		for _, b := range append(rows[0], rows[1]...) {
			if n := utf8.RuneCountInString(b.Text); n > 20 {
				t.Errorf("%s: %q is %d characters, over 20", l, b.Text, n)
			}
		}
		for _, b := range cardButtons(l) {
			if n := utf8.RuneCountInString(b.Text); n > 32 {
				t.Errorf("%s: %q is %d characters, over 32", l, b.Text, n)
			}
		}
	}
}
