package telegramtest

import (
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"sync"
)

// Server is a fake Telegram Bot API for one bot. All methods are safe for
// concurrent use.
type Server struct {
	opts Options
	bot  *User // the same pointer in every bot message's From
	srv  *httptest.Server
	done chan struct{} // closed by Close: ends long polls and waits
	once sync.Once
	obs  sequencer

	mu      sync.Mutex
	changed chan struct{} // closed and replaced whenever anything changes
	pending []Entry       // observed under the lock, delivered by unlock
	tickets uint64

	users     map[int64]*User
	chats     map[int64]*chat
	nextUser  int64
	nextGroup int64
	nextSuper int64
	privacy   bool

	updates

	queries   map[string]*query
	nextQuery int64

	requests    []Request
	faults      []*fault
	unreachable bool
	twice       twice

	windows     windows
	rateLimited int
	violations  []string

	commands map[menuKey][]BotCommand // by scope type ("default", "all_private_chats", …) and language
	profile  map[profileKey]string    // descriptions, by method and language
	nextFile int
}

// New starts a fake Telegram on a free port of 127.0.0.1.
func New(opts Options) *Server {
	opts = opts.withDefaults()
	s := &Server{
		opts:      opts,
		bot:       &User{ID: botID, FirstName: opts.BotName, Username: opts.BotUsername},
		done:      make(chan struct{}),
		changed:   make(chan struct{}),
		users:     map[int64]*User{},
		chats:     map[int64]*chat{},
		nextUser:  firstUserID,
		nextGroup: -100,
		privacy:   true,
		queries:   map[string]*query{},
		windows:   newWindows(opts.Limits),
	}
	s.updates.next = firstUpdateID
	s.obs.cond = sync.NewCond(&s.obs.mu)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic("telegramtest: listen on 127.0.0.1: " + err.Error())
	}
	s.srv = &httptest.Server{
		Listener: ln,
		Config: &http.Server{
			Handler:  http.HandlerFunc(s.serveHTTP),
			ErrorLog: log.New(io.Discard, "", 0), // dropped connections are on purpose
		},
	}
	s.srv.Start()
	return s
}

// URL is the server's base address; the bot calls URL()+"/bot"+Token()+"/"+method.
func (s *Server) URL() string { return s.srv.URL }

// Token is the only token the server accepts.
func (s *Server) Token() string { return s.opts.Token }

// Bot is the bot's own user; every bot message has this pointer as From.
func (s *Server) Bot() *User { return s.bot }

// Close ends pending long polls and waits, then stops the HTTP server.
func (s *Server) Close() {
	s.once.Do(func() {
		close(s.done)
		s.srv.Close()
	})
}

// wake tells every waiter that something changed. Call with s.mu held.
func (s *Server) wake() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// unlock releases s.mu and then hands what was observed meanwhile to
// Options.Observe, so that the callback never runs under the lock.
func (s *Server) unlock() {
	entries := s.pending
	s.pending = nil
	ticket := s.tickets
	if len(entries) > 0 {
		s.tickets++
	}
	s.mu.Unlock()
	if len(entries) > 0 {
		s.obs.deliver(ticket, func() {
			for _, e := range entries {
				s.opts.Observe(e)
			}
		})
	}
}
