package telegramtest

import "time"

// Unanswered is how many button presses the bot has not answered yet, of
// those Telegram would still take an answer to.
func (s *Server) Unanswered() int {
	s.mu.Lock()
	defer s.unlock()
	n := 0
	for _, q := range s.queries {
		if !q.answered && time.Since(q.at) <= queryLifetime {
			n++
		}
	}
	return n
}
