package telegramtest

import (
	"sync"
	"time"
)

// sequencer runs observer callbacks one at a time in the order their entries
// were taken under the server's lock, without holding that lock.
type sequencer struct {
	mu     sync.Mutex
	cond   *sync.Cond
	served uint64
}

func (q *sequencer) deliver(ticket uint64, f func()) {
	q.mu.Lock()
	for q.served != ticket {
		q.cond.Wait()
	}
	q.mu.Unlock()
	defer func() {
		q.mu.Lock()
		q.served++
		q.cond.Broadcast()
		q.mu.Unlock()
	}()
	f()
}

// note records an entry for Observe. Call with s.mu held.
func (s *Server) note(ch *chat, who, kind, text string, buttons [][]Button) {
	if s.opts.Observe == nil {
		return
	}
	e := Entry{Time: time.Now(), Who: who, Kind: kind, Text: text}
	if ch != nil {
		e.Chat, e.ChatTitle = ch.id, ch.displayTitle()
	}
	for _, row := range buttons {
		var labels []string
		for _, b := range row {
			labels = append(labels, b.Text)
		}
		e.Buttons = append(e.Buttons, labels)
	}
	s.pending = append(s.pending, e)
}
