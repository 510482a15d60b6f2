package app

import (
	"errors"
	"strconv"

	"allaboard"
	"allaboard/bot/notice"
)

// One current card per event: each material version gets a card of its own
// in the group, and once it is delivered the earlier ones are retired (no
// buttons, a word that they are outdated, a link to it) and it is pinned in
// their place, if the bot may pin.

// cardPosted acts on the delivery of the first card of version rev of event
// num, as message msg. A card delivered after a newer version was made does
// nothing: the newer card's delivery does it all.
func (a *Events) cardPosted(t *turn, group int64, num, rev, msg int) error {
	e, err := t.tx.Event(group, num)
	if errors.Is(err, allaboard.ErrNotFound) || err == nil && e.Material != rev {
		return nil
	} else if err != nil {
		return err
	}
	revs, err := t.tx.Revisions(group, num)
	if err != nil {
		return err
	}
	var earlier []int
	for _, v := range allaboard.MaterialRevs(revs) {
		if v < rev {
			earlier = append(earlier, v)
		}
	}
	// Newest first: the card just before is the one most likely looked at.
	next := rev
	for i := len(earlier) - 1; i >= 0; i-- {
		shown := next - 1 // the revision its card last showed
		old := e.AsOf(revs, shown)
		next = earlier[i]
		n := notice.New(notice.OutdatedCard, "msg", strconv.Itoa(msg))
		n.Group, n.Event, n.Rev = group, num, shown
		err := t.enqueue(allaboard.Outgoing{ChatID: group, Ref: allaboard.CardRef(old), EditOnly: true, Notice: n})
		if err != nil {
			return err
		}
	}
	if err := t.enqueue(allaboard.Outgoing{ChatID: group, Ref: allaboard.CardRef(e), Op: allaboard.OpPin}); err != nil {
		return err
	}
	if len(earlier) == 0 {
		return nil
	}
	previous := e.AsOf(revs, earlier[len(earlier)-1])
	return t.enqueue(allaboard.Outgoing{ChatID: group, Ref: allaboard.CardRef(previous), Op: allaboard.OpUnpin})
}

// unpin takes e's card down from the group's pinned messages when it starts.
func (a *Events) unpin(t *turn, e allaboard.Event) error {
	removed, err := allaboard.BotRemoved(t.tx, e.Group)
	if err != nil || removed {
		return err
	}
	return t.enqueue(allaboard.Outgoing{ChatID: e.Group, Ref: allaboard.CardRef(e), Op: allaboard.OpUnpin})
}
