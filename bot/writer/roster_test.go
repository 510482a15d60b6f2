package writer_test

import (
	"strings"
	"testing"

	"allaboard"
	"allaboard/bot/notice"
)

// counted has the fixture's group counted by Telegram at count members, the
// bot included.
func (f *fixture) counted(count int) {
	f.tb.Helper()
	f.update(func(tx allaboard.Tx) error {
		c, err := tx.Chat(group)
		if err != nil {
			return err
		}
		c.Count, c.CountedAt = count, f.now
		return tx.SaveChat(c)
	})
}

// joins makes a new member known in the fixture's group.
func (f *fixture) joins(u allaboard.User) {
	f.tb.Helper()
	f.update(func(tx allaboard.Tx) error {
		if err := tx.SaveUser(u); err != nil {
			return err
		}
		return tx.SaveMember(allaboard.Member{Group: group, User: u.ID, Since: f.now})
	})
}

func TestTheRollCallCountsTheMembersKnownWhenSent(t *testing.T) {
	f := newFixture(t)
	f.counted(6) // Hanna, Ann, Ben, two not seen yet, and the bot
	queued := allaboard.Outgoing{ID: 1, ChatID: group, Ref: allaboard.RollCallRef,
		Notice: notice.OfGroup(notice.RollCall, group, "press", "rollcall")}
	f.joins(allaboard.User{ID: 13, FirstName: "Cem"})
	out, ok := f.write(queued)
	if !ok || !strings.Contains(out[0].Text, "I know 4 of 5 members; 1 hasn't") {
		t.Fatalf("the roll call doesn't count Cem, who was seen after it was queued: %v %+v", ok, out)
	}
	if len(out[0].Buttons) != 1 || out[0].Buttons[0][0].Data != "rollcall" {
		t.Errorf("the roll call's button is not the one queued: %+v", out[0].Buttons)
	}
	f.joins(allaboard.User{ID: 14, FirstName: "Dora"})
	out, ok = f.write(queued)
	if !ok || !strings.Contains(out[0].Text, "I know everyone in this group (5 members)") || len(out[0].Buttons) != 0 {
		t.Errorf("with everyone seen, the roll call doesn't say so, or still asks: %v %+v", ok, out)
	}
}

func TestHostsAreToldOfUnknownMembersOnlyWhileThereAreSome(t *testing.T) {
	f := newFixture(t)
	f.counted(6)
	queued := allaboard.Outgoing{ID: 1, ChatID: hanna.ID, Notice: notice.OfGroup(notice.UnknownMembers, group)}
	f.joins(allaboard.User{ID: 13, FirstName: "Cem"})
	if out, ok := f.write(queued); !ok || !strings.Contains(out[0].Text, "1 member of this group hasn't been seen") {
		t.Fatalf("Hanna isn't told of the one member still unknown: %v %+v", ok, out)
	}
	f.joins(allaboard.User{ID: 14, FirstName: "Dora"})
	if out, ok := f.write(queued); ok {
		t.Errorf("Hanna is told of unknown members when the bot has seen everyone: %q", out[0].Text)
	}
}

func TestSettingsAreShownAsTheyAreWhenSent(t *testing.T) {
	f := newFixture(t)
	queued := allaboard.Outgoing{ID: 1, ChatID: group, Notice: notice.OfGroup(notice.Settings, group)}
	if out, ok := f.write(queued); !ok || !strings.Contains(out[0].Text, "<code>UTC</code>") || !strings.Contains(out[0].Text, "<b>digest</b>: <code>off</code>") {
		t.Fatalf("a group with no settings of its own isn't shown the defaults: %v %+v", ok, out)
	}
	f.update(func(tx allaboard.Tx) error {
		c, err := tx.Chat(group)
		if err != nil {
			return err
		}
		c.Settings = &allaboard.Settings{Zone: "Europe/Berlin", Preset: allaboard.Urgent}
		return tx.SaveChat(c)
	})
	out, ok := f.write(queued)
	if !ok || !strings.Contains(out[0].Text, "<code>Europe/Berlin</code>") || !strings.Contains(out[0].Text, "<code>urgent</code>") {
		t.Errorf("the settings are shown as they were queued, not as they are: %v %+v", ok, out)
	}
}

func TestAHostIsNotToldOfARemovalUndoneMeanwhile(t *testing.T) {
	f := newFixture(t)
	removed := func(yes bool) {
		f.update(func(tx allaboard.Tx) error {
			c, err := tx.Chat(group)
			if err != nil {
				return err
			}
			c.Removed = yes
			return tx.SaveChat(c)
		})
	}
	removed(true)
	purge := f.now.AddDate(0, 0, 30)
	queued := allaboard.Outgoing{ID: 1, ChatID: hanna.ID, Notice: notice.RemovalOf(f.event(), purge)}
	if out, ok := f.write(queued); !ok || !strings.Contains(out[0].Text, "Class 2b parents") || !strings.Contains(out[0].Text, "Wed 1 Apr 2026") {
		t.Fatalf("Hanna isn't told of the removal, or when the data goes: %v %+v", ok, out)
	}
	removed(false)
	if out, ok := f.write(queued); ok {
		t.Errorf("Hanna is told of a removal undone before it was sent: %q", out[0].Text)
	}
}
