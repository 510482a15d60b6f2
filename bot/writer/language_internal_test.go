package writer

import (
	"path/filepath"
	"testing"

	"allaboard"
	"allaboard/bot/lang"
	"allaboard/store"
)

// Who reads what: a group its own language; a person their choice, else
// their app's language if the bot speaks it, else their group's, else
// English.
func TestEachReaderGetsTheirLanguage(t *testing.T) {
	db, err := store.Open(filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	const german, plain = -100, -200
	users := []allaboard.User{
		{ID: 1, FirstName: "Chose Ukrainian", Language: "uk", TelegramLanguage: "ru"},
		{ID: 2, FirstName: "Brazilian app", TelegramLanguage: "pt-br"},
		{ID: 3, FirstName: "Chinese app", TelegramLanguage: "zh-hans"},
		{ID: 4, FirstName: "Nothing known"},
		{ID: 5, FirstName: "In no group"},
	}
	err = db.Update(func(tx allaboard.Tx) error {
		if err := tx.SaveChat(allaboard.Chat{ID: german, Title: "Klasse 2b", Settings: &allaboard.Settings{Language: "de"}}); err != nil {
			return err
		}
		if err := tx.SaveChat(allaboard.Chat{ID: plain, Title: "Class 3"}); err != nil {
			return err
		}
		for _, u := range users {
			if err := tx.SaveUser(u); err != nil {
				return err
			}
			if u.ID != 5 {
				if err := tx.SaveMember(allaboard.Member{Group: german, User: u.ID}); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	w := New(Config{BotName: "b"}, db)
	for _, tc := range []struct {
		name        string
		chat, group int64
		want        lang.Lang
	}{
		{"the German group", german, 0, lang.German},
		{"a group that chose none", plain, 0, lang.English},
		{"chose Ukrainian, app in Russian", 1, german, lang.Ukrainian},
		{"app in Brazilian Portuguese", 2, german, lang.Portuguese},
		{"app in a language the bot doesn't speak: the group's", 3, german, lang.German},
		{"nothing known, about the German group", 4, german, lang.German},
		{"nothing known, about no group: a group they are in", 4, 0, lang.German},
		{"nothing known, in no group", 5, 0, lang.English},
	} {
		var got lang.Lang
		db.View(func(tx allaboard.Tx) error {
			got = (&state{w: w, tx: tx}).language(tc.chat, tc.group)
			return nil
		})
		if got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}
