package app_test

import (
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/app"
)

// digests are the digests of the group among msgs sent to each of users,
// by user.
func digests(msgs []allaboard.Outgoing, users ...*app.User) map[string]int {
	got := map[string]int{}
	for _, u := range users {
		got[u.FirstName] = len(to(msgs, u.ID, "<b>Digest</b> for Class 2b parents"))
	}
	return got
}

// A host chooses, in private, when they get their digest: at their own time
// on the group's clock, or none; a co-host who chose nothing keeps the
// group's time. Before, the only way was the group's digest setting, which
// changed it for every host.
func TestAHostChoosesTheirOwnDigestTime(t *testing.T) {
	k := newKit(t, func(c *app.Config) { c.Defaults.Digest = "0 19 * * *" })
	p := k.parentsGroup("Ann")
	hanna, ben := p.host, &app.User{ID: 12, FirstName: "Ben", UserName: "ben"}
	k.join(p.g, ben)
	k.start(ben)
	k.say(dm(hanna), hanna, "/settings digest 07:30")
	if got := to(k.sent(), hanna.ID, "Your <b>digest</b> is now <b>every day at 07:30</b>, for the events you host in every group."); len(got) != 1 {
		t.Fatalf("Hanna isn't told her digest time")
	}
	k.announce(p, picnic) // Ann hasn't confirmed: every digest has something to say
	k.say(p.g, hanna, "/cohost 1 @ben")
	k.sent()

	day := func(d, h, m int) time.Time { return time.Date(2026, 3, d, h, m, 0, 0, time.UTC) }
	for _, tc := range []struct {
		at         time.Time
		hanna, ben int
	}{
		{day(2, 19, 0), 0, 1}, // the group's time: Ben's
		{day(3, 7, 30), 1, 0}, // Hanna's own
		{day(3, 19, 0), 0, 1},
	} {
		k.tick(tc.at)
		msgs := k.sent()
		if got, want := digests(msgs, hanna, ben), map[string]int{"Hanna": tc.hanna, "Ben": tc.ben}; got["Hanna"] != want["Hanna"] || got["Ben"] != want["Ben"] {
			t.Errorf("at %v: digests %v, want %v", tc.at, got, want)
		}
		if mine := to(msgs, hanna.ID, "<b>Digest</b>"); len(mine) > 0 && len(to(mine, hanna.ID, "Another time? Send me <code>/settings digest 07:30</code>")) != 1 {
			t.Errorf("Hanna's digest doesn't say how to change its time: %q", texts(mine))
		}
	}

	k.say(dm(hanna), hanna, "/settings digest off")
	k.sent()
	k.tick(day(4, 7, 30))
	k.tick(day(4, 19, 0))
	if got := digests(k.sent(), hanna, ben); got["Hanna"] != 0 || got["Ben"] != 1 {
		t.Errorf("after Hanna turned hers off: digests %v, want only Ben's", got)
	}
}

// A host's own digest time counts even in a group whose admins turned the
// digest off: it is planned as soon as they announce an event there.
func TestAHostsOwnDigestComesWhenTheGroupHasNone(t *testing.T) {
	k := newKit(t, nil) // no digest
	p := k.parentsGroup("Ann")
	k.say(dm(p.host), p.host, "/settings digest 12:00")
	k.announce(p, picnic)
	k.tick(time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC))
	if got := digests(k.sent(), p.host); got["Hanna"] != 1 {
		t.Errorf("Hanna got %d digests at her own time, want 1", got["Hanna"])
	}
}

// /settings in private shows and changes what is one's own; a group's
// settings are for the group.
func TestOwnSettingsInPrivate(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	hanna := p.host
	for _, tc := range []struct{ send, reply string }{
		{"/settings", "<b>digest</b>: <b>each group's digest time</b>"},
		{"/settings digest 0 7 * * 1-5", "Your <b>digest</b> is now <b>on weekdays at 07:00</b>"},
		{"/settings digest", "<b>digest</b>: <b>on weekdays at 07:00</b>"},
		{"/settings digest 25:99", "Nothing changed: for <b>digest</b>"},
		{"/settings digest * * * * *", "more than once an hour"},
		{"/settings digest OFF", "Your <b>digest</b> is now <code>off</code>"},
		{"/settings digest group", "Your <b>digest</b> is now <b>each group's digest time</b>"},
		{"/settings timezone Europe/Berlin", "In private, the settings are your own"},
	} {
		k.say(dm(hanna), hanna, tc.send)
		if got := k.sent(); len(to(got, hanna.ID, tc.reply)) != 1 {
			t.Errorf("%q: not answered %q: %q", tc.send, tc.reply, texts(got))
		}
	}
	if got := k.user(hanna).Digest; got != "" {
		t.Errorf("Hanna's own digest is %q, want the group's", got)
	}
}
