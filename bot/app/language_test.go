package app_test

import (
	"strings"
	"testing"

	"allaboard"
	"allaboard/bot/app"
	"allaboard/bot/lang"
	"allaboard/bot/render"
)

// A member chooses the language of their own messages in private, from a
// menu or typed; the confirmation is already in it. A language the bot
// doesn't speak is refused, naming those it does.
func TestAMemberChoosesTheirLanguage(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	ann := p.members[0]
	k.start(ann)
	k.sent()
	k.say(dm(ann), ann, "/language")
	menu := to(k.sent(), ann.ID, "Which language")
	if len(menu) != 1 || len(menu[0].Buttons) != 3 {
		t.Fatalf("the menu: %q", texts(menu))
	}
	k.press(ann, dm(ann), button(t, menu[0], "Deutsch"))
	if got := to(k.sent(), ann.ID, "Ab jetzt schreibe ich dir auf Deutsch"); len(got) != 1 {
		t.Errorf("the choice isn't confirmed in German")
	}
	if u := k.user(ann); u.Language != "de" {
		t.Errorf("Ann's language is %q, want de", u.Language)
	}
	k.say(dm(ann), ann, "/language українська")
	if got := to(k.sent(), ann.ID, "Тепер я пишу вам українською"); len(got) != 1 {
		t.Errorf("a language typed by its own name isn't taken")
	}
	k.say(dm(ann), ann, "/language klingon")
	if got := to(k.sent(), ann.ID, "klingon", "Deutsch (de)"); len(got) != 1 {
		t.Errorf("an unknown language isn't refused naming those spoken")
	}
	if u := k.user(ann); u.Language != "uk" {
		t.Errorf("a refused language changed Ann's: %q", u.Language)
	}
	if got := k.press(ann, dm(ann), "lg:xx"); got != render.StaleButton.In(lang.Ukrainian) {
		t.Errorf("forged button data is answered %q", got)
	}
}

// A group's language is chosen by its admins: /settings language, or
// /language in the group; the group hears it in the new language. A member
// may not, nor may the host of an upcoming event: anyone can announce one.
func TestAGroupsLanguageIsChosenByItsAdmins(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Ada")
	ann, ada := p.members[0], p.members[1]
	k.admin(p.g, ada)
	k.announce(p, picnic) // Hanna hosts an upcoming event
	for _, u := range []*app.User{ann, p.host} {
		k.say(p.g, u, "/settings language fr")
		if got := to(k.sent(), p.g.ID, "only the group's admins can change its settings"); len(got) != 1 {
			t.Errorf("%s changed the group's language", u.FirstName)
		}
	}
	k.say(p.g, ann, "/language")
	menu := to(k.sent(), p.g.ID, "Which language", "The group's admins choose")
	if len(menu) != 1 {
		t.Fatalf("no menu in the group")
	}
	for _, u := range []*app.User{ann, p.host} {
		if got := k.press(u, p.g, button(t, menu[0], "Français")); got != "Only the group's admins can change its language. For your own messages: /language in private." {
			t.Errorf("%s's press is answered %q", u.FirstName, got)
		}
	}
	if got := k.chat(p.g).Settings.Language; got != "" && got != "en" {
		t.Errorf("the group's language is %q after presses by a member and a host", got)
	}
	k.say(p.g, ada, "/settings language de")
	if got := to(k.sent(), p.g.ID, "Ab jetzt schreibe ich hier auf Deutsch"); len(got) != 1 {
		t.Errorf("the group isn't told in German")
	}
	k.press(ada, p.g, button(t, menu[0], "Italiano"))
	if got := to(k.sent(), p.g.ID, "Da ora qui scrivo in italiano"); len(got) != 1 {
		t.Errorf("the admin's press didn't set Italian")
	}
}

// A group the bot is added to starts in the language of whoever added it,
// if the bot speaks it; otherwise in the operator's default.
func TestAGroupStartsInTheLanguageOfWhoAddedTheBot(t *testing.T) {
	for code, want := range map[string]string{"de-AT": "de", "pt-br": "pt", "zh-hans": "", "": ""} {
		k := newKit(t, nil)
		host := &app.User{ID: 1, FirstName: "Hanna", LanguageCode: code}
		g := k.group(-100, "Klasse 2b", host)
		var got string
		k.view(func(tx allaboard.Tx) error {
			c, err := tx.Chat(g.ID)
			if c.Settings != nil {
				got = c.Settings.Language
			}
			return err
		})
		if got != want {
			t.Errorf("added by someone whose app speaks %q: the group's language is %q, want %q", code, got, want)
		}
	}
}

// The welcome names the group's language in it, with a 🌐 button that shows
// the group's menu to its admins only.
func TestTheWelcomeNamesTheGroupsLanguage(t *testing.T) {
	k := newKit(t, nil)
	host := &app.User{ID: 1, FirstName: "Hanna", LanguageCode: "de"}
	g := k.group(-100, "Klasse 2b", host)
	welcome := to(k.sent(), g.ID, "Hier schreibe ich auf <b>Deutsch</b>")
	if len(welcome) != 1 {
		t.Fatalf("the welcome doesn't name the group's language")
	}
	press := button(t, welcome[0], "🌐 Sprache ändern")
	ben := person(2, "Ben")
	k.join(g, ben)
	if got := k.press(ben, g, press); got != render.LanguageNotAllowed(lang.German) {
		t.Errorf("a member's press is answered %q", got)
	}
	if got := to(k.sent(), g.ID, "In welcher Sprache"); len(got) != 0 {
		t.Errorf("a member's press showed the menu")
	}
	k.admin(g, host)
	if got := k.press(host, g, press); got != "" {
		t.Errorf("the admin's press is answered %q", got)
	}
	menu := to(k.sent(), g.ID, "In welcher Sprache")
	if len(menu) != 1 {
		t.Fatalf("the admin's press showed no menu")
	}
	k.press(host, g, button(t, menu[0], "Українська"))
	if got := k.chat(g).Settings.Language; got != "uk" {
		t.Errorf("the group's language is %q after choosing Ukrainian from the welcome's menu", got)
	}
	// The welcome and the roll call are rewritten in place in Ukrainian:
	// neither goes on saying the group is written in German.
	sent := k.sent()
	rewritten := map[string]bool{}
	for _, m := range to(sent, g.ID) {
		if m.Ref == allaboard.WelcomeRef || m.Ref == allaboard.RollCallRef {
			rewritten[m.Ref] = !m.Fresh && !strings.Contains(m.Text, "Deutsch")
		}
		if m.Ref == allaboard.LanguageRef { // the menu pressed is the answer now
			rewritten[m.Ref] = !m.Fresh && len(m.Buttons) == 0 && !strings.Contains(m.Text, "In welcher Sprache")
		}
	}
	if !rewritten[allaboard.WelcomeRef] || !rewritten[allaboard.RollCallRef] || !rewritten[allaboard.LanguageRef] {
		t.Errorf("after the language was set, welcome, roll call and the menu rewritten in place: %v", rewritten)
	}
	if got := to(sent, g.ID, render.GroupLanguageNamed(lang.Ukrainian)); len(got) != 1 || got[0].Ref != allaboard.WelcomeRef {
		t.Errorf("the welcome doesn't say the group is written in Ukrainian now")
	}
}
