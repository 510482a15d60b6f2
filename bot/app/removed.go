package app

import (
	"errors"
	"time"

	"allaboard"
	"allaboard/bot/notice"
)

// keepRemoved is how long the data of a group that removed the bot is kept,
// in case it is added back.
const keepRemoved = 30 * 24 * time.Hour

// removedFrom stops all chasing in a group the bot was removed from and
// tells the hosts of its upcoming events. The data is deleted 30 days later
// unless the bot is added back.
func (a *Roster) removedFrom(t *turn, group int64) error {
	c, err := t.tx.Chat(group)
	if errors.Is(err, allaboard.ErrNotFound) || err == nil && c.Removed {
		return nil
	} else if err != nil {
		return err
	}
	c.Removed, c.Greeted, c.Admin, c.RemovedAt = true, false, false, t.now
	if err := t.tx.SaveChat(c); err != nil {
		return err
	}
	upcoming, err := upcomingEvents(t.tx, group, t.now)
	if err != nil {
		return err
	}
	purge := t.now.Add(keepRemoved)
	for _, e := range upcoming {
		if err := stopChase(t.tx, e); err != nil {
			return err
		}
		for _, id := range e.Hosts() {
			host, err := allaboard.LookupUser(t.tx, id)
			if err != nil {
				return err
			}
			if host.Reachable() {
				if err := t.Tell(id, notice.RemovalOf(e, purge)); err != nil {
					return err
				}
			}
		}
	}
	if err := t.tx.SetTimer(allaboard.Timer{Kind: allaboard.TimerRoster, Group: group}); err != nil {
		return err
	}
	return t.tx.SetTimer(allaboard.Timer{Kind: allaboard.TimerPurge, Group: group, At: purge})
}

// stopChase ends every member's chase for an event.
func stopChase(tx allaboard.Tx, e allaboard.Event) error {
	responses, err := tx.Responses(e.Group, e.Num)
	if err != nil {
		return err
	}
	for _, r := range responses {
		if r.Due.IsZero() {
			continue
		}
		r.Due = time.Time{}
		if err := tx.SaveResponse(r); err != nil {
			return err
		}
	}
	return nil
}

// returned resumes a group the bot was added back to: its data is kept, and
// everyone who has not confirmed an upcoming event is chased again.
func (a *Roster) returned(t *turn, group int64) error {
	if err := t.tx.SetTimer(allaboard.Timer{Kind: allaboard.TimerPurge, Group: group}); err != nil {
		return err
	}
	upcoming, err := upcomingEvents(t.tx, group, t.now)
	if err != nil {
		return err
	}
	members, err := t.tx.Members(group)
	if err != nil {
		return err
	}
	for _, e := range upcoming {
		if err := a.app.Chase.plan(t, e); err != nil {
			return err
		}
		for _, m := range members {
			if m.Left || m.User == e.Host {
				continue
			}
			if _, err := a.app.Chase.again(t, e, m.User, false); err != nil {
				return err
			}
		}
		if err := a.app.Chase.planHandOff(t, e); err != nil {
			return err
		}
		if err := a.app.Events.refreshStatus(t, e); err != nil {
			return err
		}
	}
	return nil
}

// purge deletes a group's data once the bot has been gone for keepRemoved.
func purge(t *turn, group int64) error {
	c, err := t.tx.Chat(group)
	if errors.Is(err, allaboard.ErrNotFound) || err == nil && !c.Removed {
		return nil // added back, or already gone
	} else if err != nil {
		return err
	}
	return t.tx.DeleteGroup(group)
}
