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

// runCheck is "allaboard check [-db FILE]": it reads the whole database
// and says whether it is sound. The bot must be stopped.
func runCheck(args []string, getenv func(string) string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("allaboard check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	path := fs.String("db", cmp.Or(getenv("ALLABOARD_DB"), "allaboard.db"), "database file (default: $ALLABOARD_DB, then allaboard.db)")
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: allaboard check [-db FILE]

Reads every page and every record of the database and checks them, without
changing anything. Stop the bot first, or check a copy (allaboard backup).
Prints "ok" and exits 0 if the file is sound; names the damage and exits 1
if not. The bot checks the file's structure itself when it starts; this
goes further.

`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); errors.Is(err, flag.ErrHelp) {
		return 0
	} else if err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "allaboard check: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return 2
	}
	checked, err := store.Check(*path)
	switch {
	case errors.Is(err, store.ErrInUse):
		fmt.Fprintf(stderr, "allaboard check: %s is in use by a running allaboard: stop the bot first, or check a copy (allaboard backup)\n", *path)
		return 1
	case err != nil:
		fmt.Fprintf(stderr, "allaboard check: %s\n", explain(err, *path))
		return 1
	}
	size := int64(0)
	if info, err := os.Stat(*path); err == nil {
		size = info.Size()
	}
	fmt.Fprintf(stdout, "%s: ok (%d pages of records, %s)\n", *path, checked.Pages, megabytes(size))
	if checked.Warning != "" {
		fmt.Fprintf(stderr, "allaboard check: warning: %s: %s\n", *path, checked.Warning)
	}
	return 0
}
