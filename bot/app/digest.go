package app

import (
	"errors"
	"fmt"
	"hash/fnv"
	"slices"
	"time"

	"allaboard"
	"allaboard/bot/notice"
)

// digestGrace is how late a digest may still go after downtime: a day's run
// missed by more than this is skipped, never sent twice.
const digestGrace = 24 * time.Hour

// planDigest sets a group's digest timer to the next time a host of its
// upcoming events gets a digest: at the group's digest time, or at their
// own (User.Digest). A timer already due stays: it is about to run, and
// sends every digest due by then.
func (a *Settings) planDigest(t *turn, group int64) error {
	cur, err := t.tx.Timer(allaboard.TimerDigest, group, 0)
	if err == nil && !cur.At.IsZero() && !cur.At.After(t.now) {
		return nil
	} else if err != nil && !errors.Is(err, allaboard.ErrNotFound) {
		return err
	}
	return a.nextDigest(t, group)
}

// nextDigest sets a group's digest timer to the first digest after now.
func (a *Settings) nextDigest(t *turn, group int64) error {
	events, err := upcomingEvents(t.tx, group, t.now)
	if err != nil {
		return err
	}
	cals, err := a.digestTimes(t, group, hostsOf(events))
	if err != nil {
		return err
	}
	var at time.Time
	for _, cal := range cals {
		at = earliest(at, cal.Next(t.now))
	}
	return t.tx.SetTimer(allaboard.Timer{Kind: allaboard.TimerDigest, Group: group, At: at})
}

// digestTimes are when a group's hosts get its digest, by host: at their
// own time, or else at the group's; a host who wants none has none. The
// group's own time is kept under 0 too, so that its timer keeps running for
// hosts to come.
func (a *Settings) digestTimes(t *turn, group int64, hosts []int64) (map[int64]allaboard.Calendar, error) {
	s := a.settings(t.tx, group)
	loc := s.Location()
	out := map[int64]allaboard.Calendar{}
	var groups *allaboard.Calendar
	if s.Digest != "" {
		cal, err := allaboard.ParseCalendar(s.Digest, loc)
		if err != nil {
			return nil, fmt.Errorf("digest of %d: %w", group, err) // checked when set
		}
		groups, out[0] = &cal, cal
	}
	for _, h := range hosts {
		u, err := allaboard.LookupUser(t.tx, h)
		if err != nil {
			return nil, err
		}
		switch u.Digest {
		case allaboard.DigestOff:
			continue
		case "":
		default:
			if cal, err := allaboard.ParseCalendar(u.Digest, loc); err == nil {
				out[h] = cal
				continue
			} // checked when set; else as the group's
		}
		if groups != nil {
			out[h] = *groups
		}
	}
	return out, nil
}

// digestDue reports whether host's digest time, by cals, came between from
// and now.
func digestDue(cals map[int64]allaboard.Calendar, host int64, from, now time.Time) bool {
	cal, ok := cals[host]
	if !ok {
		return false
	}
	run := cal.Next(from.Add(-time.Nanosecond)) // a run at from counts
	return !run.IsZero() && !run.After(now)
}

// hostsOf are the hosts and co-hosts of events, each once, in order.
func hostsOf(events []allaboard.Event) []int64 {
	var hosts []int64
	for _, e := range events {
		hosts = append(hosts, e.Hosts()...)
	}
	slices.Sort(hosts)
	return slices.Compact(hosts)
}

// digest sends the hosts of a group's upcoming events whose digest time
// came between due and now their digest, unless it was missed by too
// long, and plans the next.
func (a *Settings) digest(t *turn, group int64, due time.Time) error {
	c, err := t.tx.Chat(group)
	if errors.Is(err, allaboard.ErrNotFound) || err == nil && (c.Removed || c.MovedTo != 0) {
		return nil
	} else if err != nil {
		return err
	}
	if err := a.sendDigests(t, c, latest(due, t.now.Add(-digestGrace))); err != nil {
		return err
	}
	return a.nextDigest(t, group)
}

// sendDigests sends each host whose digest time came since from, privately,
// how their upcoming events stand: only when someone has not confirmed, or
// something changed since the last.
func (a *Settings) sendDigests(t *turn, c allaboard.Chat, from time.Time) error {
	events, err := upcomingEvents(t.tx, c.ID, t.now)
	if err != nil {
		return err
	}
	byHost := map[int64][]allaboard.Event{}
	for _, e := range events {
		for _, h := range e.Hosts() {
			byHost[h] = append(byHost[h], e)
		}
	}
	hosts := hostsOf(events)
	cals, err := a.digestTimes(t, c.ID, hosts)
	if err != nil {
		return err
	}
	for _, h := range hosts {
		if !digestDue(cals, h, from, t.now) {
			continue
		}
		host, err := allaboard.LookupUser(t.tx, h)
		if err != nil {
			return err
		}
		if !host.Reachable() {
			continue
		}
		rolls, pending := make([]allaboard.Roll, 0, len(byHost[h])), 0
		for _, e := range byHost[h] {
			r, err := allaboard.LoadRoll(t.tx, e)
			if err != nil {
				return err
			}
			rolls = append(rolls, r)
			pending += len(r.Pending())
		}
		sum := fingerprint(rolls)
		if pending == 0 && c.Digests[h] == sum {
			continue
		}
		n := &allaboard.Notice{Kind: notice.Digest, Group: c.ID, User: h}
		if err := t.enqueue(allaboard.Outgoing{ChatID: h, Notice: n, Silent: pending == 0, Class: allaboard.ClassDigest, For: c.ID}); err != nil {
			return err
		}
		if c.Digests == nil {
			c.Digests = map[int64]uint64{}
		}
		c.Digests[h] = sum
	}
	return t.tx.SaveChat(c)
}

// latest is the later of two times.
func latest(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// fingerprint sums up what a digest is about: each event's version and
// state, the counts, and who has yet to confirm. A new wording of the
// digest must not make it look changed.
func fingerprint(rolls []allaboard.Roll) uint64 {
	h := fnv.New64a()
	for _, r := range rolls {
		e, tl := r.Event, r.Tally()
		fmt.Fprintf(h, "%d:%d:%t:%d/%d:%d/%d/%d:%v;", e.Num, e.Rev, e.Cancelled, tl.Confirmed, tl.Members, tl.Going, tl.Maybe, tl.CantGo, r.Pending())
	}
	return h.Sum64()
}
