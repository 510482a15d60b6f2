package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/telegramtest"
	"allaboard/scheduler/schedulertest"
)

// The story's late joiner: events exist, a new parent joins, is briefed, is
// chased until they confirm, and the host sees them as new.
func TestLateJoinerIsBriefedAndChased(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start("-ping-schedule", "0,1s,2s")
	pg := h.parentsGroup("Ali")
	h.tg.Send(pg.g.ID, pg.host, "/event Mia's party | "+future(10, 15)+" | Jump House")
	h.waitMessage(pg.g.ID, "Mia's party (#1)")

	// Nina opened a chat with the bot once; she joins a month late.
	nina := h.tg.AddUser("Nina", "", "")
	h.tg.Start(nina, "")
	h.waitGreeted(nina.ID)
	h.tg.Join(pg.g, nina)
	h.waitMessage(nina.ID, "Welcome to Class 2b parents", "Mia's party", "Jump House")
	h.waitStatus(pg.host, "Nina 🆕", "joined or was first seen after the announcement")
	// Not answering, she is reminded again.
	h.waitMessage(nina.ID, "Please confirm", "Mia's party")
	if got := h.press(nina, nina.ID, "Got it"); !strings.Contains(got, "Thanks") {
		t.Errorf("Nina pressed Got it and was told %q", got)
	}
	card := h.waitStatus(pg.host, "2 of 3 confirmed", "Nina 🆕")
	if !strings.Contains(section(card.Plain, "Confirmed the latest version"), "Nina") {
		t.Errorf("Nina is not shown as confirmed:\n%s", card.Plain)
	}

	// Omar was in the group all along but never wrote; /join makes him known,
	// and as he never opened a chat with the bot he is reminded by mention.
	omar := h.tg.AddUser("Omar", "", "")
	h.tg.AddMemberSilently(pg.g, omar)
	h.tg.Send(pg.g.ID, omar, "/join")
	h.waitMessage(pg.g.ID, "Thanks, Omar", "I know you're here")
	h.waitMessage(pg.g.ID, "Omar", "please confirm", "Mia's party")
	h.waitStatus(pg.host, "Omar 🆕")
	h.press(omar, pg.g.ID, "Got it")
	h.waitStatus(pg.host, "3 of 4 confirmed")
}

// The fake counts 12 people (and two bots); the bot knows 9: hosts are told
// 3 are unknown, and as those 3 tap the roll call the count reaches zero.
func TestUnknownMembersAndTheRollCall(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start()
	pg := h.parentsGroup("Ali", "Bea", "Cem", "Dora", "Emil", "Fay", "Gus", "Ida")
	// Hosts are told once, of the number unknown then: let the bot see and
	// count everyone first (the card is written when sent, and may say
	// "everyone" before the count that a recount still due would take).
	h.waitMessage(pg.g.ID, "Roll call", "I know everyone in this group (9 members)")
	h.waitLog(fmt.Sprintf("counted a group's members\" chat=%d members=10", pg.g.ID))
	var silent []*telegramtest.User
	for _, n := range []string{"Xia", "Yves", "Zoe"} {
		u := h.tg.AddUser(n, "", "")
		h.tg.AddMemberSilently(pg.g, u)
		silent = append(silent, u)
	}
	// Another bot is counted by Telegram but is never a member.
	h.tg.Join(pg.g, h.tg.AddOtherBot("Poll", "poll_bot"))
	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | "+future(5, 12)+" | Park")
	h.waitMessage(pg.host.ID, "3 members of this group haven't been seen by the bot yet (Class 2b parents)")
	h.waitMessage(pg.g.ID, "Roll call", "I know 9 of 12 members; 3 haven't been seen yet")
	h.waitStatus(pg.host, "3 members of the group haven't been seen by me yet")
	// The group card counts them among those who haven't confirmed; zeros are left out.
	card := h.waitMessage(pg.g.ID, "Picnic (#1)", "✅ 1 of 12 confirmed")
	if got, want := lastLine(card.Plain), "✅ 1 of 12 confirmed · 3 not yet reachable"; got != want {
		t.Errorf("the card's counts are %q, want %q", got, want)
	}

	h.tg.Send(pg.g.ID, pg.host, "/members")
	h.waitMessage(pg.g.ID, "I've sent you the member list privately")
	list := h.waitMessage(pg.host.ID, "Members of Class 2b parents I know: 9", "3 not seen yet", "Telegram counts 14 members, bots included")
	if !strings.Contains(list.Plain, "I remind them in private (1)") || !strings.Contains(list.Plain, "Only by mention in the group (8)") {
		t.Errorf("the member list says the wrong ways to reach people:\n%s", list.Plain)
	}

	for i, u := range silent {
		if got := h.press(u, pg.g.ID, "I'm in this group"); !strings.Contains(got, "you're on the list") {
			t.Errorf("%s tapped the roll call and was told %q", u.FirstName, got)
		}
		if i < 2 {
			h.waitMessage(pg.g.ID, "Roll call", "I know "+itoa(10+i)+" of 12 members")
		}
	}
	h.waitMessage(pg.g.ID, "Roll call", "I know everyone in this group (12 members)")
	if got := h.press(silent[0], pg.g.ID, "Got it"); !strings.Contains(got, "Thanks") {
		t.Errorf("a member learned from the roll call cannot confirm: %q", got)
	}
	h.tg.Send(pg.g.ID, pg.host, "/members")
	h.waitMessage(pg.host.ID, "Members of Class 2b parents I know: 12", "That's everyone Telegram counts")
	status := h.waitStatus(pg.host, "2 of 12 confirmed")
	if strings.Contains(status.Plain, "haven't been seen") {
		t.Errorf("the status card still reports unknown members:\n%s", status.Plain)
	}
	card = h.waitMessage(pg.g.ID, "Picnic (#1)", "✅ 2 of 12 confirmed")
	if got, want := lastLine(card.Plain), "✅ 2 of 12 confirmed"; got != want {
		t.Errorf("once everyone is known the card's counts are %q, want %q", got, want)
	}

	// Parents may not see the member list.
	h.tg.Send(pg.g.ID, pg.parents[0], "/members")
	h.waitMessage(pg.g.ID, "only the group's admins and the hosts of its events can see the member list")
}

// A member who leaves is no longer chased; one who blocks the bot is
// reminded by mention, and by private message again once they unblock it.
func TestLeaveStopsTheChaseAndBlockFallsBackToMentions(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start("-ping-schedule", "0,1s,2s")
	pg, ali, bea := h.chasedPicnic()

	h.tg.Leave(pg.g, bea)
	card := h.waitStatus(pg.host, "1 of 2 confirmed")
	if strings.Contains(card.Plain, "Bea") {
		t.Errorf("Bea left but is still on the status card:\n%s", card.Plain)
	}
	mentions := h.posted(pg.g.ID, "Bea")

	h.tg.Block(ali)
	h.waitMessage(pg.g.ID, "Ali", "please confirm", "Picnic")
	if n := h.posted(pg.g.ID, "Bea"); n != mentions {
		t.Errorf("Bea was mentioned %d more times after leaving", n-mentions)
	}
	dms := h.tg.BotMessages(ali.ID)
	h.tg.Unblock(ali)
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	_, err := h.tg.WaitMessage(ctx, ali.ID, func(m telegramtest.Message) bool {
		return m.ID > dms[len(dms)-1].ID && containsAll(m.Plain, []string{"Please confirm", "Picnic"})
	})
	if err != nil {
		t.Fatalf("no private reminder after unblocking: %v", err)
	}
	h.press(ali, ali.ID, "Got it")
	h.waitStatus(pg.host, "2 of 2 confirmed")

	// Rejoining brings Bea back, to be chased again.
	h.tg.Join(pg.g, bea)
	h.waitStatus(pg.host, "2 of 3 confirmed", "Bea")
}

// A group upgraded to a supergroup in the middle of a chase loses nothing.
func TestMigrationToASupergroupMidChase(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start("-ping-schedule", "0,1s,2s")
	pg, ali, bea := h.chasedPicnic()

	super := h.tg.Migrate(pg.g)
	// The chase goes on in the supergroup.
	h.waitMessage(super.ID, "Bea", "please confirm", "Picnic")
	// A button on a private card made before the move still works.
	if got := h.press(ali, ali.ID, "Got it"); !strings.Contains(got, "Thanks") {
		t.Errorf("Ali's old card answered %q", got)
	}
	h.press(bea, super.ID, "Got it")
	h.waitMessage(pg.host.ID, "Everyone knows ✅", "latest version of Picnic (#1)")
	h.tg.Send(super.ID, pg.host, "/history 1")
	h.waitMessage(super.ID, "History of Picnic (#1)")
	h.tg.Send(super.ID, pg.host, "/event Party | "+future(6, 12)+" | Hall")
	h.waitMessage(super.ID, "Party (#2)")

	err := h.main.DB.View(func(tx allaboard.Tx) error {
		if events, err := tx.Events(pg.g.ID); err != nil || len(events) != 0 {
			t.Errorf("events left under the old id: %v %v", events, err)
		}
		if members, err := tx.Members(super.ID); err != nil || len(members) != 3 {
			t.Errorf("members under the new id: %d, want 3 (%v)", len(members), err)
		}
		for _, u := range []*telegramtest.User{ali, bea} {
			r, err := tx.Response(super.ID, 1, u.ID)
			if err != nil || r.Acked != 1 {
				t.Errorf("%s's response under the new id: %+v %v", u.FirstName, r, err)
			}
		}
		c, err := tx.Chat(pg.g.ID)
		if err != nil || c.MovedTo != super.ID {
			t.Errorf("the old group's record: %+v %v", c, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// /forget and /forget me delete what they say, and only once confirmed.
func TestForgetDeletesOnlyAfterConfirmation(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start()
	pg := h.parentsGroup("Ali", "Bea")
	ali, bea := pg.parents[0], pg.parents[1]
	h.tg.Start(ali, "")
	h.waitGreeted(ali.ID)
	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | "+future(5, 12)+" | Park")
	h.waitMessage(ali.ID, "Picnic")
	h.press(ali, ali.ID, "Going")
	h.waitStatus(pg.host, "Going: Ali")

	// /forget me: in private only, and only when confirmed.
	h.tg.Send(ali.ID, ali, "/forget")
	h.waitMessage(ali.ID, "send /forget me")
	h.tg.Send(pg.g.ID, ali, "/forget me")
	h.waitMessage(pg.g.ID, "send /forget me to me in private")
	h.tg.Send(ali.ID, ali, "/forget me")
	h.waitMessage(ali.ID, "Delete everything I keep about you?")
	h.press(ali, ali.ID, "Keep everything")
	h.waitMessage(ali.ID, "Nothing was deleted")
	h.assertUser(ali.ID, pg.g.ID, true)
	h.tg.Send(ali.ID, ali, "/forget me")
	h.waitMessage(ali.ID, "Delete everything I keep about you?")
	if got := h.press(ali, ali.ID, "Yes, delete everything"); !strings.Contains(got, "Deleted") {
		t.Errorf("confirming /forget me answered %q", got)
	}
	h.waitMessage(ali.ID, "I've forgotten you")
	h.assertUser(ali.ID, pg.g.ID, false)
	// Telegram still counts Ali, whom the bot no longer knows.
	card := h.waitStatus(pg.host, "1 of 3 confirmed · 1 not yet reachable")
	if strings.Contains(card.Plain, "Ali") {
		t.Errorf("the status card still shows Ali:\n%s", card.Plain)
	}

	// /forget in the group: admins only, and only when an admin confirms.
	h.tg.Send(pg.g.ID, bea, "/forget")
	h.waitMessage(pg.g.ID, "only the group's admins can make me forget this group")
	h.tg.Send(pg.g.ID, pg.host, "/forget")
	h.waitMessage(pg.g.ID, "Delete everything I keep about this group?")
	if got := h.press(bea, pg.g.ID, "Yes, delete everything"); !strings.Contains(got, "Only the group's admins") {
		t.Errorf("a parent confirming /forget was told %q", got)
	}
	h.assertGroup(pg.g.ID, true)
	if got := h.press(pg.host, pg.g.ID, "Yes, delete everything"); !strings.Contains(got, "Deleted") {
		t.Errorf("the admin confirming /forget was told %q", got)
	}
	h.waitMessage(pg.g.ID, "I've deleted everything I kept about this group, and I'm leaving it")
	deadline := time.Now().Add(10 * time.Second)
	for h.tg.Calls("leaveChat") == 0 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if h.tg.Calls("leaveChat") != 1 {
		t.Errorf("the bot called leaveChat %d times, want once", h.tg.Calls("leaveChat"))
	}
	time.Sleep(300 * time.Millisecond) // the leave's own updates come back
	h.assertGroup(pg.g.ID, false)
}

// assertUser checks whether anything is kept about a user in a group.
func (h *harness) assertUser(user, group int64, kept bool) {
	h.t.Helper()
	err := h.main.DB.View(func(tx allaboard.Tx) error {
		_, errUser := tx.User(user)
		_, errMember := tx.Member(group, user)
		_, errResponse := tx.Response(group, 1, user)
		groups, err := tx.UserGroups(user)
		if err != nil {
			return err
		}
		got := map[string]bool{
			"user record": errUser == nil, "membership": errMember == nil,
			"response": errResponse == nil, "group list": len(groups) > 0,
		}
		for what, has := range got {
			if has != kept {
				h.t.Errorf("user %d: %s kept = %v, want %v", user, what, has, kept)
			}
		}
		return nil
	})
	if err != nil {
		h.t.Fatal(err)
	}
}

// assertGroup checks whether anything is kept about a group.
func (h *harness) assertGroup(group int64, kept bool) {
	h.t.Helper()
	err := h.main.DB.View(func(tx allaboard.Tx) error {
		_, errChat := tx.Chat(group)
		if errChat != nil && !errors.Is(errChat, allaboard.ErrNotFound) {
			return errChat
		}
		events, err := tx.Events(group)
		if err != nil {
			return err
		}
		members, err := tx.Members(group)
		if err != nil {
			return err
		}
		responses, err := tx.Responses(group, 1)
		if err != nil {
			return err
		}
		got := map[string]bool{
			"chat record": errChat == nil, "events": len(events) > 0,
			"members": len(members) > 0, "responses": len(responses) > 0,
		}
		for what, has := range got {
			if has != kept {
				h.t.Errorf("group %d: %s kept = %v, want %v", group, what, has, kept)
			}
		}
		return nil
	})
	if err != nil {
		h.t.Fatal(err)
	}
}

// Removed from a group, the bot stops chasing there and tells the host.
func TestRemovedBotTellsHostsAndStopsChasing(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start("-ping-schedule", "0,1s,2s")
	pg, ali, _ := h.chasedPicnic()

	h.tg.RemoveBot(pg.g, pg.host)
	h.waitMessage(pg.host.ID, "I was removed from Class 2b parents", "stopped reminding people about Picnic (#1)")
	time.Sleep(300 * time.Millisecond) // a reminder already sent may still arrive
	dms := len(h.tg.BotMessages(ali.ID))
	time.Sleep(2500 * time.Millisecond) // two more reminders would be due by now
	if n := len(h.tg.BotMessages(ali.ID)); n != dms {
		t.Errorf("Ali got %d reminders after the bot was removed", n-dms)
	}
	err := h.main.DB.View(func(tx allaboard.Tx) error {
		c, err := tx.Chat(pg.g.ID)
		if err != nil || !c.Removed {
			t.Errorf("the group is not marked removed: %+v %v", c, err)
		}
		tm, err := tx.Timer(allaboard.TimerPurge, pg.g.ID, 0)
		if err != nil || tm.At.Sub(c.RemovedAt) != 30*24*time.Hour {
			t.Errorf("purge timer %+v (%v), want 30 days after %v", tm, err, c.RemovedAt)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}

	// Added back, it carries on where it stopped.
	before := len(h.tg.BotMessages(ali.ID))
	h.tg.AddBot(pg.g, pg.host, true)
	deadline := time.Now().Add(10 * time.Second)
	for len(h.tg.BotMessages(ali.ID)) <= before {
		if time.Now().After(deadline) {
			t.Fatalf("no reminder after the bot was added back:\n%s", h.dump(ali.ID))
		}
		time.Sleep(20 * time.Millisecond)
	}
	if last := h.tg.BotMessages(ali.ID)[before]; !strings.Contains(last.Plain, "Picnic") {
		t.Errorf("after the bot was added back Ali got %q, want a reminder about the picnic", last.Plain)
	}
}

// chasedPicnic is a group where a picnic was just announced: Ali, who opened
// a chat with the bot, is reminded privately, Bea by mention.
func (h *harness) chasedPicnic() (pg parentsGroup, ali, bea *telegramtest.User) {
	h.t.Helper()
	pg = h.parentsGroup("Ali", "Bea")
	ali, bea = pg.parents[0], pg.parents[1]
	h.tg.Start(ali, "")
	h.waitGreeted(ali.ID)
	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | "+future(5, 12)+" | Park")
	h.waitMessage(ali.ID, "New in Class 2b parents", "Picnic")
	h.waitMessage(pg.g.ID, "Bea", "please confirm")
	return pg, ali, bea
}

func countContaining(msgs []telegramtest.Message, s string) int {
	n := 0
	for _, m := range msgs {
		if strings.Contains(m.Plain, s) {
			n++
		}
	}
	return n
}

// While members are unknown and an event is upcoming, the roll call is
// posted again, at most once a day.
func TestRollCallIsRepostedDailyWhileMembersAreUnknown(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	clock := schedulertest.NewClock(time.Date(2026, 12, 1, 10, 0, 0, 0, berlin()))
	h.clock = clock
	h.start()
	pg := h.parentsGroup("Ali")
	h.waitMessage(pg.g.ID, "Roll call", "I know everyone in this group (2 members)")
	xia := h.tg.AddUser("Xia", "", "")
	h.tg.AddMemberSilently(pg.g, xia)
	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | 2026-12-10 12:00 | Park")
	h.waitMessage(pg.g.ID, "Roll call", "I know 2 of 3 members; 1 hasn't been seen yet")
	if n := h.countIn(pg.g.ID, "Roll call"); n != 1 {
		t.Fatalf("%d roll calls, want 1", n)
	}
	clock.Set(time.Date(2026, 12, 1, 22, 0, 0, 0, berlin()))
	settle()
	if n := h.countIn(pg.g.ID, "Roll call"); n != 1 {
		t.Fatalf("%d roll calls 12 hours on, want still 1", n)
	}
	clock.Set(time.Date(2026, 12, 2, 10, 0, 0, 0, berlin()))
	deadline := time.Now().Add(10 * time.Second)
	for h.countIn(pg.g.ID, "Roll call") < 2 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := h.countIn(pg.g.ID, "Roll call"); n != 2 {
		t.Fatalf("%d roll calls a day on, want a second one", n)
	}
	// Once everyone is known, no more.
	h.press(xia, pg.g.ID, "I'm in this group")
	h.waitMessage(pg.g.ID, "Roll call", "I know everyone in this group (3 members)")
	clock.Set(time.Date(2026, 12, 3, 11, 0, 0, 0, berlin()))
	settle()
	if n := h.countIn(pg.g.ID, "Roll call"); n != 2 {
		t.Errorf("%d roll calls once everyone was known, want still 2", n)
	}
}

// lastLine is the last line of a message: a card's counts.
func lastLine(s string) string {
	s = strings.TrimSpace(s)
	return s[strings.LastIndex(s, "\n")+1:]
}

// The order that once lost a group's event counter: a reply to the old group
// is in flight when the group becomes a supergroup; the move is applied from
// the service messages, then Telegram answers the reply with "upgraded".
// The outcome belongs to the chat the reply went to, so nothing is moved
// twice, and the next event gets the next number: #1 stays as it was.
func TestMigrationNoticedBySenderAndServiceMessagesKeepsEventNumbers(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start("-ping-schedule", "0,1h")
	pg := h.parentsGroup("Bea")
	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | "+future(5, 12)+" | Park")
	h.waitMessage(pg.g.ID, "Bea", "please confirm", "Picnic")
	h.waitOutboxEmpty()

	h.tg.Slow("sendMessage", 1, time.Second)     // the reply below waits in flight
	h.tg.Send(pg.g.ID, pg.parents[0], "/events") // Bea has no private chat: the reply is in the group
	time.Sleep(200 * time.Millisecond)
	super := h.tg.Migrate(pg.g)
	h.waitMessage(super.ID, "I'll answer you in private, Bea") // the reply, sent again to the supergroup
	h.waitOutboxEmpty()

	h.tg.Send(super.ID, pg.host, "/event Party | "+future(6, 12)+" | Hall")
	h.waitMessage(super.ID, "Party (#2)")
	err := h.main.DB.View(func(tx allaboard.Tx) error {
		e, err := tx.Event(super.ID, 1)
		if err != nil || e.Title != "Picnic" {
			t.Errorf("event #1 of the supergroup = %+v, %v; want the Picnic, intact", e, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
