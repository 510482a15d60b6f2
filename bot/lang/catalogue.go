package lang

import (
	"embed"
	"fmt"
	"io/fs"
	"maps"

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// locales holds the message files, one per language: locales/de.toml.
//
//go:embed locales/*.toml
var locales embed.FS

// messages is the catalogue the bot speaks from, read once at start.
var messages = func() catalogue {
	c, err := newCatalogue(locales)
	if err != nil {
		panic(err) // the files are built in: catalogue_test.go fails first
	}
	return c
}()

// T is the message id in l, with data's values in its {{.Placeholders}}
// (inserted as they are: escape user text for HTML first). A message l lacks
// is English's; one that no file has is its id, so that it shows.
func (l Lang) T(id string, data map[string]any) string {
	return messages.localize(l, &i18n.LocalizeConfig{MessageID: id, TemplateData: data})
}

// N is T for a message about count things, in the plural form l's grammar
// takes for count (CLDR's: Russian "1 участник", "2 участника", "5
// участников"); the count is its {{.Count}}.
func (l Lang) N(id string, count int, data map[string]any) string {
	d := make(map[string]any, len(data)+1)
	maps.Copy(d, data)
	d["Count"] = count
	return messages.localize(l, &i18n.LocalizeConfig{MessageID: id, TemplateData: d, PluralCount: count})
}

// catalogue finds each language's messages (a localizer per Lang, from
// English on), English's where one is missing.
type catalogue []*i18n.Localizer

// newCatalogue reads every message file in fsys's locales folder.
func newCatalogue(fsys fs.FS) (catalogue, error) {
	bundle := i18n.NewBundle(language.English)
	bundle.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	files, err := fs.Glob(fsys, "locales/*.toml")
	if err != nil {
		return nil, fmt.Errorf("lang: list message files: %w", err)
	}
	for _, f := range files {
		if _, err := bundle.LoadMessageFileFS(fsys, f); err != nil {
			return nil, fmt.Errorf("lang: load %s: %w", f, err)
		}
	}
	c := make(catalogue, len(langs))
	for i, l := range All() {
		c[i] = i18n.NewLocalizer(bundle, l.Code())
	}
	return c, nil
}

func (c catalogue) localize(l Lang, cfg *i18n.LocalizeConfig) string {
	s, err := c[l.Or(English)-1].Localize(cfg)
	if s == "" && err != nil {
		return cfg.MessageID
	}
	return s
}
