package main

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"allaboard"
	"allaboard/store"
)

// crashVerdict is what the checks found after a crash run.
type crashVerdict struct {
	problems []string
	dups     int    // messages sent more often than the scenario sends them
	copies   string // which, most first
	allowed  int    // at most one per 50 kills, in a long run
	reminded int    // reminders before an event seen
	begun    int    // events seen to start
}

func (v *crashVerdict) problem(format string, args ...any) {
	v.problems = append(v.problems, fmt.Sprintf(format, args...))
}

// verdict opens the database after the final stop and checks the promises
// against it and against what the fake saw.
func (c *crashRun) verdict() crashVerdict {
	var v crashVerdict

	// Every /start answered: none lost.
	for _, u := range c.started {
		if c.sent.count(u.ID, "makes sure everyone") == 0 {
			v.problem("%s's /start was never answered", u.FirstName)
		}
	}
	// Every version of each group's #1 was posted in the group; every
	// silent member got its card and one reminder.
	for _, g := range c.groups {
		for i, place := range g.places[1:] {
			if c.sent.count(g.g.ID, "Picnic (#1)", "→ "+place) == 0 {
				v.problem("version %d (%s) was never posted in %s", i+2, place, g.g.Title)
			}
			for _, u := range g.silent {
				if n := c.sent.count(u.ID, "Picnic", place); n < 2 {
					v.problem("%s got %d messages about %s, want the card and one reminder", u.FirstName, n, place)
				}
			}
		}
	}
	// Each reminder before an event went to every member; an event that
	// began has no card pinned.
	for _, e := range c.timed {
		if e.remindSeen {
			v.reminded++
			for _, u := range e.members {
				if c.sent.count(u.ID, "⏰", "📅 "+e.ref()) == 0 {
					v.problem("%s never got the reminder before %s", u.FirstName, e.ref())
				}
			}
		}
		if e.startSeen {
			v.begun++
			for _, m := range c.tg.BotMessages(e.group.g.ID) {
				if m.Pinned && strings.Contains(m.Plain, "📅 "+e.ref()) {
					v.problem("%s began at %s but its card is still pinned", e.ref(), e.at.Format("15:04"))
				}
			}
		}
	}
	// Anything sent more often than the scenario sends it, by chat and message.
	extra := c.sent.copies()
	for _, n := range extra {
		v.dups += n
	}
	v.allowed = (c.kills + 49) / 50
	v.copies = describe(extra)
	// A kill may send again the one message in flight when it came, and
	// no more: each delivery is recorded before the next message goes. How
	// often a kill comes while one is in flight depends on the machine; over
	// a long run it is at most one kill in 50.
	for kill, n := range c.sent.extraAfter(c.killed) {
		switch {
		case kill < 0:
			v.problem("%d duplicates sent with no kill since the copy they repeat:%s", n, v.copies)
		case n > 1:
			v.problem("%d duplicates after kill %d, more than the one message in flight:%s", n, kill+1, v.copies)
		}
	}
	if c.kills >= 50 && v.dups > v.allowed {
		v.problem("%d duplicates, more than one per 50 kills (%d kills):%s", v.dups, c.kills, v.copies)
	}

	db, err := store.Open(c.db)
	if err != nil {
		c.t.Fatal(err)
	}
	defer db.Close()
	if box, err := db.Outbox(); err != nil || len(box) > 0 {
		v.problem("after the final stop the outbox holds %d messages (%v): %+v", len(box), err, box)
	}
	err = db.View(func(tx allaboard.Tx) error {
		for _, g := range c.groups {
			if err := c.checkGroup(&v, tx, g); err != nil {
				return err
			}
		}
		return c.checkTimed(&v, tx)
	})
	if err != nil {
		c.t.Fatal(err)
	}
	logs, _ := os.ReadFile(c.logs)
	if strings.Contains(string(logs), "panic") {
		v.problem("the program panicked:\n%s", c.tail())
	}
	return v
}

// checkGroup checks what the store holds of g: each /event once, numbered
// in order; one revision of #1 per /event and /edit; everyone's standing
// on its latest version; and the indexes.
func (c *crashRun) checkGroup(v *crashVerdict, tx allaboard.Tx, g *crashGroup) error {
	events, err := tx.Events(g.g.ID)
	if err != nil {
		return err
	}
	var titles []string
	for i, e := range events {
		titles = append(titles, e.Title)
		if e.Num != i+1 {
			v.problem("%s: event %q has number %d, want %d", g.g.Title, e.Title, e.Num, i+1)
		}
	}
	if !slices.Equal(titles, g.events) {
		v.problem("%s: the store has events %q, want each /event once: %q", g.g.Title, titles, g.events)
	}
	revs, err := tx.Revisions(g.g.ID, 1)
	if err != nil {
		return err
	}
	if len(revs) != len(g.places) {
		v.problem("%s: #1 has %d revisions, want %d: one per /event and /edit", g.g.Title, len(revs), len(g.places))
	}
	e, err := tx.Event(g.g.ID, 1)
	if err != nil {
		return err
	}
	if want := g.places[len(g.places)-1]; e.Where != want {
		v.problem("%s: #1 is at %q, want %q", g.g.Title, e.Where, want)
	}
	for _, u := range g.confirmers {
		r, err := tx.Response(g.g.ID, 1, u.ID)
		if err != nil {
			return fmt.Errorf("%s's response: %w", u.FirstName, err)
		}
		if r.Acked != e.Material {
			v.problem("%s confirmed version %d, want %d", u.FirstName, r.Acked, e.Material)
		}
	}
	for _, u := range g.silent {
		r, err := tx.Response(g.g.ID, 1, u.ID)
		if err != nil {
			return err
		}
		if r.Pings != 2 || r.Acked != 0 {
			v.problem("%s: %d reminders counted for the latest version, %d confirmed; want 2 and none", u.FirstName, r.Pings, r.Acked)
		}
	}
	return checkIndexes(v.problem, tx, g.g.ID)
}

// checkTimed checks what the store holds of the timed events: a reminder
// seen was recorded as sent, once, at its time; an event seen to begin is
// chased no more.
func (c *crashRun) checkTimed(v *crashVerdict, tx allaboard.Tx) error {
	due, err := tx.DueResponses(time.Now().AddDate(100, 0, 0), 1<<30)
	if err != nil {
		return err
	}
	for _, te := range c.timed {
		e, err := tx.Event(te.group.g.ID, te.num)
		if err != nil {
			return fmt.Errorf("%s: %w", te.ref(), err)
		}
		if e.Title != te.title || !e.When.Equal(te.at) {
			v.problem("#%d in %s is %q at %s, want %q at %s", te.num, te.group.g.Title, e.Title, e.When, te.title, te.at)
		}
		if te.remindSeen && !e.Reminded.Equal(te.remind) {
			v.problem("%s's reminder was recorded as sent for %s, want %s", te.ref(), e.Reminded, te.remind)
		}
		if te.startSeen && slices.ContainsFunc(due, func(r allaboard.Response) bool { return r.Group == e.Group && r.Event == e.Num }) {
			v.problem("%s began at %s, but someone is still to be reminded of it", te.ref(), te.at.Format("15:04"))
		}
	}
	return nil
}

// checkIndexes checks that the due index and the responses agree, and the
// timer index and the timers.
func checkIndexes(problem func(string, ...any), tx allaboard.Tx, group int64) error {
	far := time.Now().AddDate(100, 0, 0)
	due, err := tx.DueResponses(far, 1<<30)
	if err != nil {
		return fmt.Errorf("due index: %w", err) // an entry without its response
	}
	indexed := map[[3]int64]bool{}
	for _, r := range due {
		if r.Group != group {
			continue
		}
		k := [3]int64{r.Group, int64(r.Event), r.User}
		if indexed[k] || r.Due.IsZero() {
			problem("the due index lists %d/%d/%d wrongly (twice, or with no due time)", r.Group, r.Event, r.User)
		}
		indexed[k] = true
	}
	events, err := tx.Events(group)
	if err != nil {
		return err
	}
	for _, e := range events {
		rs, err := tx.Responses(group, e.Num)
		if err != nil {
			return err
		}
		for _, r := range rs {
			if k := [3]int64{r.Group, int64(r.Event), r.User}; !r.Due.IsZero() && !indexed[k] {
				problem("%d/%d/%d is due %s but not in the due index", r.Group, r.Event, r.User, r.Due)
			}
			delete(indexed, [3]int64{r.Group, int64(r.Event), r.User})
		}
	}
	if len(indexed) > 0 {
		problem("the due index lists %d responses of no event in %d", len(indexed), group)
	}
	if _, err := tx.DueTimers(far, 1<<30); err != nil {
		return fmt.Errorf("timer index: %w", err)
	}
	members, err := tx.Members(group)
	if err != nil {
		return err
	}
	for _, m := range members {
		groups, err := tx.UserGroups(m.User)
		if err != nil {
			return err
		}
		if !m.Left && !slices.Contains(groups, group) {
			problem("member %d is not in the index of members", m.User)
		}
	}
	return nil
}

// figures sums up a run, for the log and docs/reliability.md.
func (c *crashRun) figures(v crashVerdict) string {
	u := c.sent.updates()
	edits, events := 0, 0
	for _, g := range c.groups {
		edits += len(g.places) - 1
		events += len(g.events)
	}
	lost := "0 lost, 0 applied twice"
	if len(v.problems) > 0 {
		lost = fmt.Sprintf("%d problems (above)", len(v.problems))
	}
	return fmt.Sprintf("%d kills, %d starts in %s; %d updates (%d /start, %d /event, %d /edit, %d presses, %d joins, the rest messages): %s; "+
		"%d reminders before an event, %d events begun; %d messages sent, %d duplicates (%s); %d answered 429 by the fake; "+
		"drain: %d queued at the stop, at most %d for one group, %s allowed, %s taken",
		c.kills, c.starts, time.Since(c.began).Round(time.Second), u["message"]+u["press"]+u["added"]+u["join"], len(c.started), events, edits,
		c.presses, u["join"], lost, v.reminded, v.begun, c.sent.total(), v.dups, allowedDups(c.kills), c.tg.RateLimited(),
		c.drained.queued, c.drained.group, c.drained.bound.Round(time.Second), c.drained.took.Round(time.Second)) + v.copies
}

// allowedDups says how many duplicates a run of kills may have.
func allowedDups(kills int) string {
	if kills < 50 {
		return "at most one per kill"
	}
	return fmt.Sprintf("at most one per kill, %d in all", (kills+49)/50)
}
