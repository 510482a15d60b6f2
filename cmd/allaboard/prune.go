package main

import (
	"context"
	"log/slog"
	"time"

	"allaboard/scheduler"
	"allaboard/store"
)

// Events over for longer than the retention period are deleted shortly
// after start (after the bot has caught up with what waited) and then daily.
const (
	pruneAfterStart = time.Minute
	pruneEvery      = 24 * time.Hour
)

// keepPruning prunes the database on the clock until ctx is done; a run
// under way when it is done finishes first.
func keepPruning(ctx context.Context, db *store.DB, clock scheduler.Clock, keep, first time.Duration, log *slog.Logger) {
	for wait := first; ; wait = pruneEvery {
		select {
		case <-ctx.Done():
			return
		case <-clock.After(wait):
		}
		st, err := db.Prune(clock.Now(), keep)
		switch {
		case err != nil:
			log.Error("pruning the database", "err", err)
		case st.Any():
			log.Info("pruned events over for longer than the retention period", "events", st.Events,
				"revisions", st.Revisions, "responses", st.Responses, "message_refs", st.Refs, "update_ids", st.Updates, "pass_ons", st.PassOns, "retention", keep)
		}
	}
}
