package writer

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"testing"
)

// Every kind of notice is its own and has words. Two constants of the same
// value would have one kind written with the other's words; a kind without
// words would not be sent. The kinds are the untyped string constants of
// bot/notice (its Choice constants are values).
func TestEveryKindHasAWriter(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "notice", "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for _, name := range files {
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.CONST {
				continue
			}
			for _, s := range g.Specs {
				v := s.(*ast.ValueSpec)
				if v.Type != nil {
					continue
				}
				for i, id := range v.Names {
					lit, ok := v.Values[i].(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING {
						continue
					}
					kind, _ := strconv.Unquote(lit.Value)
					if other, dup := seen[kind]; dup {
						t.Errorf("notice.%s and notice.%s are both the kind %q", other, id.Name, kind)
					}
					seen[kind] = id.Name
					if _, ok := kinds[kind]; !ok {
						t.Errorf("notice.%s (%q) has no writer", id.Name, kind)
					}
				}
			}
		}
	}
	if len(seen) < 100 {
		t.Errorf("found only %d kinds: the test reads the wrong files", len(seen))
	}
}
