package writer

import (
	"maps"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"allaboard"
	"allaboard/bot/lang"
	"allaboard/bot/notice"
	"allaboard/bot/render"
	"allaboard/store"
)

// Every kind of message, written for a German reader, holds none of the
// English words it has for an English one: a ✅ given on a message the
// reader could not read is a false ✅. Free text (titles, places, names)
// is made of words of no language, and command examples (<code>) are left
// out: they are what the bot reads.
func TestAGermanReaderReadsNoEnglish(t *testing.T) {
	w, db, values := aFixture(t, shortNames)
	var kindNames []string
	for k := range kinds {
		kindNames = append(kindNames, k)
	}
	slices.Sort(kindNames)
	written := 0
	for _, k := range kindNames {
		for _, chat := range []int64{fixtureGroup, fixtureAnn} {
			n := allaboard.Notice{Kind: k, Group: fixtureGroup, Event: 1, Rev: 1, User: fixtureAnn, Users: []int64{fixtureAnn, fixtureBen}, Count: 3, Values: values}
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

// The fixture's chats.
const (
	fixtureGroup = -100
	fixtureHost  = 1
	fixtureAnn   = 11
	fixtureBen   = 12
)

// names are the free text of a fixture: a group's title, members' names,
// an event's title and place.
type names struct{ group, host, ann, ben, title, place, notes string }

// shortNames are free text of no language, each beginning with Q.
var shortNames = names{group: "Qlasse", host: "Qana", ann: "Qann", ben: "Qben", title: "Qpicnic", place: "Qpark", notes: "Qnotes"}

// aFixture is a writer over a group in German with an event moved once, a
// host who reads German, Ann (de-AT) who confirmed and is going, and Ben
// handed off; values fill every notice's values.
func aFixture(t *testing.T, q names) (w *Writer, db *store.DB, values map[string]string) {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	t0 := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	host := allaboard.User{ID: fixtureHost, FirstName: q.host, Started: true, Language: "de"}
	ann := allaboard.User{ID: fixtureAnn, FirstName: q.ann, Started: true, TelegramLanguage: "de-AT"}
	ben := allaboard.User{ID: fixtureBen, FirstName: q.ben}
	err = db.Update(func(tx allaboard.Tx) error {
		if err := tx.SaveChat(allaboard.Chat{ID: fixtureGroup, Title: q.group, Count: 5, CountedAt: t0,
			Settings: &allaboard.Settings{Zone: "UTC", Language: "de"}}); err != nil {
			return err
		}
		for _, u := range []allaboard.User{host, ann, ben} {
			if err := tx.SaveUser(u); err != nil {
				return err
			}
			if err := tx.SaveMember(allaboard.Member{Group: fixtureGroup, User: u.ID, Since: t0}); err != nil {
				return err
			}
		}
		e, rev, err := allaboard.NewEvent(fixtureGroup, 1, host, q.title, t0.AddDate(0, 0, 10), q.place, q.notes, t0)
		if err != nil {
			return err
		}
		if err := tx.CreateEvent(e); err != nil {
			return err
		}
		if err := tx.AddRevision(fixtureGroup, 1, rev); err != nil {
			return err
		}
		moved, err := e.SetText(host, t0.Add(time.Hour), allaboard.FieldWhere, "Qbeach")
		if err != nil {
			return err
		}
		if err := tx.SaveEvent(e); err != nil {
			return err
		}
		if err := tx.AddRevision(fixtureGroup, 1, moved); err != nil {
			return err
		}
		r := allaboard.Response{Group: fixtureGroup, Event: 1, User: ann.ID, Pings: 2}
		r.Ack(1, t0)
		r.Answer(allaboard.Going, 1, t0)
		if err := tx.SaveResponse(r); err != nil {
			return err
		}
		return tx.SaveResponse(allaboard.Response{Group: fixtureGroup, Event: 1, User: ben.ID, Pings: 3, HandedOff: true})
	})
	if err != nil {
		t.Fatal(err)
	}
	w = New(Config{BotName: "allaboard_bot", Now: func() time.Time { return t0.Add(2 * time.Hour) }, Defaults: allaboard.Settings{Zone: "UTC"}}, db)
	values = map[string]string{"typed": "qwzx", "payload": "e-100_1", "zone": "Europe/Berlin", "zones": "Europe/Berlin\nEurope/Kyiv",
		"presses": "z:-100:a\nz:-100:b", "title": q.title, "name": "timezone", "command": "qwzx", "where": q.place,
		"was": "Europe/Kyiv", "now": "Europe/Berlin", "username": "qben", "text": "Qtext", "rsvp": "going", "bot": "admin",
		"date": "2026-03-14", "day": "2026-03-14", "choice": "Sa., 14. März", "important": "x", "note": "x", "undo": "x",
		"post": "x", "fix": "x", "discard": "x", "yes": "x", "no": "x", "keep": "x", "add": "add", "press": "x", "done": "x", "answer": notice.Acked}
	for i := range 9 {
		values["press"+string(rune('0'+i))] = "x"
	}
	return w, db, values
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

// longNames are free text as long as Telegram and the bot allow: a group's
// title of 128 characters, first names of 64, a title and a place at their
// limits and notes near theirs, in letters that take two bytes
// each.
var longNames = names{
	group: strings.Repeat("К", 128),
	host:  strings.Repeat("Х", 64), ann: strings.Repeat("А", 64), ben: strings.Repeat("Б", 64),
	title: strings.Repeat("П", allaboard.MaxTitle),
	place: strings.Repeat("М", allaboard.MaxWhere), notes: strings.Repeat("Заметка. ", 222), // 1,998 characters
}

// Every kind of message, in every language, filled with the longest names,
// is within Telegram's limits as it is sent (fit): each message at most
// 4,096 characters once its HTML is parsed, button data at most 64 bytes,
// labels that fit a phone (20 characters where three share a row, else 64).
func TestEveryLanguageFitsTelegramsLimits(t *testing.T) {
	w, db, values := aFixture(t, longNames)
	for _, l := range lang.All() {
		for k, write := range kinds {
			for _, chat := range []int64{fixtureGroup, fixtureAnn} {
				n := allaboard.Notice{Kind: k, Group: fixtureGroup, Event: 1, Rev: 1, User: fixtureAnn,
					Users: []int64{fixtureAnn, fixtureBen}, Count: 25, Values: values}
				if k == notice.DraftFix { // its values are its buttons' data, not free text
					n.Values = maps.Clone(values)
					n.Values["title"], n.Values["where"] = "x", "x"
				}
				var m allaboard.Outgoing
				var ok bool
				err := db.View(func(tx allaboard.Tx) error {
					var err error
					s := &state{w: w, tx: tx, now: w.cfg.Now(), lang: l}
					m, ok, err = write(s, allaboard.Outgoing{ID: 1, ChatID: chat, Notice: &n}, n)
					return err
				})
				if err != nil {
					t.Errorf("%s %s: %v", l, k, err)
				}
				if !ok {
					continue
				}
				for _, part := range fit(l, m) {
					if size := len(utf16.Encode([]rune(render.StripTags(part.Text)))); size > 4096 {
						t.Errorf("%s %s to %d: %d characters", l, k, chat, size)
					}
				}
				for _, row := range m.Buttons {
					most := 64
					if len(row) >= 3 {
						most = 20
					}
					for _, b := range row {
						if size := utf8.RuneCountInString(b.Text); size == 0 || size > most {
							t.Errorf("%s %s: the button %q has %d characters, at most %d fit", l, k, b.Text, size, most)
						}
						if len(b.Data) > 64 {
							t.Errorf("%s %s: the button %q carries %d bytes", l, k, b.Text, len(b.Data))
						}
					}
				}
			}
		}
	}
}
