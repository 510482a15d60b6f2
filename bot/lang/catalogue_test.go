package lang

import (
	"io"
	"io/fs"
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"text/template"

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// file is one language's messages, by id, as its file has them.
type file struct {
	path     string
	text     string
	messages map[string]*i18n.Message
}

// readFiles parses every message file, by language code.
func readFiles(tb testing.TB) map[string]file {
	tb.Helper()
	paths, err := fs.Glob(locales, "locales/*.toml")
	if err != nil {
		tb.Fatal(err)
	}
	files := map[string]file{}
	for _, p := range paths {
		buf, err := fs.ReadFile(locales, p)
		if err != nil {
			tb.Fatal(err)
		}
		mf, err := i18n.ParseMessageFileBytes(buf, p, map[string]i18n.UnmarshalFunc{"toml": toml.Unmarshal})
		if err != nil {
			tb.Fatalf("%s does not parse: %v", p, err)
		}
		f := file{path: p, text: string(buf), messages: map[string]*i18n.Message{}}
		for _, m := range mf.Messages {
			f.messages[m.ID] = m
		}
		files[mf.Tag.String()] = f
	}
	return files
}

// forms are a message's plural forms that have words.
func forms(m *i18n.Message) map[string]string {
	all := map[string]string{"zero": m.Zero, "one": m.One, "two": m.Two, "few": m.Few, "many": m.Many, "other": m.Other}
	maps.DeleteFunc(all, func(_, s string) bool { return s == "" })
	return all
}

// pluralForms are the CLDR plural forms go-i18n's rules choose from for a
// language: it is asked for counts from 0 to 1,100, a million and fractions.
func pluralForms(tb testing.TB, code string) []string {
	tb.Helper()
	tag := language.MustParse(code)
	b := i18n.NewBundle(tag)
	b.MustAddMessages(tag, &i18n.Message{ID: "probe", Zero: "zero", One: "one", Two: "two", Few: "few", Many: "many", Other: "other"})
	l := i18n.NewLocalizer(b, code)
	counts := []any{1000000, "0.5", "1.5", "2.5", "5.5"}
	for n := range 1101 {
		counts = append(counts, n)
	}
	seen := map[string]bool{}
	for _, n := range counts {
		seen[l.MustLocalize(&i18n.LocalizeConfig{MessageID: "probe", PluralCount: n})] = true
	}
	return slices.Sorted(maps.Keys(seen))
}

var placeholder = regexp.MustCompile(`\{\{\s*\.(\w+)\s*\}\}`)

// placeholders are the {{.Names}} in all of a message's forms.
func placeholders(m *i18n.Message) []string {
	set := map[string]bool{}
	for _, s := range forms(m) {
		for _, p := range placeholder.FindAllStringSubmatch(s, -1) {
			set[p[1]] = true
		}
	}
	return slices.Sorted(maps.Keys(set))
}

// Every language has a file, and every file is a language.
func TestEveryLanguageHasAFile(t *testing.T) {
	files := readFiles(t)
	for _, l := range All() {
		f, ok := files[l.Code()]
		if !ok {
			t.Errorf("no locales/%s.toml for %s", l.Code(), l.Name())
			continue
		}
		if !strings.HasPrefix(f.text, "# ") {
			t.Errorf("%s does not start with a comment saying how it addresses the reader", f.path)
		}
		delete(files, l.Code())
	}
	for code, f := range files {
		t.Errorf("%s (%s) is no language of langs in whenwords.go", f.path, code)
	}
}

// Every message of English is in every language, with the same
// placeholders and every plural form the language needs, and no other
// forms; no language has a message English lacks.
func TestCatalogueIsComplete(t *testing.T) {
	files := readFiles(t)
	en := files["en"]
	if len(en.messages) == 0 {
		t.Fatal("en.toml has no messages")
	}
	for _, l := range All() {
		f := files[l.Code()]
		need := pluralForms(t, l.Code())
		for id, src := range en.messages {
			m, ok := f.messages[id]
			if !ok {
				t.Errorf("%s: no message %q", f.path, id)
				continue
			}
			if got, want := placeholders(m), placeholders(src); !slices.Equal(got, want) {
				t.Errorf("%s: %q has placeholders %q, English has %q", f.path, id, got, want)
			}
			want := []string{"other"}
			if src.One != "" { // a count
				want = need
			}
			if got := slices.Sorted(maps.Keys(forms(m))); !slices.Equal(got, want) {
				t.Errorf("%s: %q has the forms %q, %s needs %q", f.path, id, got, l.Code(), want)
			}
		}
		for id := range f.messages {
			if _, ok := en.messages[id]; !ok {
				t.Errorf("%s: %q is not in en.toml", f.path, id)
			}
		}
	}
}

// Every form of every message fills in, with no words left as template
// syntax: a translator's {{.Name} shows here, not in a group chat.
func TestEveryMessageFillsIn(t *testing.T) {
	for path, f := range readFiles(t) {
		for id, m := range f.messages {
			data := map[string]any{}
			for _, p := range placeholders(m) {
				data[p] = "X"
			}
			for form, src := range forms(m) {
				if rest := placeholder.ReplaceAllString(src, ""); strings.Contains(rest, "{{") || strings.Contains(rest, "}}") {
					t.Errorf("%s: %q (%s) has template syntax other than {{.Name}}: %q", path, id, form, src)
					continue
				}
				tmpl, err := template.New(id).Option("missingkey=error").Parse(src)
				if err == nil {
					err = tmpl.Execute(io.Discard, data)
				}
				if err != nil {
					t.Errorf("%s: %q (%s): %v", path, id, form, err)
				}
			}
		}
	}
}

// French puts a no-break space before : ; ! ? so that they never start a
// line on a phone.
func TestFrenchSpacing(t *testing.T) {
	for id, m := range readFiles(t)["fr"].messages {
		for _, s := range forms(m) {
			for _, p := range []string{" :", " ;", " !", " ?"} {
				if strings.Contains(s, p) {
					t.Errorf("fr.toml: %q has a breaking space in %q: %q", id, p, s)
				}
			}
		}
	}
}

func TestT(t *testing.T) {
	for _, tc := range []struct {
		l    Lang
		want string
	}{
		{English, "✅ <b>Roll call</b>: I know everyone in this group (12 members). Thanks!"},
		{German, "✅ <b>Durchzählen</b>: Jetzt kenne ich alle hier in der Gruppe (12 Mitglieder). Danke euch!"},
		{French, "✅ <b>Appel</b>\u00a0: je connais maintenant tout le monde dans ce groupe (12 membres). Merci\u00a0!"},
		{Russian, "✅ <b>Перекличка</b>: теперь я знаю всех в этой группе (12 участников). Спасибо!"},
		{0, "✅ <b>Roll call</b>: I know everyone in this group (12 members). Thanks!"},
	} {
		t.Run(tc.l.Code(), func(t *testing.T) {
			got := tc.l.T("roll_call_done", map[string]any{"Members": tc.l.N("members", 12, nil)})
			if got != tc.want {
				t.Fatalf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
	if got, want := German.T("got_it", nil), "✅ Alles klar"; got != want {
		t.Errorf("German got_it = %q, want %q", got, want)
	}
}

// A message a language lacks is English's; one no file has shows its id.
func TestMissingMessages(t *testing.T) {
	c, err := newCatalogue(fstest.MapFS{
		"locales/en.toml": {Data: []byte("hello = \"Hello, {{.Name}}!\"\nbye = \"Bye\"\n")},
		"locales/de.toml": {Data: []byte("bye = \"Tschüss\"\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		l        Lang
		id, want string
	}{
		{German, "bye", "Tschüss"},
		{German, "hello", "Hello, Ann!"},
		{Russian, "bye", "Bye"},
		{German, "nowhere", "nowhere"},
	} {
		if got := c.localize(tc.l, &i18n.LocalizeConfig{MessageID: tc.id, TemplateData: map[string]any{"Name": "Ann"}}); got != tc.want {
			t.Errorf("%s %q = %q, want %q", tc.l, tc.id, got, tc.want)
		}
	}
}

// A file that does not parse is refused with its name.
func TestBrokenFile(t *testing.T) {
	_, err := newCatalogue(fstest.MapFS{"locales/de.toml": {Data: []byte("got_it = \"unclosed\n")}})
	if err == nil || !strings.Contains(err.Error(), "de.toml") {
		t.Fatalf("err = %v, want one naming de.toml", err)
	}
}

// Messages are written from several goroutines at once (go test -race).
func TestConcurrentReaders(t *testing.T) {
	done := make(chan string)
	for _, l := range All() {
		go func() { done <- l.N("members", 3, nil) + l.T("got_it", nil) }()
	}
	for range All() {
		if s := <-done; s == "" {
			t.Error("empty message")
		}
	}
}
