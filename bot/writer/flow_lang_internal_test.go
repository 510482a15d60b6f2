package writer

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/lang"
	"allaboard/bot/notice"
	"allaboard/store"
)

// Every kind of guided creation, households, guests and questions about a
// time is written in the reader's language: its text and its buttons differ
// from English's for a German reader, and its dates are German.
func TestFlowKindsAreWrittenInTheReadersLanguage(t *testing.T) {
	t0 := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	const group, hanna, ann, ben = -100, 1, 11, 12
	db, err := store.Open(filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	e, rev, err := allaboard.NewEvent(group, 1, allaboard.User{ID: hanna}, "Picnic", t0.AddDate(0, 0, 5), "Park", "", t0)
	if err != nil {
		t.Fatal(err)
	}
	e.Guests = []int64{ann, ben}
	sat3 := allaboard.Reading{Ask: []allaboard.Span{{Start: t0.Add(5*24*time.Hour + 5*time.Hour)}, {Start: t0.Add(5*24*time.Hour - 7*time.Hour)}}, Why: allaboard.AskAmPm}
	err = db.Update(func(tx allaboard.Tx) error {
		errs := []error{tx.SaveChat(allaboard.Chat{ID: group, Title: "Class 2b"}), tx.CreateEvent(e), tx.AddRevision(group, 1, rev),
			tx.SaveHousehold(allaboard.Household{Group: group, Members: []int64{hanna, ann}})}
		for _, u := range []allaboard.User{{ID: hanna, FirstName: "Hanna"}, {ID: ann, FirstName: "Ann"}, {ID: ben, FirstName: "Ben"}} {
			errs = append(errs, tx.SaveUser(u))
		}
		for _, d := range []allaboard.Draft{
			{User: hanna, Group: group, Started: t0, Step: allaboard.StepPreview, Title: "Picnic", Where: "Park", When: allaboard.Span{Start: t0.AddDate(0, 0, 5)}},
			{User: ann, Group: group, Started: t0, Step: allaboard.StepGuests, Picking: true},
			{User: ben, Group: group, Started: t0, Step: allaboard.StepTime, Choices: sat3.Ask},
		} {
			errs = append(errs, tx.SaveDraft(d))
		}
		return errors.Join(errs...)
	})
	if err != nil {
		t.Fatal(err)
	}
	at := func(n *allaboard.Notice, g, u int64) *allaboard.Notice { n.Group, n.User = g, u; return n }
	notices := []*allaboard.Notice{
		notice.New(notice.DraftGone), notice.New(notice.DraftExpired), notice.New(notice.DraftNotYours),
		notice.New(notice.DraftNoGroup, "payload", "p"), notice.DraftGroupsOf([]int64{group}, []string{"g"}),
		at(notice.New(notice.DraftTitle), group, 0), notice.DraftDayOf([]string{"2026-03-02", "2026-03-03", "2026-03-07", "2026-03-08"}, []string{"a", "b", "c", "d"}, "e"),
		notice.New(notice.DraftOtherDay), notice.New(notice.DraftTime), notice.New(notice.DraftUntil, "skip", "s"),
		at(notice.New(notice.DraftEndEarly, "start", t0.Format(time.RFC3339)), group, 0), notice.New(notice.DraftWhere),
		notice.New(notice.DraftNotes, "skip", "s"), notice.New(notice.DraftGuests, "everyone", "e", "pick", "p"),
		notice.DraftGuestListOf(ann, 0, 2, []int64{hanna, ben}, []string{"a", "b"}, "", "n", "d"), notice.New(notice.DraftNoGuests),
		notice.DraftWhenQuestionOf(ben, group, "Sat 3", sat3.Why, []string{"a", "b"}), notice.DraftPreviewOf(hanna, "p", "f", "d"),
		notice.New(notice.DraftFix, "title", "t", "day", "d", "until", "u", "where", "w", "notes", "n"),
		notice.New(notice.DraftWhereAsked, "title", "Picnic", "payload", "p"), at(notice.New(notice.DraftPosted), group, 0),
		notice.New(notice.DraftSaved),
		notice.OfWhenQuestion(group, "Sat 3", sat3, []string{"a", "b"}), notice.OfWhen("Sat", allaboard.ErrWhenNoTime),
		notice.OfWhen("yesterday", allaboard.ErrWhenPast), notice.OfWhen("whenever", allaboard.ErrWhenUnreadable),
		notice.OfWhen("Fri 5 Mar 15:00", allaboard.WrongWeekday{Date: t0.AddDate(0, 0, 3), Named: time.Friday, Near: t0.AddDate(0, 0, 4)}),
		at(notice.New(notice.WhenChosen, "choice", "Sat 7 Mar 2026 15:00"), group, 0), notice.New(notice.NotYourQuestion),
		notice.New(notice.NotInvited), notice.New(notice.GuestsUsage), notice.OfEvent(notice.GuestsIsOver, e),
		notice.New(notice.GuestsNotKnown, "typed", "@zoe"), notice.OfEvent(notice.GuestsSet, e),
		notice.FamilyAskOf(group, hanna, ben, "y", "n"), notice.FamilyCoveredOf(e, hanna),
		notice.New(notice.FamilyUnknown, "username", "zoe"), notice.FamilyAboutUser(notice.FamilyNow, group, hanna),
	}
	for _, kind := range []string{notice.FamilyUsage, notice.FamilyPostAsSelf, notice.FamilyNoName, notice.FamilySelf,
		notice.FamilyFull, notice.FamilyNone, notice.FamilyLeft, notice.FamilyPrivate, notice.FamilyLeftAll,
		notice.FamilyNotForYou, notice.FamilyAskGone, notice.FamilyYes, notice.FamilyNo, notice.FamilyNotLinked,
		notice.FamilyAlready, notice.FamilyTaken, notice.FamilyAsked, notice.FamilyLinked, notice.FamilySaidYes, notice.FamilySaidNo} {
		notices = append(notices, notice.FamilyAboutUser(kind, group, ben))
	}
	w := New(Config{BotName: "allaboard_bot", Now: func() time.Time { return t0 }, Defaults: allaboard.Settings{Zone: "UTC"}}, db)
	write := func(l lang.Lang, n *allaboard.Notice) (string, []string) {
		var m allaboard.Outgoing
		err := db.View(func(tx allaboard.Tx) error {
			var ok bool
			var err error
			m, ok, err = kinds[n.Kind](&state{w: w, tx: tx, now: t0, lang: l}, allaboard.Outgoing{ChatID: hanna, Created: t0}, *n)
			if err == nil && !ok {
				err = errors.New("not written")
			}
			return err
		})
		if err != nil {
			t.Fatalf("%s: %v", n.Kind, err)
		}
		var labels []string
		for _, row := range m.Buttons {
			for _, b := range row {
				if strings.ContainsFunc(b.Text, func(r rune) bool { return r >= 'a' && r <= 'z' }) {
					labels = append(labels, b.Text)
				}
			}
		}
		return m.Text, labels
	}
	notOurs := map[string]bool{notice.DraftNoGroup: true, notice.DraftWhereAsked: true} // render.AddToGroup, OpenChat
	var german []string
	for _, n := range notices {
		en, enLabels := write(lang.English, n)
		de, deLabels := write(lang.German, n)
		if de == en {
			t.Errorf("%s is English for a German reader: %q", n.Kind, de)
		}
		for i, label := range deLabels {
			if notOurs[n.Kind] || strings.HasPrefix(label, "☐") || label == "Class 2b" { // another area's button; names
				continue
			}
			if i < len(enLabels) && label == enLabels[i] {
				t.Errorf("%s: the button %q is English for a German reader", n.Kind, label)
			}
		}
		german = append(german, de)
		german = append(german, deLabels...)
	}
	for _, want := range []string{"Sa., 7. März", "Heute", "Sa., 7. März 2026 15:00", "Der 5. März 2026 ist ein Donnerstag, kein Freitag"} {
		if all := strings.Join(german, "\n"); !strings.Contains(all, want) {
			t.Errorf("nothing written for a German reader says %q", want)
		}
	}
}
