package telegramtest

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"time"
)

type faultKind int

const (
	faultFail faultKind = iota
	faultDrop
	faultSlow
	faultGarbage
	faultLoseAnswer
)

// fault is an injected misbehaviour for the next n calls of method.
type fault struct {
	method     string // "" = any
	n          int
	kind       faultKind
	code       int
	desc       string
	retryAfter int
	delay      time.Duration
}

// Fail answers the next n calls of method ("" = any) with an error, e.g.
// Fail("sendMessage", 1, 429, "Too Many Requests: retry after 1", 1).
// retryAfter > 0 adds parameters.retry_after.
func (s *Server) Fail(method string, n int, code int, description string, retryAfter int) {
	s.addFault(&fault{method: method, n: n, kind: faultFail, code: code, desc: description, retryAfter: retryAfter})
}

// Fail5xx answers the next n calls of method with 502 "Bad Gateway".
func (s *Server) Fail5xx(method string, n int) {
	s.Fail(method, n, http.StatusBadGateway, "Bad Gateway", 0)
}

// Drop closes the connection of the next n calls of method without an
// answer. The request is not processed.
func (s *Server) Drop(method string, n int) {
	s.addFault(&fault{method: method, n: n, kind: faultDrop})
}

// Slow holds the next n calls of method for d (or until the client gives
// up), then processes and answers them normally; a call whose client gave up
// meanwhile is not processed.
func (s *Server) Slow(method string, n int, d time.Duration) {
	s.addFault(&fault{method: method, n: n, kind: faultSlow, delay: d})
}

// SendGarbage answers the next n calls of method with 200 and a body that is
// not JSON. The request is not processed.
func (s *Server) SendGarbage(method string, n int) {
	s.addFault(&fault{method: method, n: n, kind: faultGarbage})
}

// LoseAnswer processes the next n calls of method as usual, then closes
// their connections without an answer, as when the network fails after
// Telegram has acted: a message is sent although the bot hears nothing, and
// updates are handed out although the bot never gets them. It works for the
// url-encoded and multipart requests the library makes.
func (s *Server) LoseAnswer(method string, n int) {
	s.addFault(&fault{method: method, n: n, kind: faultLoseAnswer})
}

// Twice processes every nth call of method twice from now on, as Telegram
// would a client that sent it twice: a sendMessage puts two copies in the
// chat, and the answer is the second's (the first's if the second failed).
// The copy goes with the call it copies: the rate limits don't count it.
// n = 0 stops it.
// Tests use it to show that their checks catch a duplicate.
func (s *Server) Twice(method string, n int) {
	s.mu.Lock()
	defer s.unlock()
	s.twice = twice{method: method, every: n}
}

// twice is the state of Twice.
type twice struct {
	method       string
	every, calls int
	done         int  // calls processed twice
	copying      bool // processing a call the second time
}

// again counts a call of method processed without error and reports
// whether it is to be processed again. Call with s.mu held.
func (s *Server) again(method string) bool {
	t := &s.twice
	if t.every <= 0 || !strings.EqualFold(t.method, method) {
		return false
	}
	t.calls++
	return t.calls%t.every == 0
}

// Doubled is how many calls Twice has processed twice.
func (s *Server) Doubled() int {
	s.mu.Lock()
	defer s.unlock()
	return s.twice.done
}

// Unreachable makes every request get its connection dropped, while on.
func (s *Server) Unreachable(on bool) {
	s.mu.Lock()
	defer s.unlock()
	s.unreachable = on
}

func (s *Server) addFault(f *fault) {
	if f.n <= 0 {
		return
	}
	s.mu.Lock()
	defer s.unlock()
	s.faults = append(s.faults, f)
}

// takeFault consumes one use of the first fault matching method. Call with
// s.mu held.
func (s *Server) takeFault(method string) *fault {
	for i, f := range s.faults {
		if f.method != "" && !strings.EqualFold(f.method, method) {
			continue
		}
		f.n--
		if f.n == 0 {
			s.faults = append(s.faults[:i:i], s.faults[i+1:]...)
		}
		c := *f
		return &c
	}
	return nil
}

// inject applies f. It returns the status answered and whether the request
// is finished; a slow request that waited goes on to be processed.
func (s *Server) inject(w http.ResponseWriter, r *http.Request, f *fault) (int, bool) {
	switch f.kind {
	case faultFail:
		return writeError(w, &apiError{code: f.code, desc: f.desc, retryAfter: f.retryAfter}), true
	case faultDrop:
		hangUp(w)
		return 0, true
	case faultLoseAnswer:
		rest, _ := strings.CutPrefix(r.URL.Path, "/bot")
		token, method, _ := strings.Cut(rest, "/")
		s.answer(httptest.NewRecorder(), &call{ctx: r.Context(), method: method, params: r.Form}, token)
		hangUp(w)
		return 0, true
	case faultGarbage:
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(http.StatusOK)
		w.Write([]byte("<html><body><h1>Welcome to nginx!</h1></body></html>\n"))
		return http.StatusOK, true
	}
	t := time.NewTimer(f.delay)
	defer t.Stop()
	select {
	case <-t.C:
		return 0, false
	case <-r.Context().Done():
	case <-s.done:
	}
	return 0, true
}
