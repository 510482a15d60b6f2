package writer

import (
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/lang"
	"allaboard/bot/notice"
	"allaboard/store"
)

// Every kind of message, written for a German reader, holds none of the
// English words it has for an English one: a ✅ given on a message the
// reader could not read is a false ✅. Free text (titles, places, names)
// is made of words of no language, and command examples (<code>) are left
// out: they are what the bot reads.
func TestAGermanReaderReadsNoEnglish(t *testing.T) {
	db, err := store.Open(filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	t0 := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	const group = -100
	host := allaboard.User{ID: 1, FirstName: "Qana", Started: true, Language: "de"}
	ann := allaboard.User{ID: 11, FirstName: "Qann", Started: true, TelegramLanguage: "de-AT"}
	ben := allaboard.User{ID: 12, FirstName: "Qben"}
	err = db.Update(func(tx allaboard.Tx) error {
		if err := tx.SaveChat(allaboard.Chat{ID: group, Title: "Qlasse", Count: 5, CountedAt: t0,
			Settings: &allaboard.Settings{Zone: "UTC", Language: "de"}}); err != nil {
			return err
		}
		for _, u := range []allaboard.User{host, ann, ben} {
			if err := tx.SaveUser(u); err != nil {
				return err
			}
			if err := tx.SaveMember(allaboard.Member{Group: group, User: u.ID, Since: t0}); err != nil {
				return err
			}
		}
		e, rev, err := allaboard.NewEvent(group, 1, host, "Qpicnic", t0.AddDate(0, 0, 10), "Qpark", "Qnotes", t0)
		if err != nil {
			return err
		}
		if err := tx.CreateEvent(e); err != nil {
			return err
		}
		if err := tx.AddRevision(group, 1, rev); err != nil {
			return err
		}
		moved, err := e.SetText(host, t0.Add(time.Hour), allaboard.FieldWhere, "Qbeach")
		if err != nil {
			return err
		}
		if err := tx.SaveEvent(e); err != nil {
			return err
		}
		if err := tx.AddRevision(group, 1, moved); err != nil {
			return err
		}
		r := allaboard.Response{Group: group, Event: 1, User: ann.ID, Pings: 2}
		r.Ack(1, t0)
		r.Answer(allaboard.Going, 1, t0)
		if err := tx.SaveResponse(r); err != nil {
			return err
		}
		return tx.SaveResponse(allaboard.Response{Group: group, Event: 1, User: ben.ID, Pings: 3, HandedOff: true})
	})
	if err != nil {
		t.Fatal(err)
	}
	w := New(Config{BotName: "allaboard_bot", Now: func() time.Time { return t0.Add(2 * time.Hour) }, Defaults: allaboard.Settings{Zone: "UTC"}}, db)
	values := map[string]string{"typed": "qwzx", "payload": "e-100_1", "zone": "Europe/Berlin", "zones": "Europe/Berlin\nEurope/Kyiv",
		"presses": "z:-100:a\nz:-100:b", "title": "Qpicnic", "name": "timezone", "command": "qwzx", "where": "Qbeach",
		"was": "Europe/Kyiv", "now": "Europe/Berlin", "username": "qben", "text": "Qtext", "rsvp": "going", "bot": "admin",
		"date": "2026-03-14", "day": "2026-03-14", "choice": "Sa., 14. März", "important": "x", "note": "x", "undo": "x",
		"post": "x", "fix": "x", "discard": "x", "yes": "x", "no": "x", "keep": "x", "add": "add", "press": "x", "done": "x", "answer": notice.Acked}
	for i := range 9 {
		values["press"+string(rune('0'+i))] = "x"
	}
	var kindNames []string
	for k := range kinds {
		kindNames = append(kindNames, k)
	}
	slices.Sort(kindNames)
	written := 0
	for _, k := range kindNames {
		for _, chat := range []int64{group, ann.ID} {
			n := allaboard.Notice{Kind: k, Group: group, Event: 1, Rev: 1, User: ann.ID, Users: []int64{ann.ID, ben.ID}, Count: 3, Values: values}
			in := func(l lang.Lang) (string, bool) {
				var text string
				var ok bool
				db.View(func(tx allaboard.Tx) error {
					s := &state{w: w, tx: tx, now: w.cfg.Now(), lang: l}
					m, good, err := kinds[k](s, allaboard.Outgoing{ID: 1, ChatID: chat, Notice: &n}, n)
					if err != nil {
						t.Errorf("%s: %v", k, err)
					}
					text, ok = m.Text+buttonWords(m), good
					return nil
				})
				return text, ok
			}
			en, ok := in(lang.English)
			de, _ := in(lang.German)
			if !ok || en == "" {
				continue
			}
			written++
			for _, phrase := range englishPhrases(en) {
				if strings.Contains(withoutCode(de), phrase) {
					t.Errorf("%s to %d, in German, still says %q:\n%s", k, chat, phrase, de)
				}
			}
		}
	}
	if written < len(kinds) {
		t.Logf("%d of %d kinds written for this state", written, 2*len(kinds))
	}
	if written < len(kinds)*2/3 {
		t.Errorf("only %d writings of %d kinds: the state is too thin to test them", written, len(kinds))
	}
}

var (
	codeSpan = regexp.MustCompile(`(?s)<code>.*?</code>|<a [^>]*>|</?[a-z]+>`)
	wordRun  = regexp.MustCompile(`[A-Za-z']{2,}(?:[ ,]+[A-Za-z']{2,}){2,}`)
)

// withoutCode is text without its command examples and tags.
func withoutCode(s string) string { return codeSpan.ReplaceAllString(s, " ") }

// englishPhrases are the runs of three or more words of English text, but
// free text (the fixture's, all beginning with Q) and the bot's name.
func englishPhrases(en string) []string {
	var out []string
	for _, p := range wordRun.FindAllString(withoutCode(en), -1) {
		if strings.Contains(p, "Q") || strings.Contains(p, "All Aboard") {
			continue
		}
		out = append(out, p)
	}
	return out
}

// buttonWords are a message's button labels, one a line.
func buttonWords(m allaboard.Outgoing) string {
	var sb strings.Builder
	for _, row := range m.Buttons {
		for _, b := range row {
			sb.WriteString("\n" + b.Text)
		}
	}
	return sb.String()
}
