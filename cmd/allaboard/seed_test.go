package main

import (
	"fmt"
	"net/http"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/app"
	"allaboard/bot/telegramtest"
	"allaboard/store"
)

// The benchmarks' databases are written straight through the store, in the
// shapes the bot keeps after announcing events and chasing their members for
// a while: replaying that through the program would take longer than the
// measurement. Only benchmarks use these helpers.

// seedGroup is a group to seed: members[0] hosts its events.
type seedGroup struct {
	id      int64
	kind    allaboard.ChatKind
	title   string
	members []allaboard.User
	fake    []*telegramtest.User // the members in the fake Telegram, if it knows the group
	events  int
	// due: the reminders of the first event are due at now for every
	// member but the host.
	due bool
}

// seeder writes groups as the bot keeps them at now: each event announced
// two hours ago, everyone reminded once since, and the next reminder due
// within the day, except for members who answered (every confirmEvery-th;
// 0: none) and the due ones.
type seeder struct {
	now          time.Time
	confirmEvery int
	// upgraded seeds groups as an older version left them: not yet checked
	// for missing timers, which the first start does once.
	upgraded bool
}

// seedBatch is about how many responses go in one transaction: bbolt splits
// its nodes only at the commit, so a bigger one spends its time in memmove.
const seedBatch = 5_000

// write seeds the database at path with groups and returns how many
// reminders are pending (due later) and due.
func (s seeder) write(tb testing.TB, path string, groups []seedGroup) (pending, due int) {
	tb.Helper()
	db, err := store.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	for len(groups) > 0 {
		n, size := 0, 0
		for n < len(groups) && (n == 0 || size < seedBatch) {
			size += len(groups[n].members) * groups[n].events
			n++
		}
		err := db.Update(func(tx allaboard.Tx) error {
			for _, g := range groups[:n] {
				p, d, err := s.group(tx, g)
				if err != nil {
					return fmt.Errorf("seed group %d: %w", g.id, err)
				}
				pending, due = pending+p, due+d
			}
			return nil
		})
		if err != nil {
			tb.Fatal(err)
		}
		groups = groups[n:]
	}
	return pending, due
}

func (s seeder) group(tx allaboard.Tx, g seedGroup) (pending, due int, err error) {
	c := allaboard.Chat{ID: g.id, Kind: g.kind, Title: g.title, Joined: s.now.AddDate(0, -2, 0), Greeted: true, Admin: true,
		Count: len(g.members) + 1, CountedAt: s.now.Add(-time.Hour)}
	if !s.upgraded {
		c.Planned = app.PlanVersion
	}
	if err := tx.SaveChat(c); err != nil {
		return 0, 0, err
	}
	for _, u := range g.members {
		if err := tx.SaveUser(u); err != nil {
			return 0, 0, err
		}
		if err := tx.SaveMember(allaboard.Member{Group: g.id, User: u.ID, Since: c.Joined}); err != nil {
			return 0, 0, err
		}
	}
	digest := s.now.Truncate(24 * time.Hour).Add(24*time.Hour + 19*time.Hour)
	if err := tx.SetTimer(allaboard.Timer{Kind: allaboard.TimerDigest, Group: g.id, At: digest}); err != nil {
		return 0, 0, err
	}
	for i := range g.events {
		p, d, err := s.event(tx, g, i)
		if err != nil {
			return 0, 0, err
		}
		pending, due = pending+p, due+d
	}
	return pending, due, nil
}

// event announces event i+1 of g, a few days ahead, with everyone's response.
func (s seeder) event(tx allaboard.Tx, g seedGroup, i int) (pending, due int, err error) {
	num, err := tx.NextEventNum(g.id)
	if err != nil {
		return 0, 0, err
	}
	created := s.now.Add(-2 * time.Hour)
	when := s.now.Truncate(time.Hour).Add(time.Duration(3+i) * 24 * time.Hour)
	host := g.members[0]
	e, rev, err := allaboard.NewEventUntil(g.id, num, host, fmt.Sprintf("Parents' evening %d", num),
		allaboard.Span{Start: when, End: when.Add(2 * time.Hour)}, "School hall, Hauptstraße 12", "Bring the signed forms.", created)
	if err != nil {
		return 0, 0, err
	}
	if err := tx.CreateEvent(e); err != nil {
		return 0, 0, err
	}
	if err := tx.AddRevision(g.id, num, rev); err != nil {
		return 0, 0, err
	}
	p := allaboard.DefaultPolicy
	p.Quiet = allaboard.Quiet{}
	var handOff time.Time
	for j, u := range g.members {
		r := allaboard.Response{Group: g.id, Event: num, User: u.ID}
		r.Restart(created, time.Time{})
		switch dueNow := g.due && i == 0; {
		case j == 0:
			r.Ack(e.Material, created)
		case !dueNow && s.confirmEvery > 0 && j%s.confirmEvery == 0:
			r.Answer(allaboard.Going, e.Material, created.Add(time.Duration(j)*time.Second))
		default:
			r.HandOffAt = p.HandOffAt(r.From, e.When, time.UTC)
			r.Pinged(created, via(u))
			if dueNow {
				r.Due = s.now.Add(-time.Second)
				due++
			} else {
				// Spread over the day, as reminders of many changes are.
				r.Due = s.now.Add(time.Hour + time.Duration(j*37+num*613)*time.Second%(20*time.Hour))
				pending++
			}
			if handOff.IsZero() || r.HandOffAt.Before(handOff) {
				handOff = r.HandOffAt
			}
		}
		if err := tx.SaveResponse(r); err != nil {
			return 0, 0, err
		}
	}
	for _, tm := range []allaboard.Timer{
		{Kind: allaboard.TimerReminder, Group: g.id, Event: num, At: when.Add(-24 * time.Hour)},
		{Kind: allaboard.TimerStart, Group: g.id, Event: num, At: when},
		{Kind: allaboard.TimerHandOff, Group: g.id, Event: num, At: handOff},
	} {
		if err := tx.SetTimer(tm); err != nil {
			return 0, 0, err
		}
	}
	return pending, due, nil
}

// via is how a member was reminded: privately if the bot may write to them.
func via(u allaboard.User) allaboard.Via {
	if u.Reachable() {
		return allaboard.ViaDM
	}
	return allaboard.ViaGroup
}

// storedGroups are n groups of members each, with events each, that exist
// only in the database: nothing is sent to them while a benchmark runs. Every
// other member has opened a chat with the bot.
func storedGroups(n, members, events int) []seedGroup {
	groups := make([]seedGroup, n)
	for i := range groups {
		id := -1001000000000 - int64(i)
		g := seedGroup{id: id, kind: allaboard.Supergroup, title: "Class parents " + itoa(i), events: events}
		for j := range members {
			g.members = append(g.members, allaboard.User{ID: 5000000000 + int64(i)*1000 + int64(j),
				FirstName: "Parent", LastName: itoa(j), Username: "parent_" + itoa(i) + "_" + itoa(j), Started: j%2 == 0})
		}
		groups[i] = g
	}
	return groups
}

// liveGroups are n groups of members each, with the bot an admin, in the fake
// Telegram and then in the database, with one event whose reminders are due:
// the started members after the host have opened a private chat with the
// bot; the host and the rest are reached by mention. The updates this queues are dropped,
// as those of a bot that ran before.
func liveGroups(tb testing.TB, tg *telegramtest.Server, n, members, started int) []seedGroup {
	tb.Helper()
	var groups []seedGroup
	for i := range n {
		var users []*telegramtest.User
		for j := range members {
			users = append(users, tg.AddUser("Member", itoa(i)+"-"+itoa(j), ""))
		}
		tgg := tg.NewGroup("Live group "+itoa(i), users[0])
		g := seedGroup{id: tgg.ID, kind: allaboard.Group, title: tgg.Title, fake: users, events: 1, due: true}
		for j, u := range users {
			tg.AddMemberSilently(tgg, u)
			reachable := j > 0 && j <= started
			if reachable {
				tg.Start(u, "")
			}
			g.members = append(g.members, allaboard.User{ID: u.ID, FirstName: u.FirstName, LastName: u.LastName, Started: reachable})
		}
		tg.AddBot(tgg, users[0], true)
		groups = append(groups, g)
	}
	dropUpdates(tb, tg)
	return groups
}

// dropUpdates makes the fake forget the updates queued for the bot, as
// deleteWebhook does for a bot that was never run.
func dropUpdates(tb testing.TB, tg *telegramtest.Server) {
	tb.Helper()
	resp, err := http.Post(tg.URL()+"/bot"+tg.Token()+"/deleteWebhook?drop_pending_updates=true", "", nil)
	if err != nil {
		tb.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || tg.Pending() != 0 {
		tb.Fatalf("deleteWebhook: %s, %d updates still pending", resp.Status, tg.Pending())
	}
}
