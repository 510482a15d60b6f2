package render

import (
	"fmt"
	"strings"
	"testing"

	"allaboard/bot/lang"
)

// balanced reports whether every tag opened in html is closed in it.
func balanced(html string) bool {
	depth := 0
	for _, m := range tagName.FindAllStringSubmatch(html, -1) {
		if m[1] == "/" {
			depth--
		} else {
			depth++
		}
		if depth < 0 {
			return false
		}
	}
	return depth == 0
}

func TestPartsFitTelegramAndLoseNothing(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("👥 <b>Members of Class 2b</b>\n")
	for i := range 600 {
		if i%50 == 0 {
			sb.WriteString("\n<b>Section</b>\n")
		}
		// Emoji count two UTF-16 units each: runes would undercount.
		fmt.Fprintf(&sb, "• 👨‍👩‍👧 <b>Parent %d</b> &amp; family\n", i)
	}
	sb.WriteString("<blockquote>a note\nover two lines</blockquote>")
	html := sb.String()

	parts := Parts(html)
	if len(parts) < 2 {
		t.Fatalf("%d units in %d part(s), want several", VisibleLen(html), len(parts))
	}
	for i, p := range parts {
		if n := VisibleLen(p); n > MaxMessage {
			t.Errorf("part %d is %d UTF-16 units, over %d", i, n, MaxMessage)
		}
		if !balanced(p) {
			t.Errorf("part %d leaves a tag open:\n%s", i, p)
		}
	}
	joined := strings.Join(parts, "\n")
	for i := range 600 {
		if !strings.Contains(joined, fmt.Sprintf("<b>Parent %d</b>", i)) {
			t.Fatalf("Parent %d is in no part", i)
		}
	}
	if !strings.Contains(joined, "<blockquote>a note\nover two lines</blockquote>") {
		t.Error("a quote over two lines was cut in two")
	}
	if strings.HasPrefix(parts[1], "\n") || strings.HasSuffix(parts[0], "\n") {
		t.Errorf("a part begins or ends with a blank line")
	}
}

func TestPartsCutALineTooLongForAMessage(t *testing.T) {
	line := "<b>" + strings.Repeat("🎈", 5000) + "</b>"
	parts := Parts("Start\n" + line + "\nEnd")
	if len(parts) != 3 || parts[0] != "Start" || parts[2] != "End" {
		t.Fatalf("parts %q…, want the line on its own between the others", parts[0])
	}
	if n := VisibleLen(parts[1]); n > MaxMessage || !strings.HasSuffix(parts[1], "…") {
		t.Errorf("the long line became %d units, want it cut to fit and marked", n)
	}
}

func TestClipHTMLFoldsAndSaysHowManyMore(t *testing.T) {
	var lines []string
	for i := range 400 {
		lines = append(lines, fmt.Sprintf("• 👩 <b>Parent %d</b> — not yet", i))
	}
	got := ClipHTML(lang.English, strings.Join(lines, "\n"))
	if n := VisibleLen(got); n > MaxMessage {
		t.Errorf("folded to %d UTF-16 units, over %d", n, MaxMessage)
	}
	kept := strings.Count(got, "• ")
	if want := fmt.Sprintf("… and %d more", 400-kept); !strings.HasSuffix(got, want) {
		t.Errorf("folded text ends %q, want %q", got[len(got)-30:], want)
	}
	if short := "one\ntwo"; ClipHTML(lang.English, short) != short {
		t.Error("a short text was changed")
	}
}
