package lang

import "testing"

// Counts take the form their language's grammar wants.
func TestPlurals(t *testing.T) {
	for _, tc := range []struct {
		l    Lang
		want map[int]string
	}{
		{Russian, map[int]string{
			1: "1 участник", 2: "2 участника", 5: "5 участников", 11: "11 участников",
			21: "21 участник", 22: "22 участника", 25: "25 участников",
		}},
		{Ukrainian, map[int]string{
			1: "1 учасник", 2: "2 учасники", 5: "5 учасників", 11: "11 учасників",
			21: "21 учасник", 22: "22 учасники", 25: "25 учасників",
		}},
		{English, map[int]string{0: "0 members", 1: "1 member", 2: "2 members", 21: "21 members"}},
		{German, map[int]string{1: "1 Mitglied", 2: "2 Mitglieder"}},
		{French, map[int]string{0: "0 membre", 1: "1 membre", 2: "2 membres", 1000000: "1000000 de membres"}},
		{Spanish, map[int]string{0: "0 miembros", 1: "1 miembro", 2: "2 miembros"}},
		{Italian, map[int]string{1: "1 membro", 2: "2 membri"}},
		{Portuguese, map[int]string{1: "1 membro", 2: "2 membros"}},
		{Dutch, map[int]string{1: "1 lid", 2: "2 leden"}},
	} {
		for n, want := range tc.want {
			if got := tc.l.N("members", n, nil); got != want {
				t.Errorf("%s: %d members = %q, want %q", tc.l, n, got, want)
			}
		}
	}
}

// N keeps the caller's data and adds the count.
func TestNKeepsData(t *testing.T) {
	data := map[string]any{"Members": "x"}
	if got, want := Russian.N("members", 3, data), "3 участника"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if _, ok := data["Count"]; ok {
		t.Error("N wrote the count into the caller's map")
	}
}
