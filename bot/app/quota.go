package app

import (
	"sync"
	"time"

	"allaboard"
	"allaboard/bot/notice"
)

// mayAnnounce reports whether host may announce another event in group
// (Config.Quotas: HostEventsPerDay, GroupEventsPerDay), telling chat if not.
func (a *Events) mayAnnounce(t *turn, group, host, chat int64) (bool, error) {
	events, err := t.tx.Events(group)
	if err != nil {
		return false, err
	}
	byHost, all := allaboard.EventsToday(events, host, t.now)
	switch {
	case byHost >= a.cfg.Quotas.HostEventsPerDay:
		return false, t.Tell(chat, &allaboard.Notice{Kind: notice.QuotaHostEvents, Count: byHost})
	case all >= a.cfg.Quotas.GroupEventsPerDay:
		return false, t.Tell(chat, &allaboard.Notice{Kind: notice.QuotaGroupEvents, Count: all})
	}
	return true, nil
}

// mayChange reports whether e may change again this hour
// (Config.Quotas.EventChangesPerHour), telling chat if not.
func (a *Events) mayChange(t *turn, e allaboard.Event, chat int64) (bool, error) {
	revs, err := t.tx.Revisions(e.Group, e.Num)
	if err != nil {
		return false, err
	}
	if n := allaboard.ChangesThisHour(revs, t.now); n >= a.cfg.Quotas.EventChangesPerHour {
		quota := notice.OfEvent(notice.QuotaChanges, e)
		quota.Count = n
		return false, t.Tell(chat, quota)
	}
	return true, nil
}

// Admit reports whether the command in m is carried out: a member who sends
// more than Config.Quotas.CommandsPerMinute is told once to wait, then ignored
// until the minute is over.
func (a *Events) Admit(t *turn, m *Message) (bool, error) {
	if m.From == nil {
		return true, nil
	}
	ok, tell := a.rates.allow(rateKey{m.From.ID, "command"}, a.cfg.Quotas.CommandsPerMinute, t.now)
	if !ok && tell {
		return false, t.Tell(m.Chat.ID, notice.New(notice.QuotaCommands))
	}
	return ok, nil
}

// admitPress is Admit for a button press: the answer shows only to the one
// who pressed, so it is given every time.
func (a *Events) admitPress(t *turn, q *Press) bool {
	ok, _ := a.rates.allow(rateKey{q.From.ID, "press"}, a.cfg.Quotas.PressesPerMinute, t.now)
	if !ok {
		t.answer(q, notice.New(notice.QuotaPresses))
	}
	return ok
}

type rateKey struct {
	user int64
	kind string
}

// rates counts what each member did in the last minute. In memory only: a
// restart forgives everyone, which is fine for a guard against floods.
type rates struct {
	mu   sync.Mutex
	seen map[rateKey][]time.Time
	told map[rateKey]time.Time // when the member was last told to wait
}

// allow counts one more at now if fewer than n were counted in the minute
// before; tell is set for the first refusal in a minute.
func (r *rates) allow(k rateKey, n int, now time.Time) (ok, tell bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.seen == nil {
		r.seen, r.told = map[rateKey][]time.Time{}, map[rateKey]time.Time{}
	}
	if len(r.seen) > 10000 {
		r.forget(now)
	}
	times := r.seen[k]
	for len(times) > 0 && now.Sub(times[0]) >= time.Minute {
		times = times[1:]
	}
	if len(times) >= n {
		r.seen[k] = times
		tell = now.Sub(r.told[k]) >= time.Minute
		if tell {
			r.told[k] = now
		}
		return false, tell
	}
	r.seen[k] = append(times, now)
	return true, false
}

// forget drops the members with nothing in the last minute.
func (r *rates) forget(now time.Time) {
	for k, times := range r.seen {
		if len(times) == 0 || now.Sub(times[len(times)-1]) >= time.Minute {
			delete(r.seen, k)
			delete(r.told, k)
		}
	}
}
