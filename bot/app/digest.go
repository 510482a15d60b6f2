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

// planDigest sets a group's digest timer from its settings.
func (a *Settings) planDigest(t *turn, group int64) error {
	var at time.Time
	if s := a.settings(t.tx, group); s.Digest != "" {
		cal, err := allaboard.ParseCalendar(s.Digest, s.Location())
		if err != nil {
			return fmt.Errorf("digest of %d: %w", group, err) // checked when set
		}
		at = cal.Next(t.now)
	}
	return t.tx.SetTimer(allaboard.Timer{Kind: allaboard.TimerDigest, Group: group, At: at})
}

// digest sends the hosts of a group's upcoming events their digest, if its
// run was not missed by too long, and plans the next.
func (a *Settings) digest(t *turn, group int64, due time.Time) error {
	c, err := t.tx.Chat(group)
	if errors.Is(err, allaboard.ErrNotFound) || err == nil && (c.Removed || c.MovedTo != 0) {
		return nil
	} else if err != nil {
		return err
	}
	if t.now.Sub(due) < digestGrace {
		if err := a.sendDigests(t, c); err != nil {
			return err
		}
	}
	return a.planDigest(t, group)
}

// sendDigests sends each host, privately, how their upcoming events stand:
// only when someone has not confirmed, or something changed since the last.
func (a *Settings) sendDigests(t *turn, c allaboard.Chat) error {
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
	hosts := make([]int64, 0, len(byHost))
	for h := range byHost {
		hosts = append(hosts, h)
	}
	slices.Sort(hosts)
	for _, h := range hosts {
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
