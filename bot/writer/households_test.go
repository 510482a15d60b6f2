package writer_test

import (
	"strings"
	"testing"

	"allaboard"
	"allaboard/bot/notice"
)

// The family question names the one who asked as they are named when it is
// sent, mentions the one asked only when it goes to the group, and carries
// the use case's button data as given.
func TestAFamilyQuestionNamesPeopleAsTheyAreWhenSent(t *testing.T) {
	f := newFixture(t)
	ask := notice.FamilyAskOf(group, ann.ID, ben.ID, "h:yes", "h:no")
	renamed := ann
	renamed.FirstName = "Annika"
	f.update(func(tx allaboard.Tx) error { return tx.SaveUser(renamed) })

	out, ok := f.write(allaboard.Outgoing{ID: 1, ChatID: ben.ID, Notice: ask, Ref: "family:11:12", Fresh: true})
	if !ok || !strings.Contains(out[0].Text, "Annika says you're one family in Class 2b parents") || strings.Contains(out[0].Text, "tg://user") {
		t.Fatalf("the question in private: %v %+v", ok, out)
	}
	if b := out[0].Buttons; len(b) != 1 || len(b[0]) != 2 || b[0][0].Data != "h:yes" || b[0][1].Data != "h:no" {
		t.Errorf("the question's buttons lost their data: %+v", b)
	}
	out, ok = f.write(allaboard.Outgoing{ID: 2, ChatID: group, Notice: ask, Ref: "family:11:12", Fresh: true})
	if !ok || !strings.HasPrefix(out[0].Text, `<a href="tg://user?id=12">Ben</a>: 👪 Annika says`) {
		t.Errorf("the question in the group doesn't start by naming Ben: %v %+v", ok, out)
	}
}

// /family's answer lists the family as it is when sent; once the member is
// in none, it says how /family works.
func TestTheFamilyListIsWrittenFromTheHouseholdWhenSent(t *testing.T) {
	f := newFixture(t)
	f.update(func(tx allaboard.Tx) error {
		return tx.SaveHousehold(allaboard.Household{Group: group, Members: []int64{ann.ID, ben.ID}})
	})
	queued := allaboard.Outgoing{ID: 1, ChatID: group, Notice: notice.FamilyAboutUser(notice.FamilyNow, group, ann.ID)}
	if out, ok := f.write(queued); !ok || !strings.Contains(out[0].Text, "one family with Ben.") {
		t.Fatalf("Ann's family: %v %+v", ok, out)
	}
	f.update(func(tx allaboard.Tx) error {
		return tx.SaveHousehold(allaboard.Household{Group: group, Members: []int64{ann.ID, ben.ID, hanna.ID}})
	})
	if out, ok := f.write(queued); !ok || !strings.Contains(out[0].Text, "one family with Ben, Hanna.") {
		t.Errorf("Hanna joined, and Ann's family reads: %v %+v", ok, out)
	}
	f.update(func(tx allaboard.Tx) error { return tx.LeaveHousehold(group, ann.ID) })
	if out, ok := f.write(queued); !ok || !strings.Contains(out[0].Text, "/family @username") || strings.Contains(out[0].Text, "Ben") {
		t.Errorf("Ann left her family, and /family's answer reads: %v %+v", ok, out)
	}
}

// The note that someone confirmed for the family shows the event as it is,
// and is not written once the event changed: the member is asked again.
func TestAFamilyNoteIsDroppedOnceTheEventChanged(t *testing.T) {
	f := newFixture(t)
	queued := allaboard.Outgoing{ID: 1, ChatID: ann.ID, Notice: notice.FamilyCoveredOf(f.event(), ben.ID)}
	f.change(allaboard.FieldTitle, "Picnic & games") // not material
	out, ok := f.write(queued)
	if !ok || !strings.Contains(out[0].Text, "Ben confirmed") || !strings.Contains(out[0].Text, "Picnic &amp; games") || !strings.Contains(out[0].Text, "Park") {
		t.Fatalf("the note: %v %+v", ok, out)
	}
	f.change(allaboard.FieldWhere, "Beach")
	if out, ok := f.write(queued); ok {
		t.Errorf("the event moved, and the note about the old place was written: %q", out[0].Text)
	}
	moved := allaboard.Outgoing{ID: 2, ChatID: ann.ID, Notice: notice.FamilyCoveredOf(f.event(), ben.ID)}
	f.update(func(tx allaboard.Tx) error { return tx.DeleteEvent(group, 1) })
	if out, ok := f.write(moved); ok {
		t.Errorf("the event is gone, and the note was written: %q", out[0].Text)
	}
}
