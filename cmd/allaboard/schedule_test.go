package main

import (
	"fmt"
	"html"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf16"

	"allaboard"
	"allaboard/bot"
	"allaboard/bot/telegramtest"
	"allaboard/scheduler/schedulertest"
)

// settle gives the program time to act on a clock change; the tests then
// check that something did not happen.
func settle() { time.Sleep(400 * time.Millisecond) }

// countIn counts a chat's bot messages that contain s.
func (h *harness) countIn(chat int64, s string) int {
	return countContaining(h.tg.BotMessages(chat), s)
}

// posted counts the messages the bot posted in chat whose text contains s,
// those deleted since included: a mention that a newer one took over from
// was still sent.
func (h *harness) posted(chat int64, s string) int {
	n := 0
	for _, r := range h.tg.Requests() {
		if strings.EqualFold(r.Method, "sendMessage") && r.Code == http.StatusOK &&
			r.Params.Get("chat_id") == strconv.FormatInt(chat, 10) && strings.Contains(plain(r.Params.Get("text")), s) {
			n++
		}
	}
	return n
}

// tags are the HTML tags of a message's text.
var tags = regexp.MustCompile(`<[^>]*>`)

// plain is a message's HTML text as the reader sees it.
func plain(text string) string { return html.UnescapeString(tags.ReplaceAllString(text, "")) }

// A second group with its own host and one member who opened a chat with the bot.
func (h *harness) otherGroup(title, hostName, memberName string) (*telegramtest.Group, *telegramtest.User, *telegramtest.User) {
	h.t.Helper()
	host := h.tg.AddUser(hostName, "", "")
	member := h.tg.AddUser(memberName, "", "")
	for _, u := range []*telegramtest.User{host, member} {
		h.tg.Start(u, "")
		h.waitGreeted(u.ID)
	}
	g := h.tg.NewGroup(title, host)
	h.tg.AddBot(g, host, true)
	h.waitMessage(g.ID, "Hello")
	h.tg.AddMemberSilently(g, member)
	h.tg.Send(g.ID, member, "Hi!")
	return g, host, member
}

func TestRemindersGoAtEachGroupsLocalTime(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	clock := schedulertest.NewClock(time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC))
	h.clock = clock
	h.start("-reminders", "1d,2h")
	pg := h.parentsGroup("Ali")
	ali := pg.parents[0]
	h.tg.Start(ali, "")
	h.waitGreeted(ali.ID)
	team, coach, bob := h.otherGroup("Football team", "Carla", "Bob")
	h.tg.Send(team.ID, coach, "/settings timezone America/New_York")
	h.waitMessage(team.ID, "timezone is now America/New_York (was Europe/Berlin)")

	// Both at 15:00 on their own clocks: 14:00 and 20:00 UTC.
	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | 2026-12-05 15:00 | Park")
	h.waitMessage(pg.g.ID, "Picnic (#1)", "CET")
	h.tg.Send(team.ID, coach, "/event Match | 2026-12-05 15:00 | Field")
	h.waitMessage(team.ID, "Match (#1)", "EST")
	h.waitMessage(ali.ID, "Picnic")
	h.press(ali, ali.ID, "Going") // confirmed and going: still reminded
	h.waitMessage(bob.ID, "Match")

	clock.Set(time.Date(2026, 12, 4, 13, 59, 0, 0, time.UTC))
	settle()
	if n := h.countIn(ali.ID, "Reminder"); n != 0 {
		t.Fatalf("Ali was reminded before 15:00 Berlin the day before:\n%s", h.dump(ali.ID))
	}
	clock.Set(time.Date(2026, 12, 4, 14, 0, 0, 0, time.UTC))
	h.waitMessage(ali.ID, "Reminder", "Picnic (#1) starts tomorrow at 15:00")
	if n := h.countIn(bob.ID, "Reminder"); n != 0 {
		t.Errorf("Bob was reminded at 09:00 New York time:\n%s", h.dump(bob.ID))
	}
	clock.Set(time.Date(2026, 12, 4, 20, 0, 0, 0, time.UTC))
	h.waitMessage(bob.ID, "Reminder", "Match (#1) starts tomorrow at 15:00", "Please confirm")
	clock.Set(time.Date(2026, 12, 5, 12, 0, 0, 0, time.UTC))
	h.waitMessage(ali.ID, "Reminder", "Picnic (#1) starts in 2 hours")
	settle()
	if n := h.countIn(ali.ID, "Reminder"); n != 2 {
		t.Errorf("Ali got %d reminders, want 2:\n%s", n, h.dump(ali.ID))
	}
	if n := h.countIn(pg.host.ID, "Reminder"); n != 0 {
		t.Errorf("the host was reminded of her own event")
	}
}

func TestDigestOnlyWhenSomethingIsPendingOrChanged(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	clock := schedulertest.NewClock(time.Date(2026, 12, 1, 18, 0, 0, 0, berlin()))
	h.clock = clock
	h.start("-digest", "0 19 * * *")
	pg := h.parentsGroup("Ali")
	ali := pg.parents[0]
	h.tg.Start(ali, "")
	h.waitGreeted(ali.ID)
	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | 2026-12-10 12:00 | Park")
	h.waitMessage(ali.ID, "Picnic")

	clock.Set(time.Date(2026, 12, 1, 19, 0, 0, 0, berlin()))
	h.waitMessage(pg.host.ID, "Digest for Class 2b parents", "Picnic (#1)", "1 of 2 confirmed", "Not confirmed yet: Ali")
	h.press(ali, ali.ID, "Going")
	h.waitStatus(pg.host, "2 of 2 confirmed")

	clock.Set(time.Date(2026, 12, 2, 19, 0, 0, 0, berlin()))
	h.waitMessage(pg.host.ID, "Digest for Class 2b parents", "2 of 2 confirmed", "1 going")
	clock.Set(time.Date(2026, 12, 3, 19, 0, 0, 0, berlin()))
	settle()
	if n := h.countIn(pg.host.ID, "Digest"); n != 2 {
		t.Errorf("%d digests, want 2: nothing was pending or changed on the third day:\n%s", n, h.dump(pg.host.ID))
	}
	if n := h.countIn(ali.ID, "Digest"); n != 0 {
		t.Errorf("a parent got the host's digest")
	}
}

func TestRestartAfterSixHoursOfDowntime(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	clock := schedulertest.NewClock(time.Date(2026, 12, 1, 14, 0, 0, 0, berlin()))
	h.clock = clock
	flags := []string{"-ping-schedule", "0,1h,2h", "-digest", "0 19 * * *"}
	h.start(flags...)
	names := []string{"Ali", "Bea", "Cem", "Dora", "Emil", "Fay", "Gus", "Ida", "Jon", "Kim", "Lea", "Max"}
	pg := h.parentsGroup(names...)
	for _, u := range pg.parents[:6] {
		h.tg.Start(u, "")
		h.waitGreeted(u.ID)
	}
	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | 2026-12-10 12:00 | Park")
	for _, u := range pg.parents[:6] {
		h.waitMessage(u.ID, "New in Class 2b parents")
	}
	h.waitMessage(pg.g.ID, "Max", "please confirm")
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	before := map[int64]int{}
	for _, u := range pg.parents[:6] {
		before[u.ID] = h.countIn(u.ID, "Picnic")
	}
	mentionsBefore := h.posted(pg.g.ID, "please confirm")

	// Six hours later: the 1h and 2h reminders, the repeats after them, and
	// the 19:00 digest were all missed.
	clock.Set(time.Date(2026, 12, 1, 20, 0, 0, 0, berlin()))
	h.start(flags...)
	h.waitMessage(pg.host.ID, "Digest for Class 2b parents", "Not confirmed yet")
	for _, u := range pg.parents[:6] {
		h.waitMessage(u.ID, "Please confirm", "Picnic")
	}
	settle()
	for _, u := range pg.parents[:6] {
		if n := h.countIn(u.ID, "Picnic") - before[u.ID]; n != 1 {
			t.Errorf("%s got %d reminders after the downtime, want 1", u.FirstName, n)
		}
	}
	// Six members by mention: two messages of at most five.
	if n := h.posted(pg.g.ID, "please confirm") - mentionsBefore; n != 2 {
		t.Errorf("%d group reminders after the downtime, want 2:\n%s", n, h.dump(pg.g.ID))
	}
	if n := h.countIn(pg.host.ID, "Digest"); n != 1 {
		t.Errorf("%d digests, want the missed one, once", n)
	}
	if n := h.tg.RateLimited(); n != 0 {
		t.Errorf("the catch-up tripped Telegram's limits %d times: %v", n, h.tg.Violations())
	}
	// A second restart sends nothing again.
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	h.start(flags...)
	settle()
	if n := h.countIn(pg.host.ID, "Digest"); n != 1 {
		t.Errorf("%d digests after a second restart, want still 1", n)
	}
}

func TestChangingSettingsReschedulesWhatIsPending(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	clock := schedulertest.NewClock(time.Date(2026, 12, 1, 10, 0, 0, 0, berlin()))
	h.clock = clock
	h.start("-ping-schedule", "0,4h,24h", "-reminders", "1d")
	pg := h.parentsGroup("Ali")
	ali := pg.parents[0]
	h.tg.Start(ali, "")
	h.waitGreeted(ali.ID)
	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | 2026-12-05 15:00 | Park")
	h.waitMessage(ali.ID, "New in Class 2b parents", "Picnic")

	due := func() time.Time {
		var at time.Time
		err := h.main.DB.View(func(tx allaboard.Tx) error {
			r, err := tx.Response(pg.g.ID, 1, ali.ID)
			at = r.Due
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return at
	}
	reminder := func() time.Time {
		var at time.Time
		err := h.main.DB.View(func(tx allaboard.Tx) error {
			tm, err := tx.Timer(allaboard.TimerReminder, pg.g.ID, 1)
			at = tm.At
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return at
	}
	waitFor := func(what string, got func() time.Time, want time.Time) {
		t.Helper()
		deadline := time.Now().Add(5 * time.Second)
		for !got().Equal(want) {
			if time.Now().After(deadline) {
				t.Fatalf("%s at %v, want %v", what, got(), want)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	waitFor("the next chase reminder", due, time.Date(2026, 12, 1, 14, 0, 0, 0, berlin()))
	waitFor("the reminder before the event", reminder, time.Date(2026, 12, 4, 15, 0, 0, 0, berlin()))

	h.tg.Send(pg.g.ID, pg.host, "/settings chase 0,30m,1h")
	h.waitMessage(pg.g.ID, "chase is now 0,30m,1h (was 0,4h,24h)")
	waitFor("the next chase reminder", due, time.Date(2026, 12, 1, 10, 30, 0, 0, berlin()))
	clock.Set(time.Date(2026, 12, 1, 10, 30, 0, 0, berlin()))
	h.waitMessage(ali.ID, "Please confirm", "Picnic")

	// The event stays at its moment; the reminder a day before moves to
	// 15:00 on the new clock.
	h.tg.Send(pg.g.ID, pg.host, "/settings timezone Asia/Tokyo")
	h.waitMessage(pg.g.ID, "timezone is now Asia/Tokyo")
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		t.Fatal(err)
	}
	start := time.Date(2026, 12, 5, 15, 0, 0, 0, berlin()).In(tokyo)
	waitFor("the reminder before the event", reminder, time.Date(2026, 12, 4, start.Hour(), start.Minute(), 0, 0, tokyo))
	h.tg.Send(pg.g.ID, pg.host, "/events")
	h.waitMessage(pg.host.ID, "Coming up", "Picnic", "23:00") // 15:00 in Berlin is 23:00 in Tokyo
}

func TestBadSettingsAreExplainedAndChangeNothing(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start()
	pg := h.parentsGroup("Ali")
	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | "+future(5, 12)+" | Park")
	h.waitMessage(pg.g.ID, "Picnic (#1)")
	stored := func() string {
		var s allaboard.Settings
		err := h.main.DB.View(func(tx allaboard.Tx) error {
			c, err := tx.Chat(pg.g.ID)
			if c.Settings != nil {
				s = *c.Settings
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return s.Zone + "|" + s.Quiet.String() + "|" + allaboard.FormatSchedule(s.Chase) + "|" + allaboard.FormatReminders(s.Reminders) + "|" + s.Digest
	}
	before := stored()
	for _, tc := range []struct{ send, want string }{
		{"/settings timezone Mars/Olympus", "is not a time zone"},
		{"/settings timezone Local", "is not a time zone"},
		{"/settings quiet 25:00-08:00", "quiet hours look like 21:00-08:00"},
		{"/settings quiet sometimes", "quiet hours look like 21:00-08:00"},
		{"/settings chase 1h,15m", "delays must grow"},
		{"/settings chase 0,1s", "at least 5m apart"}, // would let one group use up the bot's budget
		{"/settings chase 2m", "at least 5m"},
		{"/settings chase soon", "is not a pace: choose gentle, normal or urgent"},
		{"/settings chase 1x", "is not a delay"},
		{"/settings reminders 1x", "is not a time before the event"},
		{"/settings reminders 90d", "too early"},
		{"/settings digest CRON_TZ=", "leave out CRON_TZ="},
		{"/settings digest CRON_TZ=Europe/Berlin 0 19 * * *", "leave out CRON_TZ="},
		{"/settings digest * * * * *", "more than once an hour"},
		{"/settings digest 0 0 30 2 *", "never happens"},
		{"/settings digest <b>bold</b>", "can't read"},
		{"/settings colour blue", "There's no setting “colour”"},
	} {
		h.tg.Send(pg.g.ID, pg.host, tc.send)
		reply := h.waitMessage(pg.g.ID, tc.want)
		if !strings.Contains(reply.Plain, "Nothing changed") && !strings.Contains(tc.want, "no setting") {
			t.Errorf("%q: the reply doesn't say nothing changed: %q", tc.send, reply.Plain)
		}
	}
	h.tg.Send(pg.g.ID, pg.parents[0], "/settings quiet off")
	h.waitMessage(pg.g.ID, "only the group's admins can change its settings")
	if after := stored(); after != before {
		t.Errorf("settings changed from %s to %s", before, after)
	}
	h.tg.Send(pg.g.ID, pg.parents[0], "/settings")
	h.waitMessage(pg.g.ID, "Settings of this group", "timezone: Europe/Berlin", "quiet: off", "digest: off")
	h.tg.Send(pg.g.ID, pg.parents[0], "/settings quiet")
	h.waitMessage(pg.g.ID, "quiet is off", "/settings quiet 21:00-08:00")
	h.tg.Send(pg.parents[0].ID, pg.parents[0], "/settings")
	h.waitMessage(pg.parents[0].ID, "Your settings", "digest: each group's digest time")
	h.tg.Send(pg.parents[0].ID, pg.parents[0], "/settings quiet off")
	h.waitMessage(pg.parents[0].ID, "send /settings in the group; its admins change them")
}

func TestAFailingTimerIsRetriedAndStopsNothingElse(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	clock := schedulertest.NewClock(time.Date(2026, 12, 1, 10, 0, 0, 0, berlin()))
	h.clock = clock
	h.start("-reminders", "2h")
	pg := h.parentsGroup("Ali")
	ali := pg.parents[0]
	h.tg.Start(ali, "")
	h.waitGreeted(ali.ID)
	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | 2026-12-01 15:00 | Park")
	h.waitMessage(ali.ID, "Picnic")
	h.press(ali, ali.ID, "Going")
	h.waitStatus(pg.host, "Going: Ali")

	// A digest setting that slipped past validation (say, from an older
	// version) makes the digest timer fail each time it runs.
	now := clock.Now()
	err := h.main.DB.Update(func(tx allaboard.Tx) error {
		c, err := tx.Chat(pg.g.ID)
		if err != nil {
			return err
		}
		c.Settings.Digest = "CRON_TZ="
		if err := tx.SaveChat(c); err != nil {
			return err
		}
		return tx.SetTimer(allaboard.Timer{Kind: allaboard.TimerDigest, Group: pg.g.ID, At: now.Add(time.Hour)})
	})
	if err != nil {
		t.Fatal(err)
	}
	clock.Set(time.Date(2026, 12, 1, 13, 0, 0, 0, berlin()))
	h.waitLog("a timer failed; will retry")
	h.waitMessage(ali.ID, "Reminder", "Picnic (#1) starts in 2 hours")
	err = h.main.DB.View(func(tx allaboard.Tx) error {
		tm, err := tx.Timer(allaboard.TimerDigest, pg.g.ID, 0)
		if err != nil || !tm.At.Equal(clock.Now().Add(5*time.Minute)) {
			t.Errorf("the failed digest timer = %+v (%v), want it set again 5 minutes on", tm, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	h.tg.Send(pg.g.ID, pg.host, "/events")
	h.waitMessage(pg.host.ID, "Coming up", "Picnic (#1)") // the bot is still answering
}

// A card that once made rendering panic (fields full of "&", which escaping
// lengthens, and a long list of changes) must neither fail nor hold up the
// reminders of any other group.
func TestOneHugeCardStopsNoOtherGroup(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start()
	pg := h.parentsGroup("Ali")
	ali := pg.parents[0]
	h.tg.Start(ali, "")
	h.waitGreeted(ali.ID)
	team, coach, bob := h.otherGroup("Football team", "Carla", "Bob")

	amps := strings.Repeat("&", 290)
	h.tg.Send(pg.g.ID, pg.host, "/event "+strings.Repeat("&", 200)+" | "+future(5, 12)+" | "+amps+" | "+strings.Repeat("& notes ", 250)) // notes at their limit
	h.waitMessage(ali.ID, "New in Class 2b parents")
	h.press(ali, ali.ID, "Got it")
	for i := 1; i <= 7; i++ {
		h.tg.Send(pg.g.ID, pg.host, fmt.Sprintf("/edit 1 where %s place %d", amps, i))
		h.waitMessage(pg.g.ID, fmt.Sprintf("place %d", i), "Changed")
	}
	card := h.waitMessage(ali.ID, "Please confirm", "place 7") // one 📍 line: what she saw → what it is
	if n := len(utf16.Encode([]rune(card.Plain))); n > 4096 {
		t.Errorf("Ali's card is %d UTF-16 units long, over Telegram's limit", n)
	}

	h.tg.Send(team.ID, coach, "/event Match | "+future(5, 12)+" | Field")
	h.waitMessage(bob.ID, "New in Football team", "Match")
	h.waitMessage(bob.ID, "Please confirm", "Match") // and the chase goes on
	if strings.Contains(h.out.String(), "panic") {
		t.Errorf("something panicked:\n%s", h.out.String())
	}
}

// brokenStore makes reading the responses to one group's events panic while
// broken is set: a stand-in for any bug that one event's data could trigger.
type brokenStore struct {
	bot.Store
	group  int64
	broken atomic.Bool
}

func (s *brokenStore) Update(fn func(allaboard.Tx) error) error {
	return s.Store.Update(func(tx allaboard.Tx) error { return fn(brokenTx{tx, s}) })
}

type brokenTx struct {
	allaboard.Tx
	s *brokenStore
}

func (tx brokenTx) Responses(group int64, num int) ([]allaboard.Response, error) {
	if group == tx.s.group && tx.s.broken.Load() {
		panic("broken responses")
	}
	return tx.Tx.Responses(group, num)
}

// A failure while reminding one event's members is logged and put off; every
// other group's reminders and timers go on.
func TestAFailingChaseIsPutOffAndStopsNothingElse(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	clock := schedulertest.NewClock(time.Date(2026, 12, 1, 10, 0, 0, 0, berlin()))
	h.clock = clock
	broken := &brokenStore{}
	h.tune = func(m *Main) {
		m.WrapStore = func(s bot.Store) bot.Store { broken.Store = s; return broken }
	}
	h.start("-ping-schedule", "1m,2m", "-reminders", "2h")
	pg := h.parentsGroup("Ali")
	ali := pg.parents[0]
	broken.group = pg.g.ID
	h.tg.Start(ali, "")
	h.waitGreeted(ali.ID)
	team, coach, bob := h.otherGroup("Football team", "Carla", "Bob")

	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | 2026-12-01 15:00 | Park")
	h.waitMessage(pg.g.ID, "Picnic (#1)")
	h.press(ali, pg.g.ID, "Got it")
	h.tg.Send(pg.g.ID, pg.host, "/edit 1 where Beach")
	h.waitMessage(pg.g.ID, "Park → Beach")
	h.tg.Send(team.ID, coach, "/event Match | 2026-12-01 15:00 | Field")
	h.waitMessage(team.ID, "Match (#1)")
	settle()

	broken.broken.Store(true) // chasing Ali updates the host's status card, which reads them
	clock.Set(time.Date(2026, 12, 1, 10, 1, 0, 0, berlin()))
	h.waitLog("cannot send reminders; will retry")
	h.waitMessage(bob.ID, "New in Football team", "Match") // his first reminder
	clock.Set(time.Date(2026, 12, 1, 13, 0, 0, 0, berlin()))
	h.waitMessage(bob.ID, "Reminder", "Match (#1) starts in 2 hours") // timers run too
	err := h.main.DB.View(func(tx allaboard.Tx) error {
		r, err := tx.Response(pg.g.ID, 1, ali.ID)
		if err != nil || r.Pings != 0 || r.Due.IsZero() {
			t.Errorf("Ali's response = %+v (%v), want her reminder still pending", r, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}

	broken.broken.Store(false)
	clock.Set(time.Date(2026, 12, 1, 13, 6, 0, 0, berlin()))
	h.waitMessage(ali.ID, "Please confirm", "Park → Beach") // retried, and it goes
}
