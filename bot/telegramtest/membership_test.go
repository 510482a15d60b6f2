package telegramtest

import (
	"testing"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func TestAddingAndRemovingTheBot(t *testing.T) {
	s, api := newBot(t, Options{})
	anna := s.AddUser("Anna", "", "anna")
	g := s.NewGroup("Parents", anna)
	s.AddBot(g, anna, true)
	ups := drain(t, s, api)
	if got := kinds(ups); got != "my_chat_member message" {
		t.Fatalf("updates after AddBot: %q", got)
	}
	m := ups[1].Message
	if len(m.NewChatMembers) != 1 || m.NewChatMembers[0].ID != 1000000 || m.From.ID != anna.ID || m.Chat.Type != "group" || m.Chat.Title != "Parents" {
		t.Errorf("service message %+v", m)
	}
	if mc := ups[0].MyChatMember; mc.OldChatMember.Status != "left" || mc.NewChatMember.Status != "administrator" || mc.From.ID != anna.ID {
		t.Errorf("my_chat_member %+v", mc)
	}

	s.RemoveBot(g, anna)
	ups = drain(t, s, api)
	if got := kinds(ups); got != "my_chat_member message" || ups[1].Message.LeftChatMember == nil || ups[0].MyChatMember.NewChatMember.Status != "kicked" {
		t.Fatalf("updates after RemoveBot: %q", kinds(ups))
	}
}

func TestMembersComingAndGoing(t *testing.T) {
	s, api := newBot(t, Options{})
	anna, ben, cem := s.AddUser("Anna", "", ""), s.AddUser("Ben", "", ""), s.AddUser("Cem", "", "")
	g := s.NewGroup("Parents", anna)
	s.AddMemberSilently(g, ben)
	s.AddBot(g, anna, true)
	drain(t, s, api)

	count := func() int {
		n, err := api.GetChatMembersCount(tgbotapi.ChatMemberCountConfig{ChatConfig: tgbotapi.ChatConfig{ChatID: g.ID}})
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	status := func(u *User) string {
		m, err := api.GetChatMember(tgbotapi.GetChatMemberConfig{ChatConfigWithUser: tgbotapi.ChatConfigWithUser{ChatID: g.ID, UserID: u.ID}})
		if err != nil {
			t.Fatal(err)
		}
		return m.Status
	}
	if n := count(); n != 3 {
		t.Errorf("%d members, want Anna, Ben and the bot", n)
	}
	s.Join(g, cem)
	s.Promote(g, ben)
	s.Kick(g, cem, anna)
	ups := drain(t, s, api)
	if got := kinds(ups); got != "message chat_member chat_member message chat_member" {
		t.Fatalf("updates %q", got)
	}
	if kick := ups[4].ChatMember; kick.From.ID != anna.ID || kick.OldChatMember.Status != "member" || kick.NewChatMember.Status != "kicked" {
		t.Errorf("kick update %+v", kick)
	}
	if ups[3].Message.LeftChatMember.ID != cem.ID || ups[3].Message.From.ID != anna.ID {
		t.Errorf("kick message %+v", ups[3].Message)
	}
	for u, want := range map[*User]string{anna: "creator", ben: "administrator", cem: "kicked", s.Bot(): "administrator"} {
		if got := status(u); got != want {
			t.Errorf("%s is %q, want %q", u.Name(), got, want)
		}
	}
	if got := status(&User{ID: 5555}); got != "left" {
		t.Errorf("a stranger is %q", got)
	}
	admins, err := api.GetChatAdministrators(tgbotapi.ChatAdministratorsConfig{ChatConfig: tgbotapi.ChatConfig{ChatID: g.ID}})
	if err != nil || len(admins) != 3 || admins[0].User.ID != anna.ID {
		t.Errorf("administrators %+v, %v", admins, err)
	}
	s.Leave(g, ben)
	drain(t, s, api)
	if n := count(); n != 2 {
		t.Errorf("%d members after Ben left and Cem was kicked, want 2", n)
	}
	_, err = api.GetChatMember(tgbotapi.GetChatMemberConfig{ChatConfigWithUser: tgbotapi.ChatConfigWithUser{ChatID: -4242, UserID: anna.ID}})
	wantAPIError(t, err, 400, "Bad Request: chat not found")
}

func TestBlockAndUnblock(t *testing.T) {
	s, api := newBot(t, Options{})
	anna := started(t, s, api, "Anna")
	s.Block(anna)
	s.Unblock(anna)
	ups := drain(t, s, api)
	if len(ups) != 2 || ups[0].MyChatMember == nil || ups[1].MyChatMember == nil {
		t.Fatalf("updates %q", kinds(ups))
	}
	b, u := ups[0].MyChatMember, ups[1].MyChatMember
	if b.Chat.ID != anna.ID || b.Chat.Type != "private" || b.From.ID != anna.ID || b.NewChatMember.Status != "kicked" || b.NewChatMember.User.ID != 1000000 {
		t.Errorf("block %+v", b)
	}
	if u.OldChatMember.Status != "kicked" || u.NewChatMember.Status != "member" {
		t.Errorf("unblock %+v", u)
	}
}

func TestMigrateToSupergroup(t *testing.T) {
	s, api := newBot(t, Options{})
	anna, ben := s.AddUser("Anna", "", ""), s.AddUser("Ben", "", "")
	g := s.NewGroup("Parents", anna)
	s.AddMemberSilently(g, ben)
	s.AddBot(g, anna, false)
	drain(t, s, api)
	super := s.Migrate(g)
	ups := drain(t, s, api)
	if len(ups) != 2 || ups[0].Message.MigrateToChatID != super.ID || ups[0].Message.Chat.ID != g.ID ||
		ups[1].Message.MigrateFromChatID != g.ID || ups[1].Message.Chat.ID != super.ID || ups[1].Message.Chat.Type != "supergroup" {
		t.Fatalf("migration updates %+v", ups)
	}
	s.Send(super.ID, ben, "/status")
	if ups := drain(t, s, api); len(ups) != 1 || ups[0].Message.Chat.ID != super.ID {
		t.Errorf("a command in the supergroup: %+v", ups)
	}
	if _, err := s.TrySend(g.ID, ben, "hi"); err == nil {
		t.Error("Ben wrote in the old group")
	}
}
