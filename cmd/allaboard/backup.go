package main

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"allaboard/store"
)

// runBackup is "allaboard backup [-db FILE] TARGET": it writes a consistent
// copy of the database to TARGET, a new file. A stopped bot's database is
// copied here; a running bot, which holds the file's lock, is asked to make
// the copy itself.
func runBackup(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("allaboard backup", flag.ContinueOnError)
	fs.SetOutput(stderr)
	path := fs.String("db", cmp.Or(getenv("ALLABOARD_DB"), "allaboard.db"), "database file (default: $ALLABOARD_DB, then allaboard.db)")
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: allaboard backup [-db FILE] TARGET

Copies the database into TARGET, a new file (mode 0600), consistently: also
while the bot runs, which then makes the copy itself (ask it as the user it
runs as). To restore, stop the bot, put the copy in place of the database
file, and start the bot.

`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); errors.Is(err, flag.ErrHelp) {
		return 0
	} else if err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		if fs.NArg() == 0 {
			fmt.Fprintln(stderr, "allaboard backup: say where the copy goes: allaboard backup TARGET")
		} else {
			fmt.Fprintf(stderr, "allaboard backup: unexpected argument %q\n", fs.Arg(1))
		}
		fs.Usage()
		return 2
	}
	target, err := filepath.Abs(fs.Arg(0)) // the bot may run in another folder
	if err != nil || strings.Contains(target, "\n") {
		fmt.Fprintf(stderr, "allaboard backup: bad target %q\n", fs.Arg(0))
		return 2
	}
	if _, err := os.Lstat(target); err == nil {
		fmt.Fprintf(stderr, "allaboard backup: %s exists; give a new file\n", target)
		return 1
	}
	n, err := backup(ctx, *path, target)
	if err != nil {
		fmt.Fprintf(stderr, "allaboard backup: %s\n", explain(err, *path))
		return 1
	}
	fmt.Fprintf(stdout, "%s → %s: %s\n", *path, target, megabytes(n))
	return 0
}

// backup copies the database at path to target, itself or through the
// running bot.
func backup(ctx context.Context, path, target string) (int64, error) {
	if _, err := os.Stat(path); err != nil {
		return 0, err // Open would create it
	}
	db, err := store.Open(path)
	if errors.Is(err, store.ErrInUse) {
		sock, err := socketPath(path)
		if err != nil {
			return 0, err
		}
		return askBackup(ctx, sock, target)
	}
	if err != nil {
		return 0, err
	}
	n, err := db.Backup(target)
	return n, errors.Join(err, db.Close())
}
