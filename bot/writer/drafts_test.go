package writer_test

import (
	"strings"
	"testing"

	"allaboard"
	"allaboard/bot/lang"
	"allaboard/bot/notice"
	"allaboard/bot/render"
)

// saveDraft stores Hanna's draft, as guided creation would.
func (f *fixture) saveDraft(d allaboard.Draft) {
	f.tb.Helper()
	d.User, d.Group, d.Started = hanna.ID, group, f.now
	f.update(func(tx allaboard.Tx) error { return tx.SaveDraft(d) })
}

func TestADraftsPreviewShowsTheDraftAsItIsWhenSent(t *testing.T) {
	f := newFixture(t)
	draft := allaboard.Draft{Step: allaboard.StepPreview, Title: "Barbecue", Where: "Garden",
		When: allaboard.Span{Start: t0.AddDate(0, 0, 5)}}
	f.saveDraft(draft)
	queued := allaboard.Outgoing{ID: 1, ChatID: hanna.ID, Notice: notice.DraftPreviewOf(hanna.ID, "f:p:", "f:x:", "f:z:")}
	draft.Where = "Beach" // fixed before the preview went out
	f.saveDraft(draft)
	f.update(func(tx allaboard.Tx) error {
		return tx.SaveChat(allaboard.Chat{ID: group, Title: "Class 3b parents", Count: 4})
	})
	out, ok := f.write(queued)
	if !ok || len(out) != 1 {
		t.Fatalf("the preview was not written: %v %+v", ok, out)
	}
	text := out[0].Text
	if !strings.HasPrefix(text, render.FlowPreview.In(lang.English)) || !strings.Contains(text, "Barbecue</b> (#2)") ||
		!strings.Contains(text, "Beach") || strings.Contains(text, "Garden") {
		t.Errorf("the preview doesn't show the draft as it is, numbered after the picnic: %q", text)
	}
	if strings.Contains(text, "confirmed") {
		t.Errorf("the preview counts confirmations of what isn't posted: %q", text)
	}
	if got := out[0].Buttons[0][0]; got.Text != "✅ Post to Class 3b parents" || got.Data != "f:p:" {
		t.Errorf("the post button = %+v, want the group's name now and the data queued", got)
	}

	// Posted or discarded meanwhile: no preview.
	f.update(func(tx allaboard.Tx) error { return tx.DeleteDraft(hanna.ID) })
	if out, ok := f.write(queued); ok {
		t.Errorf("the preview of a draft gone was written: %q", out[0].Text)
	}
}

func TestAGuestListShowsTheNamesAndChoicesWhenSent(t *testing.T) {
	f := newFixture(t)
	draft := allaboard.Draft{Step: allaboard.StepGuests, Picking: true, Guests: []int64{ann.ID}}
	f.saveDraft(draft)
	queued := allaboard.Outgoing{ID: 1, ChatID: hanna.ID, Ref: "guests",
		Notice: notice.DraftGuestListOf(hanna.ID, 0, 1, []int64{ann.ID, ben.ID}, []string{"f:t:11:0", "f:t:12:0"}, "", "", "f:o:")}
	draft.Guests = append(draft.Guests, ben.ID) // tapped again before the list went out
	f.saveDraft(draft)
	f.update(func(tx allaboard.Tx) error { return tx.SaveUser(allaboard.User{ID: ben.ID, FirstName: "Benjamin"}) })
	out, ok := f.write(queued)
	if !ok || len(out) != 1 {
		t.Fatalf("the guest list was not written: %v %+v", ok, out)
	}
	if !strings.Contains(out[0].Text, "2 chosen") {
		t.Errorf("the guest list doesn't count the guests chosen now: %q", out[0].Text)
	}
	if got := out[0].Buttons[0]; len(got) != 2 || got[0].Text != "✅ Ann" || got[1].Text != "✅ Benjamin" || got[1].Data != "f:t:12:0" {
		t.Errorf("the guests' buttons = %+v, want both chosen, by their names now", got)
	}
	if out[0].Ref != "guests" {
		t.Errorf("the guest list is no longer edited in place: %+v", out[0])
	}

	// Done meanwhile: the list is not written again.
	draft.Step, draft.Picking = allaboard.StepPreview, false
	f.saveDraft(draft)
	if out, ok := f.write(queued); ok {
		t.Errorf("the guest list of a draft gone on was written: %q", out[0].Text)
	}
}
