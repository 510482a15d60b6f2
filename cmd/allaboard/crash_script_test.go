package main

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"allaboard/bot/telegramtest"
)

// The users of the crash test: three groups of a host and six members.
// Everyone starts the bot, the bot joins each group, and each group's host
// announces a picnic. Then round after round one group's picnic moves (each
// move chases everyone in it): three members confirm every version in
// private, three never do; a newcomer starts the bot each round. A late
// joiner comes into the first group after its picnic was announced, and
// confirms from then on. In the first round, and again whenever the last
// ones are done, two events are announced for whole minutes soon after:
// one starts 15–75 s later, inside the run; the other five minutes after
// that, so that its reminder before the event goes at the same moment.

// users are the people of a crash run and what they did.
type users struct {
	groups  []*crashGroup
	started []*telegramtest.User // sent /start once each
	timed   []*timedEvent
	cycles  int // timed events announced, two by two
	presses int
}

// crashGroup is one group and its people.
type crashGroup struct {
	g          *telegramtest.Group
	host       *telegramtest.User
	confirmers []*telegramtest.User // confirm every version of #1, in private
	silent     []*telegramtest.User // never confirm
	events     []string             // titles sent with /event, in order; #1 is moved round after round
	places     []string             // #1's places, version by version
}

func (g *crashGroup) members() []*telegramtest.User { return slices.Concat(g.confirmers, g.silent) }

// timedEvent is an event announced to start within minutes.
type timedEvent struct {
	group   *crashGroup
	num     int
	title   string
	at      time.Time            // when it starts, on the program's clock
	remind  time.Time            // when its reminder goes; zero if none
	members []*telegramtest.User // whom the reminder goes to
	// What the script has seen of it: the host's status card without
	// buttons once it started, the reminder in every member's chat.
	startSeen, remindSeen bool
}

func (e *timedEvent) ref() string { return fmt.Sprintf("%s (#%d)", e.title, e.num) }

// lateRound is the round in which the late joiner comes, into the first
// group; its next round (6) has them confirm.
const lateRound = 4

// script acts as the users, round after round, until stop is closed and
// every group has had at least one round since the late joiner came, and
// the timed events under way have started or had their reminders.
func (c *crashRun) script(stop <-chan struct{}) error {
	tg := c.tg
	names := [][]string{{"Ali", "Bea", "Cem", "Dora", "Emil", "Fay"}, {"Gus", "Hal", "Ida", "Jon", "Kim", "Lou"}, {"Mia", "Ned", "Oda", "Pit", "Rosa", "Sam"}}
	for i, ns := range names {
		host := tg.AddUser([]string{"Hanna", "Hugo", "Hilde"}[i], "Host", "")
		g := &crashGroup{g: tg.NewGroup(fmt.Sprintf("Crash test parents %c", 'A'+i), host), host: host}
		for j, n := range ns {
			u := tg.AddUser(n, "", "")
			if j < 3 {
				g.confirmers = append(g.confirmers, u)
			} else {
				g.silent = append(g.silent, u)
			}
		}
		c.groups = append(c.groups, g)
	}
	for _, g := range c.groups {
		for _, u := range append([]*telegramtest.User{g.host}, g.members()...) {
			tg.Start(u, "")
			c.started = append(c.started, u)
		}
	}
	for _, g := range c.groups {
		tg.AddBot(g.g, g.host, true)
		for _, u := range g.members() {
			tg.AddMemberSilently(g.g, u)
			tg.Send(g.g.ID, u, "Hi all, "+u.FirstName+" here")
		}
	}
	for _, g := range c.groups {
		if err := c.wait(g.g.ID, "Hello"); err != nil {
			return err
		}
		g.places = append(g.places, "Spot 001")
		c.announce(g, "Picnic", future(10, 15), "Spot 001")
	}
	for _, g := range c.groups {
		if err := c.wait(g.g.ID, "Picnic (#1)", "Spot 001"); err != nil {
			return err
		}
	}
	last := 1 + len(c.groups) // each group has had a round
	if c.plan.lateJoiner {
		last = lateRound + len(c.groups) - 1 // and the late joiner has confirmed
	}
	for n := 2; ; n++ {
		stopping := false
		select {
		case <-stop:
			stopping = true
		default:
		}
		if stopping && n > last {
			return c.seeTimed(true)
		}
		if err := c.round(n, !stopping); err != nil {
			return err
		}
	}
}

// announce sends /event in g.
func (c *crashRun) announce(g *crashGroup, title, when, place string) {
	g.events = append(g.events, title)
	c.tg.Send(g.g.ID, g.host, "/event "+title+" | "+when+" | "+place)
}

// round moves one group's event #1 to a new place, and waits until its
// confirmers have confirmed it, its silent members have had their two
// reminders and the group has the new card; a newcomer starts the bot.
// Timed events are announced in the first round, and in the next ones
// when none are under way, if more may be.
func (c *crashRun) round(n int, more bool) error {
	g := c.groups[n%len(c.groups)]
	place := fmt.Sprintf("Spot %03d", n)
	g.places = append(g.places, place)
	c.tg.Send(g.g.ID, g.host, "/edit 1 where "+place)
	u := c.tg.AddUser(fmt.Sprintf("Newcomer%d", n), "", "")
	c.tg.Start(u, "")
	c.started = append(c.started, u)
	if n == lateRound && c.plan.lateJoiner {
		if err := c.lateJoin(c.groups[0]); err != nil {
			return err
		}
	}
	if err := c.seeTimed(false); err != nil {
		return err
	}
	if c.plan.timed && (c.cycles == 0 || more && !slices.ContainsFunc(c.timed, (*timedEvent).underWay)) {
		c.announceTimed()
	}
	for _, u := range g.confirmers {
		card, err := c.waitCard(u.ID, place)
		if err != nil {
			return err
		}
		c.tg.Press(u, card, card.Buttons[0][0].Data)
		c.presses++
	}
	for _, u := range g.confirmers {
		if err := c.wait(u.ID, "Picnic", place, "You've confirmed the latest version"); err != nil {
			return err
		}
	}
	for _, u := range g.silent {
		if err := c.waitCount(u.ID, 2, "Picnic", place); err != nil {
			return err
		}
	}
	if err := c.wait(g.g.ID, "Picnic (#1)", "→ "+place); err != nil {
		return err
	}
	return c.wait(u.ID, "makes sure everyone")
}

// lateJoin brings a new member into g, who has started the bot: they get
// its picnic's card as it stands, and confirm every version from the next.
func (c *crashRun) lateJoin(g *crashGroup) error {
	u := c.tg.AddUser("Lena", "Late", "")
	c.tg.Start(u, "")
	c.started = append(c.started, u)
	if err := c.wait(u.ID, "makes sure everyone"); err != nil {
		return err
	}
	c.tg.Join(g.g, u)
	if _, err := c.waitCard(u.ID, g.places[len(g.places)-1]); err != nil {
		return fmt.Errorf("the late joiner: %w", err)
	}
	g.confirmers = append(g.confirmers, u)
	return nil
}

// underWay reports whether e has yet to start (or, if it has a reminder,
// to send it) as far as the script has seen.
func (e *timedEvent) underWay() bool {
	if !e.remind.IsZero() {
		return !e.remindSeen
	}
	return !e.startSeen
}

// announceTimed announces two events: one in the next group in turn (the
// second group first: the first has the late joiner's rounds),
// starting at the next whole minute at least 15 s away (for the /event to
// be applied before, kills and all), and one in the group after, five
// minutes later, whose reminder goes at that minute.
func (c *crashRun) announceTimed() {
	k := c.cycles
	c.cycles++
	at := c.now().Add(15 * time.Second).Truncate(time.Minute).Add(time.Minute)
	soon := &timedEvent{group: c.groups[(k+1)%len(c.groups)], title: fmt.Sprintf("Soon %d", k+1), at: at}
	later := &timedEvent{group: c.groups[(k+2)%len(c.groups)], title: fmt.Sprintf("Later %d", k+1), at: at.Add(crashLead), remind: at}
	for _, e := range []*timedEvent{soon, later} {
		e.members = e.group.members()
		c.announce(e.group, e.title, e.at.In(berlin()).Format("2006-01-02 15:04"), "Hall")
		e.num = len(e.group.events)
		c.timed = append(c.timed, e)
	}
}

// seeTimed waits for what the timed events whose moment has come must show:
// the reminder in each member's chat, and the host's status card without
// buttons once one started. At the end (final) it waits too for a moment
// coming within half of crashWait.
func (c *crashRun) seeTimed(final bool) error {
	due := func(t time.Time) bool {
		return !t.IsZero() && (!c.now().Before(t) || final && t.Sub(c.now()) < crashWait/2)
	}
	for _, e := range c.timed {
		if !e.remindSeen && due(e.remind) {
			for _, u := range e.members {
				if err := c.wait(u.ID, "⏰", "📅 "+e.ref()); err != nil {
					return fmt.Errorf("the reminder at %s before %s: %w", e.remind.Format("15:04:05"), e.ref(), err)
				}
			}
			e.remindSeen = true
		}
		if !e.startSeen && due(e.at) {
			ctx, cancel := context.WithTimeout(context.Background(), crashWait)
			_, err := c.tg.WaitMessage(ctx, e.group.host.ID, func(m telegramtest.Message) bool {
				return strings.HasPrefix(m.Plain, "📋 Status of "+e.ref()) && len(m.Buttons) == 0
			})
			cancel()
			if err != nil {
				return fmt.Errorf("%s started at %s, but its status card still has buttons: %w", e.ref(), e.at.Format("15:04:05"), err)
			}
			e.startSeen = true
		}
	}
	return nil
}

// wait waits for a bot message in chat whose text has all of want.
func (c *crashRun) wait(chat int64, want ...string) error {
	ctx, cancel := context.WithTimeout(context.Background(), crashWait)
	defer cancel()
	_, err := c.tg.WaitMessage(ctx, chat, func(m telegramtest.Message) bool { return containsAll(m.Plain, want) })
	if err != nil {
		return fmt.Errorf("no message %q in chat %d: %w", want, chat, err)
	}
	return nil
}

// waitCard waits for a private card of #1 at place with its Got it button.
func (c *crashRun) waitCard(chat int64, place string) (telegramtest.Message, error) {
	ctx, cancel := context.WithTimeout(context.Background(), crashWait)
	defer cancel()
	m, err := c.tg.WaitMessage(ctx, chat, func(m telegramtest.Message) bool {
		return containsAll(m.Plain, []string{"Picnic (#1)", "📍 " + place, "👤 Host"}) &&
			len(m.Buttons) > 0 && strings.Contains(m.Buttons[0][0].Text, "Got it")
	})
	if err != nil {
		return m, fmt.Errorf("no card of #1 at %s in chat %d: %w", place, chat, err)
	}
	return m, nil
}

// waitCount waits until n bot messages were sent to chat with all of want.
func (c *crashRun) waitCount(chat int64, n int, want ...string) error {
	ctx, cancel := context.WithTimeout(context.Background(), crashWait)
	defer cancel()
	for c.sent.count(chat, want...) < n {
		// Any new message in the chat wakes the wait; the match is the count.
		_, err := c.tg.WaitMessage(ctx, chat, func(telegramtest.Message) bool { return c.sent.count(chat, want...) >= n })
		if err != nil {
			return fmt.Errorf("%d of %d messages %q in chat %d: %w", c.sent.count(chat, want...), n, want, chat, err)
		}
	}
	return nil
}
