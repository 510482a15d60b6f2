package telegramtest

import (
	"fmt"
	"strings"
	"testing"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func TestParseHTML(t *testing.T) {
	users := func(id int64) *User {
		if id == 1001 {
			return &User{ID: 1001, FirstName: "Anna"}
		}
		return nil
	}
	for _, tc := range []struct {
		name, src, plain, ents, err string
	}{
		{"plain", "hello", "hello", "", ""},
		{"nested", "<b>a<i>b</i></b>c", "abc", "bold 0+2, italic 1+1", ""},
		{"synonyms", "<strong>a</strong><em>b</em><ins>c</ins><del>d</del><strike>e</strike><s>f</s>", "abcdef",
			"bold 0+1, italic 1+1, underline 2+1, strikethrough 3+1, strikethrough 4+1, strikethrough 5+1", ""},
		{"upper case tags", "<B>x</B>", "x", "bold 0+1", ""},
		{"link", `<a href='https://x.org/a?b=1&amp;c=2'>x</a>`, "x", "text_link 0+1 https://x.org/a?b=1&c=2", ""},
		{"mention", `<a href="tg://user?id=1001">Anna</a>`, "Anna", "text_mention 0+4", ""},
		{"a without href", "<a>x</a>", "x", "", ""},
		{"pre with language", `<pre><code class="language-go">x := 1</code></pre>`, "x := 1", "pre 0+6 lang=go", ""},
		{"blockquote", "<blockquote>q</blockquote>", "q", "blockquote 0+1", ""},
		{"utf-16 offsets", "😀<b>x</b>", "😀x", "bold 2+1", ""},
		{"entities", "&lt;&gt;&amp;&quot;&#228;&#xE4;", `<>&"ää`, "", ""},
		{"unknown entity stays", "&nbsp; &", "&nbsp; &", "", ""},
		{"greater than alone", "a > b", "a > b", "", ""},
		{"unknown tag", "a<x>", "", "", `Unsupported start tag "x" at byte offset 1`},
		{"br", "a<br/>b", "", "", `Unsupported start tag "br" at byte offset 1`},
		{"lone <", "a < b", "", "", `Unsupported start tag "" at byte offset 2`},
		{"unclosed tag", "<b>x", "", "", `Can't find end tag corresponding to start tag "b"`},
		{"unexpected end", "x</b>", "", "", "Unexpected end tag at byte offset 1"},
		{"unterminated", "<b", "", "", "Unclosed start tag at byte offset 0"},
		{"bad attribute", "<a href>x</a>", "", "", `Expected equal sign in declaration of an attribute of the tag "a" at byte offset 7`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			plain, ents, err := parseHTML(tc.src, users)
			if tc.err != "" {
				if err == nil || err.Error() != tc.err {
					t.Fatalf("error %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if plain != tc.plain {
				t.Errorf("plain %q, want %q", plain, tc.plain)
			}
			if got := describe(ents); got != tc.ents {
				t.Errorf("entities %q, want %q", got, tc.ents)
			}
		})
	}
}

func describe(ents []tgbotapi.MessageEntity) string {
	var parts []string
	for _, e := range ents {
		s := fmt.Sprintf("%s %d+%d", e.Type, e.Offset, e.Length)
		if e.URL != "" {
			s += " " + e.URL
		}
		if e.Language != "" {
			s += " lang=" + e.Language
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, ", ")
}

func TestTrimTextMovesEntities(t *testing.T) {
	plain, ents := trimText("  \n<b> x </b>\n", []tgbotapi.MessageEntity{{Type: "bold", Offset: 3, Length: 9}})
	if plain != "<b> x </b>" || len(ents) != 1 || ents[0].Offset != 0 || ents[0].Length != 9 {
		t.Errorf("got %q %+v", plain, ents)
	}
}
