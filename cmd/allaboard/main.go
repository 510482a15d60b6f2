// Command allaboard runs the All Aboard Telegram bot.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"
	_ "time/tzdata" // time zones work on machines without a zone database (minimal containers)
)

// stopLimit is how soon after SIGINT or SIGTERM the process is gone, as
// docs/production.md promises: the bot sends for up to drainTimeout, then
// closes the database.
const stopLimit = 5 * time.Second

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go exitAfter(ctx, stopLimit, os.Stderr, os.Exit)
	os.Exit(run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr))
}

// exitAfter ends the process limit after ctx is done, if it is still
// there: whatever holds up a clean stop, a stop signal ends it in time.
func exitAfter(ctx context.Context, limit time.Duration, stderr io.Writer, exit func(int)) {
	<-ctx.Done()
	time.Sleep(limit)
	fmt.Fprintf(stderr, "allaboard: not stopped %v after the signal; exiting now (what is unsent goes out on the next start)\n", limit)
	exit(1)
}

// run is the whole program; it returns the exit status: 0 after a clean stop,
// 1 when running failed, 2 for a wrong command line.
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "demo" {
		return runDemo(ctx, args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "compact" {
		return runCompact(args[1:], getenv, stdout, stderr)
	}
	if len(args) > 0 && args[0] == "backup" {
		return runBackup(ctx, args[1:], getenv, stdout, stderr)
	}
	if len(args) > 0 && args[0] == "check" {
		return runCheck(args[1:], getenv, stdout, stderr)
	}
	m := NewMain()
	m.Stdout, m.Stderr = stdout, stderr
	if err := m.ParseFlags(args, getenv); errors.Is(err, flag.ErrHelp) {
		return 0
	} else if err != nil {
		return 2
	}
	err := m.Run(ctx)
	if cerr := m.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		fmt.Fprintf(stderr, "allaboard: %s\n", strings.ReplaceAll(explain(err, m.Config.DBPath), m.Config.Token, "<token>"))
		return 1
	}
	return 0
}
