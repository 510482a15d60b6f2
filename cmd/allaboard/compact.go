package main

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"allaboard/store"
)

// runCompact is "allaboard compact [-db FILE] [TARGET]": it rewrites the
// database without the free pages a bbolt file keeps once it has grown, in
// place or into TARGET, a new file. The bot must be stopped.
func runCompact(args []string, getenv func(string) string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("allaboard compact", flag.ContinueOnError)
	fs.SetOutput(stderr)
	path := fs.String("db", cmp.Or(getenv("ALLABOARD_DB"), "allaboard.db"), "database file (default: $ALLABOARD_DB, then allaboard.db)")
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: allaboard compact [-db FILE] [TARGET]

Rewrites the database without its free space, in place or into TARGET (a new
file). Stop the bot first. Worth it after many events were pruned or a large
group forgotten, or when the file is much larger than its data.

`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); errors.Is(err, flag.ErrHelp) {
		return 0
	} else if err != nil {
		return 2
	}
	if fs.NArg() > 1 {
		fmt.Fprintf(stderr, "allaboard compact: unexpected argument %q\n", fs.Arg(1))
		fs.Usage()
		return 2
	}
	target := *path
	if fs.NArg() == 1 {
		target = fs.Arg(0)
		if _, err := os.Stat(target); err == nil {
			fmt.Fprintf(stderr, "allaboard compact: %s exists; give a new file, or none to compact in place\n", target)
			return 1
		}
	}
	before, err := os.Stat(*path)
	if err != nil {
		fmt.Fprintf(stderr, "allaboard compact: %v\n", err)
		return 1
	}
	if err := store.Compact(*path, target); err != nil {
		if errors.Is(err, store.ErrInUse) {
			fmt.Fprintf(stderr, "allaboard compact: %s is in use by a running allaboard: stop the bot first\n", *path)
		} else {
			fmt.Fprintf(stderr, "allaboard compact: %s\n", explain(err, *path))
		}
		return 1
	}
	after, err := os.Stat(target)
	if err != nil {
		fmt.Fprintf(stderr, "allaboard compact: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "%s: %s → %s: %s\n", *path, megabytes(before.Size()), target, megabytes(after.Size()))
	return 0
}

func megabytes(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/(1<<20)) }
