package render

import (
	"errors"
	"regexp"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the zone examples are read the same on every machine
	"unicode"
	"unicode/utf8"

	"allaboard"
	"allaboard/bot/lang"
)

// groupWords are the group's welcome, help, roll call, settings, usage and
// error replies, private hints and pass-on texts, as a reader of l gets them,
// by what they are.
func groupWords(l lang.Lang) map[string]string {
	at := time.Date(2026, 12, 19, 15, 0, 0, 0, time.UTC)
	e := allaboard.Event{Group: -100, Num: 2, Title: "Picnic", When: at, Where: "Park"}
	host := allaboard.User{ID: 7, FirstName: "Hanna"}
	counted := allaboard.Chat{Count: 7, CountedAt: at}
	words := map[string]string{
		"welcome":        GroupWelcome(l, "Klasse 2b", NeedsAdmin.In(l)),
		"unknown":        UnknownCommand(l, "foo"),
		"group only":     GroupOnly(l, "event"),
		"event usage":    EventUsage(l),
		"field refused":  FieldRefused(l, allaboard.Problem{Code: allaboard.ProblemFieldEmpty, Args: []any{allaboard.FieldTitle}}),
		"edit usage":     EditUsage(l, 3),
		"edit field":     EditField(l, "wen"),
		"bad number":     BadEventNum(l, "x"),
		"no event":       NoEvent(l, 9),
		"not allowed":    NotAllowed(l, e, "Hanna"),
		"no change":      NoChange(l, e),
		"is cancelled":   IsCancelled(l, e),
		"has started":    HasStarted(l, e),
		"unknown counts": UnknownMembers(l, 2, "Klasse 2b"),
		"joined":         Joined(l, 7, "Ann"),
		"thanks":         RollCallThanks(l, "Ann"),
		"again":          RollCallAgain(l, "Ann"),
		"settings": Settings(l, []SettingLine{{"timezone", ""}, {"quiet", "21:00-08:00"}, {"chase", "gentle"},
			{"reminders", "1d,2h"}, {"digest", "30 7 * * 1-5"}}),
		"setting":         Setting(l, SettingLine{"chase", "urgent"}),
		"setting changed": SettingChanged(l, "digest", "0 19 * * *", "off"),
		"setting refused": SettingRefused(l, "quiet", allaboard.Problem{Code: allaboard.ProblemQuiet}),
		"setting unknown": SettingUnknown(l, "colour", []string{"timezone", "quiet"}),
		"zone assumed":    ZoneAssumed(l, "", at),
		"change zone":     ChangeZone(l, "z")[0].Text,
		"quota host":      QuotaHostEvents(l, 10),
		"quota group":     QuotaGroupEvents(l, 30),
		"quota changes":   QuotaChanges(l, e, 6),
		"sent":            SentPrivately(l, "Ann"),
		"ask":             AskPrivately(l, "Ann"),
		"no events in":    EventsIn(l, "Klasse 2b", nil, time.UTC),
		"counts in":       CountsIn(l, "Klasse 2b", allaboard.Roll{Event: e}),
		"pass on":         PassOnOffer(l),
		"pass on button":  PassOnButton(l, e, "Hanna", "d")[0].Text,
		"too long":        PassOnTooLong(l, 600),
		"passed on":       PassedOn(l, allaboard.User{ID: 5, FirstName: "Ann"}, e, "Klasse 2b", "Hi"),
		"no chat":         PassOnNoChat(l, host, e),
		"done":            PassOnDone(l, "Hanna"),
		"pass on quota":   PassOnQuota(l, 5),
	}
	words["roll call"], _ = RollCallCard(l, counted, 3)
	words["roll call so far"], _ = RollCallCard(l, allaboard.Chat{}, 3)
	words["roll call done"], _ = RollCallCard(l, counted, 6)
	for _, p := range []Phrase{PrivateHelp, GroupHelp, IsAdmin, NeedsAdmin, NeedsAdminPrivacyOff, NowAdmin, PrivateHint,
		YoureSet, StaleButton, NotYourGroup, Failed, PostAsYourself, EventParts, FieldEmpty, EditWhich, CancelUsage,
		AckUsage, NoEvents, ForgetGroupAsk, ForgetGroupDone, ForgetNotAdmin, ForgetMeInGroup, ForgetMeAsk, ForgetMeDone,
		ForgetUsage, ForgetExpired, ForgetKept, ForgetDoneShort, ForgetNotAdminShort, SettingsNotAllowed, SettingsUsage,
		ZoneChoices, QuotaCommands, QuotaPresses, PassOnFailed, PassOnAlready, PassOnExpired, PassOnOver} {
		words[string(p)] = p.In(l)
	}
	for code, args := range problemCases {
		words["problem "+string(code)] = ProblemPlain(l, allaboard.Problem{Code: code, Args: args})
	}
	return words
}

// problemCases are values for every problem the domain reports.
var problemCases = map[allaboard.ProblemCode][]any{
	allaboard.ProblemZone:             {"Mars/Olympus"},
	allaboard.ProblemQuiet:            nil,
	allaboard.ProblemDelay:            {"soon"},
	allaboard.ProblemDelaysGrow:       {"15m", "1h"},
	allaboard.ProblemTooManySteps:     {20},
	allaboard.ProblemLastDelay:        {"1s"},
	allaboard.ProblemStepsTooClose:    {"5m", "9m", "4m", "5m"},
	allaboard.ProblemLastStep:         {"5m"},
	allaboard.ProblemReminderLead:     {"1x"},
	allaboard.ProblemReminderTooClose: {"1m", "5m"},
	allaboard.ProblemReminderTooEarly: {"90d", "30d"},
	allaboard.ProblemReminderTwice:    {"2h"},
	allaboard.ProblemTooManyReminders: {5},
	allaboard.ProblemCalendarMissing:  nil,
	allaboard.ProblemCalendarTooLong:  nil,
	allaboard.ProblemCalendarZone:     nil,
	allaboard.ProblemCalendarInterval: nil,
	allaboard.ProblemCalendarSyntax:   {"garbage", "x"},
	allaboard.ProblemCalendarNever:    {"0 0 30 2 *"},
	allaboard.ProblemCalendarTooOften: {"*/30 * * * *"},
	allaboard.ProblemChasePreset:      {"fast"},
	allaboard.ProblemFieldEmpty:       {allaboard.FieldWhere},
	allaboard.ProblemFieldTooLong:     {allaboard.FieldNotes, 5000, 4096},
}

var (
	codeSpan  = regexp.MustCompile(`(?s)<code>.*?</code>`)
	htmlTag   = regexp.MustCompile(`<[^>]*>`)
	named     = regexp.MustCompile(`[/@][\w/]+`) // commands, @BotFather, zone names: typed as they are
	separator = regexp.MustCompile(`[.,:;!?()\[\]—–|·"“”„«»\n]`)
)

// sentences are the stretches of s's words a reader reads, of 12 letters or
// more: no markup, command examples, commands or names.
func sentences(s string) []string {
	s = named.ReplaceAllString(htmlTag.ReplaceAllString(codeSpan.ReplaceAllString(s, "|"), "|"), "|")
	var long []string
	for _, part := range separator.Split(s, -1) {
		letters := 0
		for _, r := range part {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if part = strings.TrimSpace(part); letters >= 12 {
			long = append(long, part)
		}
	}
	return long
}

// A reader of another language finds none of English's sentences in the
// group's words: every one of them is written in their language.
func TestGroupWordsAreInTheReadersLanguage(t *testing.T) {
	english := groupWords(lang.English)
	for _, l := range lang.All()[1:] {
		for name, text := range groupWords(l) {
			if text == "" || strings.Contains(text, "_") && !strings.Contains(text, " ") {
				t.Errorf("%s: %s has no words: %q", l, name, text)
			}
			for _, s := range sentences(english[name]) {
				if strings.Contains(text, s) {
					t.Errorf("%s: %s is English: %q in %q", l, name, s, text)
				}
			}
		}
	}
}

// The test above finds English where it is left.
func TestSentencesFindEnglish(t *testing.T) {
	got := sentences(`⚠️ Nothing changed: for <b>quiet</b>, quiet hours look like 21:00-08:00, or off
Example: <code>/settings quiet 21:00-08:00</code> (/setprivacy → Disable)`)
	want := []string{"⚠️ Nothing changed", "quiet hours look like 21"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences = %q, want %q", got, want)
	}
}

// Counts take the form each language's grammar gives them: Russian and
// Ukrainian have three, chosen by the last digits.
func TestGroupCountsInRussianAndUkrainian(t *testing.T) {
	e := allaboard.Event{Num: 2, Title: "Picnic"}
	for _, tc := range []struct {
		l     lang.Lang
		n     int
		wants []string
	}{
		{lang.Russian, 1, []string{"меняли 1 раз,", "ещё 1 пока не отметился.", "1 участника этой группы", "в названии 1 символ,"}},
		{lang.Russian, 2, []string{"меняли 2 раза,", "ещё 2 пока не отметились.", "2 участников этой группы", "в названии 2 символа,"}},
		{lang.Russian, 5, []string{"меняли 5 раз,", "ещё 5 пока не отметились.", "5 участников этой группы", "в названии 5 символов,"}},
		{lang.Russian, 11, []string{"меняли 11 раз,", "ещё 11 пока не отметились.", "11 участников этой группы", "в названии 11 символов,"}},
		{lang.Russian, 21, []string{"меняли 21 раз,", "ещё 21 пока не отметился.", "21 участника этой группы", "в названии 21 символ,"}},
		{lang.Russian, 22, []string{"меняли 22 раза,", "ещё 22 пока не отметились.", "22 участников этой группы", "в названии 22 символа,"}},
		{lang.Russian, 25, []string{"меняли 25 раз,", "ещё 25 пока не отметились.", "25 участников этой группы", "в названии 25 символов,"}},
		{lang.Ukrainian, 1, []string{"змінювали 1 раз,", "ще 1 поки не відгукнувся.", "1 учасника цієї групи", "у назві 1 символ,"}},
		{lang.Ukrainian, 2, []string{"змінювали 2 рази,", "ще 2 поки не відгукнулися.", "2 учасників цієї групи", "у назві 2 символи,"}},
		{lang.Ukrainian, 5, []string{"змінювали 5 разів,", "ще 5 поки не відгукнулися.", "5 учасників цієї групи", "у назві 5 символів,"}},
		{lang.Ukrainian, 11, []string{"змінювали 11 разів,", "ще 11 поки не відгукнулися.", "11 учасників цієї групи", "у назві 11 символів,"}},
		{lang.Ukrainian, 21, []string{"змінювали 21 раз,", "ще 21 поки не відгукнувся.", "21 учасника цієї групи", "у назві 21 символ,"}},
		{lang.Ukrainian, 22, []string{"змінювали 22 рази,", "ще 22 поки не відгукнулися.", "22 учасників цієї групи", "у назві 22 символи,"}},
		{lang.Ukrainian, 25, []string{"змінювали 25 разів,", "ще 25 поки не відгукнулися.", "25 учасників цієї групи", "у назві 25 символів,"}},
		{lang.German, 1, []string{"1-mal geändert", "1 habe ich noch nicht gesehen", "1 Mitglied dieser Gruppe", "der Titel hat 1 Zeichen"}},
		{lang.German, 2, []string{"2-mal geändert", "2 habe ich noch nicht gesehen", "2 Mitglieder dieser Gruppe", "der Titel hat 2 Zeichen"}},
	} {
		rollCall, _ := RollCallCard(tc.l, allaboard.Chat{Count: tc.n + 4, CountedAt: time.Now()}, 3)
		got := strings.Join([]string{
			QuotaChanges(tc.l, e, tc.n),
			rollCall,
			UnknownMembers(tc.l, tc.n, "Klasse 2b"),
			ProblemPlain(tc.l, allaboard.Problem{Code: allaboard.ProblemFieldTooLong, Args: []any{"title", tc.n, 200}}),
		}, "\n")
		for _, want := range tc.wants {
			if !strings.Contains(got, want) {
				t.Errorf("%s, %d: %q lacks %q", tc.l, tc.n, got, want)
			}
		}
	}
}

// Every example of a command a reader may copy has a date and time the bot
// reads (or a series' rule), written in the reader's language.
var (
	eventExample = regexp.MustCompile(`<code>/event [^|<]+\| ([^|<]+) \|`)
	editExample  = regexp.MustCompile(`<code>/edit \d+ when (.+?)(?: where [^<]*)?</code>`)
)

func TestGroupExamplesAreDatesTheBotReads(t *testing.T) {
	now := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	english := map[string]bool{}
	for _, l := range lang.All() {
		found := 0
		for name, text := range groupWords(l) {
			for _, re := range []*regexp.Regexp{eventExample, editExample} {
				for _, m := range re.FindAllStringSubmatch(text, -1) {
					when := m[1]
					if !strings.ContainsAny(when, "0123456789") {
						continue // the command's form: "title | when | where"
					}
					found++
					if l == lang.English {
						english[when] = true
					} else if english[when] {
						t.Errorf("%s: %s has the English date %q", l, name, when)
					}
					if _, ok, err := allaboard.ReadRepeat(when, now, time.UTC, allaboard.ReadOpts{}); ok && err == nil {
						continue // a series' rule
					}
					r, err := allaboard.ReadWhen(when, now, time.UTC, allaboard.ReadOpts{})
					if err != nil || len(r.Ask) > 0 {
						t.Errorf("%s: %s's example date %q isn't read: %v %+v", l, name, when, err, r.Ask)
					}
				}
			}
		}
		if found < 8 {
			t.Errorf("%s: only %d examples found", l, found)
		}
	}
}

// Buttons fit: a label of its own row shows whole at 32 characters.
func TestGroupButtonsFit(t *testing.T) {
	for _, l := range lang.All() {
		if label := ChangeZone(l, "z")[0].Text; utf8.RuneCountInString(label) > 32 {
			t.Errorf("%s: %q is too long for a button", l, label)
		}
	}
}

// A problem with values other than the domain gives, or none, is still
// explained, in the reader's language.
func TestProblemOfOddValues(t *testing.T) {
	for _, err := range []error{
		allaboard.Problem{Code: allaboard.ProblemTooManySteps, Args: []any{"many"}},
		allaboard.Problem{Code: allaboard.ProblemDelaysGrow, Args: []any{"1h"}},
		allaboard.Problem{Code: allaboard.ProblemFieldEmpty, Args: []any{allaboard.FieldNotes}},
		allaboard.Problem{Code: allaboard.ProblemFieldTooLong, Args: []any{"colour", 5, 4}},
		errors.New("disk full"),
	} {
		if got, want := ProblemPlain(lang.German, err), "dieser Wert geht nicht"; got != want {
			t.Errorf("ProblemPlain(%v) = %q, want %q", err, got, want)
		}
	}
}

// The time zones each language gives as examples are ones /settings takes.
func TestGroupZoneExamplesAreZones(t *testing.T) {
	zone := regexp.MustCompile(`\b(?:Europe|America|Asia)/[A-Za-z_]+`)
	for _, l := range lang.All() {
		words := groupWords(l)
		found := zone.FindAllString(words["settings"]+words["zone assumed"]+words["problem zone"], -1)
		if len(found) < 3 {
			t.Errorf("%s: only the zones %q", l, found)
		}
		for _, z := range found {
			if _, err := allaboard.ParseZone(z); err != nil {
				t.Errorf("%s: %s is no zone: %v", l, z, err)
			}
		}
	}
}
