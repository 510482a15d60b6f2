package store

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"allaboard"

	"go.etcd.io/bbolt"
)

// The size benchmarks replay a busy deployment through the store with a fake
// clock: 250 groups of 30 members, 4 events a group a month, each announced a
// week ahead, moved twice, every member confirming and answering. Run them
// with
//
//	go test -run '^$' -bench Size -benchtime 1x ./store/
//
// BenchmarkSizeMonth reports bytes per event and per response after a month
// (in use: records, keys and bbolt's overhead), the file, its pages, and
// the pages after Compact; BenchmarkSizeYear replays a year with a daily
// Prune at the default retention and projects the database for 1,000 groups.

const (
	simGroups  = 250
	simMembers = 30
	simEvents  = 4 // a group a month
)

func BenchmarkSizeMonth(b *testing.B) {
	for range b.N {
		sim := newSim(b)
		sim.run(b, 30, 0)
		sim.report(b)
	}
}

func BenchmarkSizeYear(b *testing.B) {
	for range b.N {
		sim := newSim(b)
		sim.run(b, 365, 180*24*time.Hour)
		data, _, _ := sim.inUse(b)
		const per1000 = 1000.0 / simGroups / (1 << 20)
		b.ReportMetric(float64(data)*per1000, "MB-data/1000groups")
		b.ReportMetric(float64(pages(b, sim.db.bolt))*per1000, "MB-pages/1000groups")
		b.ReportMetric(float64(sim.compacted(b))*per1000, "MB-compacted/1000groups")
		b.ReportMetric(float64(sim.pruned.Events), "events-pruned")
	}
}

// sim drives the store as the bot would, with a clock that has nanoseconds
// as a real one does.
type sim struct {
	db     *DB
	start  time.Time
	events int               // announced
	live   []allaboard.Event // announced in the last 8 days
	pruned PruneStats
	msgID  int
}

func newSim(tb testing.TB) *sim {
	tb.Helper()
	db, err := Open(filepath.Join(tb.TempDir(), "size.db"))
	if err != nil {
		tb.Fatal(err)
	}
	db.bolt.NoSync = true // the size is the same; the replay is much faster
	tb.Cleanup(func() { db.Close() })
	return &sim{db: db, start: time.Date(2026, 1, 1, 0, 0, 0, 123456789, time.UTC)}
}

func simGroup(g int) int64 { return -1001000000000 - int64(g) }
func simUser(g, m int) int64 {
	return 5000000000 + int64(g)*100 + int64(m)
}

// run replays days of activity; keep > 0 prunes daily with that retention.
func (s *sim) run(tb testing.TB, days int, keep time.Duration) {
	tb.Helper()
	s.setUp(tb)
	for d := range days {
		day := s.start.Add(time.Duration(d) * 24 * time.Hour)
		for g := range simGroups {
			// Each group announces on days spread over the month.
			if (d*simEvents+g)%30 < simEvents {
				s.announce(tb, g, day)
			}
		}
		s.follow(tb, day)
		if keep > 0 {
			st, err := s.db.Prune(day.Add(23*time.Hour), keep)
			if err != nil {
				tb.Fatal(err)
			}
			s.pruned.add(st)
		}
	}
}

func (s *sim) setUp(tb testing.TB) {
	tb.Helper()
	s.update(tb, func(t *tx) error {
		for g := range simGroups {
			if err := t.SaveChat(allaboard.Chat{ID: simGroup(g), Kind: allaboard.Supergroup, Title: "Class 3b parents " + strconv.Itoa(g)}); err != nil {
				return err
			}
			for m := range simMembers {
				u := allaboard.User{ID: simUser(g, m), FirstName: "Parent", LastName: strconv.Itoa(m), Username: "parent_" + strconv.Itoa(m), Started: true}
				if err := t.SaveUser(u); err != nil {
					return err
				}
				if err := t.SaveMember(allaboard.Member{Group: simGroup(g), User: u.ID, Since: s.start}); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// announce posts an event a week ahead: the card, a private card for each
// member, their responses and the event's timers.
func (s *sim) announce(tb testing.TB, g int, day time.Time) {
	tb.Helper()
	now := day.Add(9 * time.Hour)
	host := allaboard.User{ID: simUser(g, 0), FirstName: "Parent", LastName: "0"}
	s.update(tb, func(t *tx) error {
		n, err := t.NextEventNum(simGroup(g))
		if err != nil {
			return err
		}
		when := day.Add(7*24*time.Hour + 15*time.Hour)
		e, r, err := allaboard.NewEventUntil(simGroup(g), n, host, "Mia's birthday party", allaboard.Span{Start: when, End: when.Add(2 * time.Hour)},
			"Jump House, Hauptstraße 12", "Bring socks for the trampolines. Pick-up at the side entrance.", now)
		if err != nil {
			return err
		}
		if err := t.CreateEvent(e); err != nil {
			return err
		}
		if err := t.AddRevision(e.Group, e.Num, r); err != nil {
			return err
		}
		for _, kind := range []allaboard.TimerKind{allaboard.TimerReminder, allaboard.TimerStart} {
			if err := t.SetTimer(allaboard.Timer{Kind: kind, Group: e.Group, Event: e.Num, At: when.Add(-time.Hour)}); err != nil {
				return err
			}
		}
		s.events++
		s.live = append(s.live, e)
		return s.round(t, e, now, true)
	})
}

// round restarts every member's chase for e's latest version and posts the
// cards, delivered at once.
func (s *sim) round(t *tx, e allaboard.Event, now time.Time, first bool) error {
	if err := s.deliver(t, allaboard.Outgoing{ChatID: e.Group, Text: simCard, Ref: allaboard.CardRef(e), Fresh: true, Created: now}); err != nil {
		return err
	}
	for m := range simMembers {
		u := simUser(int(-1001000000000-e.Group), m)
		r := allaboard.Response{Group: e.Group, Event: e.Num, User: u}
		if !first {
			var err error
			if r, err = t.Response(e.Group, e.Num, u); err != nil {
				return err
			}
		}
		r.Restart(now, now.Add(time.Duration(m)*time.Second))
		r.HandOffAt = now.Add(4 * time.Hour)
		if err := t.SaveResponse(r); err != nil {
			return err
		}
		ref := allaboard.PrivateCardRef(e)
		if m == 0 {
			ref = allaboard.StatusRef(e)
		}
		if err := s.deliver(t, allaboard.Outgoing{ChatID: u, Text: simCard, Ref: ref, Fresh: true, Late: true, Created: now,
			Chase: &allaboard.ChaseTag{Group: e.Group, Event: e.Num, Rev: e.Material, Users: []int64{u}}}); err != nil {
			return err
		}
	}
	return nil
}

// deliver enqueues a message and completes it, recording its ref, as the
// sender does.
func (s *sim) deliver(t *tx, m allaboard.Outgoing) error {
	if err := t.Enqueue(m); err != nil {
		return err
	}
	box := t.btx.Bucket(bucketOutbox)
	k, _ := box.Cursor().Last()
	if err := box.Delete(k); err != nil {
		return err
	}
	s.msgID++
	return t.btx.Bucket(bucketRefs).Put(refKey(m.ChatID, m.Ref), itob(int64(s.msgID)))
}

// follow does a day's work on the events announced before it: the first
// reminder, two moves in the first two days, everyone answering in small
// transactions, and the event's end.
func (s *sim) follow(tb testing.TB, day time.Time) {
	tb.Helper()
	live := s.live[:0]
	for _, e := range s.live {
		age := int(day.Sub(e.Created.Truncate(24*time.Hour)) / (24 * time.Hour))
		if age < 8 {
			live = append(live, e)
		}
		now := day.Add(11 * time.Hour)
		switch {
		case age == 0:
			s.ping(tb, e, now)
		case age == 1 || age == 2:
			s.move(tb, e, now)
		case age == 3:
			s.answer(tb, e, now)
		case age == 8:
			s.finish(tb, e)
		}
	}
	s.live = live
}

func (s *sim) ping(tb testing.TB, e allaboard.Event, now time.Time) {
	tb.Helper()
	s.eachResponse(tb, e, 0, simMembers, func(r *allaboard.Response) {
		r.Pinged(now, allaboard.ViaDM)
		r.Due = now.Add(time.Hour)
	})
}

func (s *sim) move(tb testing.TB, e allaboard.Event, now time.Time) {
	tb.Helper()
	s.update(tb, func(t *tx) error {
		e, err := t.Event(e.Group, e.Num)
		if err != nil {
			return err
		}
		rev, err := e.Move(allaboard.User{ID: e.Host, FirstName: "Parent"}, now, e.When.Add(time.Hour))
		if err != nil {
			return err
		}
		if err := t.SaveEvent(e); err != nil {
			return err
		}
		if err := t.AddRevision(e.Group, e.Num, rev); err != nil {
			return err
		}
		return s.round(t, e, now, false)
	})
}

// answer has every member confirm and answer, five to a transaction.
func (s *sim) answer(tb testing.TB, e allaboard.Event, now time.Time) {
	tb.Helper()
	var cur allaboard.Event
	s.view(tb, func(t *tx) (err error) { cur, err = t.Event(e.Group, e.Num); return err })
	for m := 0; m < simMembers; m += 5 {
		s.eachResponse(tb, e, m, m+5, func(r *allaboard.Response) {
			r.Pinged(now, allaboard.ViaDM)
			r.Answer(allaboard.Going, cur.Material, now.Add(time.Duration(m)*time.Minute))
			r.Mention = 4242
		})
	}
}

func (s *sim) finish(tb testing.TB, e allaboard.Event) {
	tb.Helper()
	s.update(tb, func(t *tx) error {
		for _, kind := range []allaboard.TimerKind{allaboard.TimerReminder, allaboard.TimerStart} {
			if err := t.SetTimer(allaboard.Timer{Kind: kind, Group: e.Group, Event: e.Num}); err != nil {
				return err
			}
		}
		return nil
	})
}

// eachResponse changes the responses of members from to to in one transaction.
func (s *sim) eachResponse(tb testing.TB, e allaboard.Event, from, to int, fn func(*allaboard.Response)) {
	tb.Helper()
	s.update(tb, func(t *tx) error {
		for m := from; m < to; m++ {
			r, err := t.Response(e.Group, e.Num, simUser(int(-1001000000000-e.Group), m))
			if err != nil {
				return err
			}
			fn(&r)
			if err := t.SaveResponse(r); err != nil {
				return err
			}
		}
		return nil
	})
}

func (s *sim) update(tb testing.TB, fn func(*tx) error) {
	tb.Helper()
	if err := s.db.bolt.Update(func(btx *bbolt.Tx) error { return fn(newTx(tightly(btx))) }); err != nil {
		tb.Fatal(err)
	}
}

func (s *sim) view(tb testing.TB, fn func(*tx) error) {
	tb.Helper()
	if err := s.db.bolt.View(func(btx *bbolt.Tx) error { return fn(newTx(btx)) }); err != nil {
		tb.Fatal(err)
	}
}

func (s *sim) fileSize(tb testing.TB) int64 {
	tb.Helper()
	info, err := os.Stat(s.db.Path())
	if err != nil {
		tb.Fatal(err)
	}
	return info.Size()
}

// report gives the month's figures: bytes in use per event (everything
// kept) and per response (its record, key and bbolt's overhead), the file,
// and the file after Compact.
func (s *sim) report(b *testing.B) {
	b.Helper()
	total, inuse, keys := s.inUse(b)
	b.ReportMetric(float64(total)/float64(s.events), "B/event")
	b.ReportMetric(float64(inuse["responses"])/float64(keys["responses"]), "B/response")
	b.ReportMetric(float64(total)/(1<<20), "MB-data")
	b.ReportMetric(float64(s.fileSize(b))/(1<<20), "MB-file")
	b.ReportMetric(float64(pages(b, s.db.bolt))/(1<<20), "MB-pages")
	b.ReportMetric(float64(s.compacted(b))/(1<<20), "MB-compacted")
}

// inUse is the bytes bbolt uses for records, keys and its own overhead in
// each bucket (leaving out the unused ends of pages), and in all.
func (s *sim) inUse(tb testing.TB) (total int, inuse, keys map[string]int) {
	tb.Helper()
	inuse, keys = map[string]int{}, map[string]int{}
	s.view(tb, func(t *tx) error {
		return t.btx.ForEach(func(name []byte, b *bbolt.Bucket) error {
			st := b.Stats()
			inuse[string(name)] = st.LeafInuse + st.BranchInuse + st.InlineBucketInuse
			keys[string(name)] = st.KeyN
			total += inuse[string(name)]
			if testing.Verbose() {
				fmt.Printf("%-12s %8d keys %10d bytes in use\n", name, st.KeyN, inuse[string(name)])
			}
			return nil
		})
	})
	return total, inuse, keys
}

// pages is the size of a database's pages up to the last one used. The
// file is larger by what bbolt allocates ahead: up to 16 MB, or to the next
// power of two below that.
func pages(tb testing.TB, db *bbolt.DB) int64 {
	tb.Helper()
	var n int64
	if err := db.View(func(btx *bbolt.Tx) error { n = btx.Size(); return nil }); err != nil {
		tb.Fatal(err)
	}
	return n
}

// compacted is the size of the pages of a compacted copy of the database.
func (s *sim) compacted(tb testing.TB) int64 {
	tb.Helper()
	path := s.db.Path()
	if err := s.db.Close(); err != nil {
		tb.Fatal(err)
	}
	if err := Compact(path, path+".compact"); err != nil {
		tb.Fatal(err)
	}
	c, err := Open(path + ".compact")
	if err != nil {
		tb.Fatal(err)
	}
	defer c.Close()
	if s.db, err = Open(path); err != nil { // for the cleanup's Close
		tb.Fatal(err)
	}
	return pages(tb, c.bolt)
}

// simCard is a card's text, about as long as a real one.
var simCard = fmt.Sprintf("<b>📣 Mia's birthday party</b>\n🕒 Sat 5 Dec 15:00–17:00 (Europe/Berlin)\n📍 Jump House, Hauptstraße 12\n👤 Host: Parent 0\n📝 %s\n\n✅ 7 of 30 confirmed · 🎉 4 going", "Bring socks for the trampolines. Pick-up at the side entrance.")
