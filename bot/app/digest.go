package app

import (
	"errors"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
	"time"

	"allaboard"
	"allaboard/bot/render"
	"allaboard/scheduler"
)

// digestGrace is how late a digest may still go after downtime: a day's run
// missed by more than this is skipped, never sent twice.
const digestGrace = 24 * time.Hour

// planDigest sets a group's digest timer from its settings.
func (a *App) planDigest(t *turn, group int64) error {
	var at time.Time
	if s := a.settings(t.tx, group); s.Digest != "" {
		cal, err := scheduler.ParseCalendar(s.Digest, s.Location())
		if err != nil {
			return fmt.Errorf("digest of %d: %w", group, err) // checked when set
		}
		at = cal.Next(t.now)
	}
	return t.tx.SetTimer(allaboard.Timer{Kind: allaboard.TimerDigest, Group: group, At: at})
}

// digest sends the hosts of a group's upcoming events their digest, if its
// run was not missed by too long, and plans the next.
func (a *App) digest(t *turn, group int64, due time.Time) error {
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
func (a *App) sendDigests(t *turn, c allaboard.Chat) error {
	events, err := upcomingEvents(t.tx, c.ID, t.now)
	if err != nil {
		return err
	}
	byHost := map[int64][]allaboard.Event{}
	for _, e := range events {
		byHost[e.Host] = append(byHost[e.Host], e)
	}
	hosts := make([]int64, 0, len(byHost))
	for h := range byHost {
		hosts = append(hosts, h)
	}
	slices.Sort(hosts)
	for _, h := range hosts {
		host, err := lookupUser(t.tx, h)
		if err != nil {
			return err
		}
		if !host.Reachable() {
			continue
		}
		text, pending, err := a.digestText(t, c, byHost[h])
		if err != nil {
			return err
		}
		sum := fingerprint(text)
		if pending == 0 && c.Digests[h] == sum {
			continue
		}
		if err := t.enqueue(allaboard.Outgoing{ChatID: h, Text: text, Silent: pending == 0}); err != nil {
			return err
		}
		if c.Digests == nil {
			c.Digests = map[int64]uint64{}
		}
		c.Digests[h] = sum
	}
	return t.tx.SaveChat(c)
}

// digestText is one host's digest, and how many confirmations are pending.
func (a *App) digestText(t *turn, c allaboard.Chat, events []allaboard.Event) (string, int, error) {
	loc := a.zone(t.tx, c.ID)
	var sb strings.Builder
	fmt.Fprintf(&sb, render.DigestHeader+"\n", render.Escape(c.Title))
	pending := 0
	for _, e := range events {
		r, err := allaboard.LoadRoll(t.tx, e)
		if err != nil {
			return "", 0, err
		}
		fmt.Fprintf(&sb, "\n%s — %s\n%s\n", render.EventName(e), render.When(e.When, loc), render.TallyLine(r.Tally()))
		if e.Cancelled {
			sb.WriteString("❌ <b>CANCELLED</b>\n")
		}
		var names []string
		for _, m := range r.Members {
			if !r.Resp[m.User].Confirmed(e) {
				names = append(names, render.Escape(r.Name(m.User)))
			}
		}
		pending += len(names)
		if len(names) > 0 {
			fmt.Fprintf(&sb, render.DigestPending+"\n", strings.Join(names, ", "))
		}
	}
	return render.ClipHTML(sb.String()), pending, nil
}

func fingerprint(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}
