package app_test

import (
	"go/build"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The use cases never see Telegram: neither package app nor anything of
// this module it imports, however indirectly, imports the Telegram library
// or the adapter.
func TestAppDoesNotImportTelegram(t *testing.T) {
	root := moduleRoot(t)
	seen := map[string]bool{}
	var walk func(path string, via []string)
	walk = func(path string, via []string) {
		if seen[path] {
			return
		}
		seen[path] = true
		pkg, err := build.ImportDir(filepath.Join(root, strings.TrimPrefix(path, "allaboard")), 0)
		if err != nil {
			t.Fatalf("read %s: %v", path, err)
		}
		chain := append(via, path)
		for _, imp := range pkg.Imports {
			switch {
			case strings.Contains(imp, "telegram-bot-api"), imp == "allaboard/bot":
				t.Errorf("%s imports %s", strings.Join(chain, " → "), imp)
			case imp == "allaboard" || strings.HasPrefix(imp, "allaboard/"):
				walk(imp, chain)
			}
		}
	}
	walk("allaboard/bot/app", nil)
	if !seen["allaboard"] {
		t.Errorf("the walk never reached the root package: it read %v", seen)
	}
}

// moduleRoot is the directory of the go.mod above the test's directory.
func moduleRoot(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatal("no go.mod above the test's directory")
		}
		dir = parent
	}
}
