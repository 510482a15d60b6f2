package render

import (
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/lang"
)

// noticeWords is everything written about must-read notices, in l: the
// cards of a dated and an undated one, their mentions, outdated cards,
// status lines and history, the questions and answers about a new text and
// keeping one open, guided creation's questions, and every button.
func noticeWords(l lang.Lang) []string {
	loc := time.UTC
	stamp := func(d int) string { return time.Date(2026, 12, d, 0, 0, 0, 0, loc).Format(time.RFC3339) }
	revs := []allaboard.Revision{
		{N: 1, Material: true, Changes: []allaboard.Change{{Field: allaboard.FieldText, New: "Schule zu"},
			{Field: allaboard.FieldWhen, New: stamp(14)}, {Field: allaboard.FieldEnd, New: stamp(15)}}},
		{N: 2, Material: true, Changes: []allaboard.Change{{Field: allaboard.FieldText, Old: "Schule zu", New: "Schule zu!"},
			{Field: allaboard.FieldWhen, Old: stamp(14), New: stamp(15)}, {Field: allaboard.FieldEnd, Old: stamp(15), New: stamp(16)}}},
		{N: 3, Changes: []allaboard.Change{{Field: allaboard.FieldMinor, New: "2"}}},
		{N: 4, Material: true, Changes: []allaboard.Change{{Field: allaboard.FieldWhen, Old: stamp(15)}, {Field: allaboard.FieldEnd, Old: stamp(16)}}},
	}
	base := allaboard.Event{Kind: allaboard.KindNotice, Group: -100, Num: 3, Guests: []int64{1, 2}, Created: time.Date(2026, 12, 10, 9, 0, 0, 0, loc)}
	dated := base.AsOf(revs, 2)
	undated := base.AsOf(revs, 4)
	kept := undated
	kept.Kept = true
	tally := allaboard.Tally{Members: 7, Confirmed: 3, Unknown: 2}
	changes := ChangesSince(l, dated, revs, 1, loc)
	card := Card{Lang: l, Event: dated, Host: "Ann", Changes: changes, Counts: &tally, Loc: loc, Header: NoticeLateHeader(l, "Klasse 2b")}
	mention := ChaseMention{Lang: l, Names: []string{"Ali"}, Event: dated, Loc: loc, Welcome: true}
	out := []string{card.HTML(), Card{Lang: l, Event: undated, Host: "Ann", Loc: loc, Header: NoticeClosedHeader(l)}.HTML(),
		mention.HTML(), Outdated(l, dated, "", loc), HasStarted(l, dated),
		Status(l, allaboard.Roll{Event: undated}, allaboard.Chat{Title: "Klasse 2b"}, loc, time.Time{}),
		Status(l, allaboard.Roll{Event: kept}, allaboard.Chat{Title: "Klasse 2b"}, loc, time.Time{}),
		History(l, undated, revs, loc),
		Events(l, []allaboard.Roll{{Event: dated}, {Event: undated}, {Event: kept}}, loc),
		Digest(l, "Klasse 2b", []allaboard.Roll{{Event: dated}, {Event: kept}}, loc),
		FamilyConfirmed(l, allaboard.User{ID: 5, FirstName: "Ben"}, dated, "Klasse 2b", loc),
		AnnounceUsage(l), NoticeEditUsage(l, 3), MinorAsk(l, dated, ""), MinorAsk(l, dated, "typo"), MinorAsk(l, dated, "again"),
		MinorChangedSince(l), NoticeKept(l), NoticeUnkept(l), NoticeClosed(l),
		FlowKind.In(l), FlowNoticeText(l, "Klasse 2b"), FlowNoticeDay.In(l), FlowNoticeWhichGroup.In(l),
		CommandAbout(l, "announce"),
		FieldRefused(l, allaboard.Problem{Code: allaboard.ProblemFieldEmpty, Args: []any{allaboard.FieldText}}),
		FieldRefused(l, allaboard.Problem{Code: allaboard.ProblemFieldTooLong, Args: []any{allaboard.FieldText, 2001, 2000}}),
	}
	out = append(out, changes...)
	for _, rows := range [][][]allaboard.Button{MinorButtons(l, "a", "t"), KindButtons(l, "e", "n", "t"), {NoDay(l, "s")}, NoticeFixButtons(l, "t", "d"),
		StatusButtons(l, false, true, StatusActions{KeepOpen: "o"}), StatusButtons(l, false, true, StatusActions{KeepOpen: "o", Kept: true})} {
		for _, row := range rows {
			for _, b := range row {
				out = append(out, b.Text)
			}
		}
	}
	return out
}

// Every language but English words notices in its own words, with their
// days in its own.
func TestNoticesSpeakTheReadersLanguage(t *testing.T) {
	english := englishSentences(t)
	for _, l := range lang.All()[1:] {
		t.Run(l.Code(), func(t *testing.T) {
			words := noticeWords(l)
			for _, s := range words {
				for _, en := range english {
					if strings.Contains(s, en) {
						t.Errorf("English %q in %q", en, s)
					}
				}
			}
			all := strings.Join(words, "\n")
			if day := l.Date(time.Date(2026, 12, 15, 0, 0, 0, 0, time.UTC)); !strings.Contains(all, day) {
				t.Errorf("no day in the language (%q) in %q", day, all)
			}
		})
	}
	if got := strings.Join(noticeWords(lang.German), "\n"); !strings.Contains(got, "📅 Di., 15. Dez. 2026") || !strings.Contains(got, "📅 Mo., 14. Dez. → Di., 15. Dez.") {
		t.Errorf("German days: %q", got)
	}
}

// The English output of the same calls does have the catalogue's sentences:
// the test above can tell.
func TestNoticesEnglishHasTheCatalogueSentences(t *testing.T) {
	english := englishSentences(t)
	found := 0
	for _, s := range noticeWords(lang.English) {
		for _, en := range english {
			if strings.Contains(s, en) {
				found++
			}
		}
	}
	if found < 15 {
		t.Errorf("only %d English sentences in the English notices", found)
	}
}

// A text too long counts its characters as Russian and Ukrainian say them.
func TestNoticeTextTooLongInRussianAndUkrainian(t *testing.T) {
	for _, tc := range []struct {
		l    lang.Lang
		n    int
		want string
	}{
		{lang.Russian, 2001, "2001 символ,"}, {lang.Russian, 2002, "2002 символа,"}, {lang.Russian, 2005, "2005 символов,"}, {lang.Russian, 2021, "2021 символ,"},
		{lang.Ukrainian, 2001, "2001 символ,"}, {lang.Ukrainian, 2002, "2002 символи,"}, {lang.Ukrainian, 2005, "2005 символів,"}, {lang.Ukrainian, 2021, "2021 символ,"},
	} {
		got := FieldRefused(tc.l, allaboard.Problem{Code: allaboard.ProblemFieldTooLong, Args: []any{allaboard.FieldText, tc.n, 2000}})
		if !strings.Contains(got, tc.want) {
			t.Errorf("%s %d: %q, want %q", tc.l.Code(), tc.n, got, tc.want)
		}
	}
}
