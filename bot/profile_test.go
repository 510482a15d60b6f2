package bot

import (
	"testing"

	"allaboard/bot/command"
	"allaboard/bot/lang"
)

// Every command of the table has a line in every language's menu: Telegram
// refuses a whole menu for one empty line.
func TestEveryCommandHasAMenuLineInEveryLanguage(t *testing.T) {
	for _, l := range lang.All() {
		menu := commandMenu(l, 0)
		if len(menu) != len(command.Table) {
			t.Fatalf("%s: the menu lists %d commands, the table has %d", l, len(menu), len(command.Table))
		}
		for _, c := range menu {
			if c.Description == "" {
				t.Errorf("%s: /%s has no line in the menu (bot/render/menu.go and the locale files)", l, c.Command)
			}
		}
	}
}
