package allaboard_test

import (
	"errors"
	"go/build"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The rooms of the house, as imports. Each rule names a package, what its
// non-test files may not import, and why; a broken rule says which and by
// what chain of imports.
const (
	module    = "allaboard"
	useCases  = module + "/bot/app"
	adapter   = module + "/bot"
	render    = module + "/bot/render"
	scheduler = module + "/scheduler"
	recurPkg  = module + "/scheduler/recur"
	program   = module + "/cmd/allaboard"
	writer    = module + "/bot/writer"
	notices   = module + "/bot/notice"
	sender    = module + "/bot/sender"
	storePkg  = module + "/store"
	commands  = module + "/bot/command"
	tgerr     = module + "/bot/tgerr"
	fake      = module + "/bot/telegramtest"
	icstest   = module + "/internal/icstest"
	wire      = module + "/bot/wire"
	langPkg   = module + "/bot/lang"
)

// telegram is the Telegram library.
func telegram(imp string) bool {
	return strings.HasPrefix(imp, "github.com/go-telegram-bot-api/")
}

// is matches one package.
func is(path string) func(string) bool { return func(imp string) bool { return imp == path } }

// subPackage matches the module's packages but the root.
func subPackage(imp string) bool { return strings.HasPrefix(imp, module+"/") }

// beyondRootAndStd matches all but the root package and the standard library
// (whose paths have no dot in their first element).
func beyondRootAndStd(imp string) bool {
	first, _, _ := strings.Cut(imp, "/")
	return subPackage(imp) || imp != module && strings.Contains(first, ".")
}

var importRules = []struct {
	pkg    string
	banned func(imp string) bool
	// deep also follows pkg's imports within the module, however indirect.
	deep bool
	rule string
}{
	{useCases, telegram, true, "the use cases never see Telegram, not even through the packages they import"},
	{useCases, is(adapter), true, "the use cases do not call back into the adapter: it calls them"},
	{useCases, is(scheduler), true, "the use cases do not import the scheduler: time logic they need lives in the root package"},
	{useCases, is(render), true, "the use cases decide what to say; the words are written when it is sent, by bot/writer in bot/render's words"},
	{useCases, is(writer), true, "the use cases decide; the writer words it when it is sent, and they never call it"},
	{program, is(useCases), false, "cmd/allaboard wires the adapter, the store and the scheduler; it imports no use case"},
	{program, is(render), false, "cmd/allaboard has no words for users: they live in bot/render, behind the adapter"},
	{module, subPackage, false, "the root package is the domain: it imports none of the module's sub-packages"},
	{writer, is(useCases), true, "the writer words what the use cases decided, from the state; it never decides"},
	{writer, telegram, true, "the writer makes words, not requests: the sender talks to Telegram"},
	{notices, subPackage, false, "the notices are the vocabulary the use cases and the writer share: values, no words"},
	{render, func(imp string) bool { return subPackage(imp) && imp != langPkg }, false, "bot/render holds the words and nothing else: it knows the domain and the languages (bot/lang) only"},
	{langPkg, subPackage, false, "bot/lang knows languages: which one a reader gets, their catalogues and dates; nothing of the bot"},
	{sender, is(useCases), true, "the sender sends; what a message says is the writer's, what happens next the use cases'"},
	{sender, is(render), true, "the sender sends what the writer wrote: it has no words of its own"},
	{storePkg, subPackage, false, "the store knows bbolt and the domain, nothing of the bot"},
	{tgerr, subPackage, false, "Telegram's errors are facts about Telegram: the package knows the domain's outcomes, nothing of the bot"},
	{scheduler, subPackage, false, "the scheduler knows time: it wakes whatever it is given"},
	{recurPkg, subPackage, false, "scheduler/recur expands series' rules with rrule-go: it knows the domain's Expander and that library, nothing of the bot"},
	{fake, subPackage, false, "the fake Telegram speaks the Bot API and knows nothing of the bot it serves"},
	{commands, telegram, false, "the command table reads arguments from the use cases' own messages, without Telegram's types"},
	{commands, is(render), false, "the command table reads arguments; the words of its replies are the writer's"},
	{wire, beyondRootAndStd, false, "bot/wire is the formats of button data and deep links: it knows the domain at most, and the standard library"},
}

func TestImportsKeepTheRooms(t *testing.T) {
	pkgs := modulePackages(t)
	for _, r := range importRules {
		if pkgs[r.pkg] == nil {
			t.Errorf("no package %s: the rule %q guards nothing", r.pkg, r.rule)
			continue
		}
		seen := map[string]bool{}
		var walk func(path string, via []string)
		walk = func(path string, via []string) {
			if seen[path] {
				return
			}
			seen[path] = true
			chain := append(via, path)
			for _, imp := range pkgs[path].Imports {
				if r.banned(imp) {
					t.Errorf("rule broken: %s\n\t%s imports %s", r.rule, strings.Join(chain, " → "), imp)
				}
				if r.deep && pkgs[imp] != nil {
					walk(imp, chain)
				}
			}
		}
		walk(r.pkg, nil)
		if r.deep && !seen[module] {
			t.Errorf("the walk from %s never reached the root package: it read %v", r.pkg, slices.Sorted(maps.Keys(seen)))
		}
	}
}

// Test helpers stay out of the program: only _test.go files import icstest.
func TestOnlyTestsImportICSTest(t *testing.T) {
	pkgs := modulePackages(t)
	if pkgs[icstest] == nil {
		t.Fatalf("no package %s: the rule guards nothing", icstest)
	}
	for path, p := range pkgs {
		for _, f := range importers(p, icstest) {
			t.Errorf("rule broken: %s is a test helper, imported only by _test.go files\n\t%s (%s) imports it", icstest, path, f)
		}
	}
}

// importers lists p's non-test files that import imp.
func importers(p *build.Package, imp string) []string {
	var files []string
	for _, pos := range p.ImportPos[imp] {
		files = append(files, filepath.Base(pos.Filename))
	}
	slices.Sort(files)
	return slices.Compact(files)
}

// modulePackages reads every package of the module by its import path,
// from the non-test files the build would use.
func modulePackages(tb testing.TB) map[string]*build.Package {
	tb.Helper()
	root, err := os.Getwd() // the root package's tests run in the module's root
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		tb.Fatalf("no go.mod in %s: %v", root, err)
	}
	pkgs := map[string]*build.Package{}
	err = filepath.WalkDir(root, func(dir string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		if name := d.Name(); dir != root && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata") {
			return filepath.SkipDir
		}
		p, err := build.ImportDir(dir, 0)
		var noGo *build.NoGoError
		if errors.As(err, &noGo) {
			return nil
		} else if err != nil {
			return err
		}
		rel, err := filepath.Rel(root, dir)
		if err != nil {
			return err
		}
		path := module
		if rel != "." {
			path += "/" + filepath.ToSlash(rel)
		}
		pkgs[path] = p
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return pkgs
}
