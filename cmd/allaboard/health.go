package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// pollMargin is added to twice the poll timeout before polling counts as
// broken: a poll returns within its timeout, one failed poll and the wait
// after it are tolerated.
const pollMargin = 5 * time.Second

// dbCheckTimeout bounds the database read of a health check.
const dbCheckTimeout = 2 * time.Second

// opsServer serves /healthz and /metrics on -metrics-addr.
type opsServer struct {
	srv  *http.Server
	addr net.Addr
	done chan struct{}
}

// serveOps listens on addr and serves in the background until close. stale
// is how long without an answer to a poll means polling is broken; read is
// a read of the database.
func serveOps(addr string, m *metrics, stale time.Duration, read func() error, log *slog.Logger) (*opsServer, error) {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("metrics: listen on %s: %w", addr, err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{ErrorHandling: promhttp.ContinueOnError})) // a collector that cannot read /proc spoils no other
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if problem := health(r.Context(), m, stale, read); problem != "" {
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintln(w, problem)
			return
		}
		fmt.Fprintln(w, "ok")
	})
	s := &opsServer{
		srv:  &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second},
		addr: l.Addr(),
		done: make(chan struct{}),
	}
	go func() {
		defer close(s.done)
		if err := s.srv.Serve(l); !errors.Is(err, http.ErrServerClosed) {
			log.Error("metrics server stopped", "err", err)
		}
	}()
	return s, nil
}

// close stops the server, letting a request in flight finish for a moment.
func (s *opsServer) close() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	if err := s.srv.Shutdown(ctx); err != nil {
		s.srv.Close()
	}
	<-s.done
}

// health returns what is wrong, or "" if Telegram answered a poll lately
// and the database answers a read.
func health(ctx context.Context, m *metrics, stale time.Duration, read func() error) string {
	since, ok := m.sincePoll(time.Now())
	switch {
	case !ok:
		return "telegram: not connected yet"
	case since > stale:
		return fmt.Sprintf("telegram: no answer to polling for %s", since.Round(time.Second))
	}
	ctx, cancel := context.WithTimeout(ctx, dbCheckTimeout)
	defer cancel()
	errc := make(chan error, 1)
	go func() { errc <- read() }()
	select {
	case err := <-errc:
		if err != nil {
			return fmt.Sprintf("database: %v", err)
		}
	case <-ctx.Done():
		return "database: no answer to a read within " + dbCheckTimeout.String()
	}
	return ""
}
