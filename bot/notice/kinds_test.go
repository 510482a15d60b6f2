package notice_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"testing"
)

// Every kind is its own: two constants of the same value would have one
// kind written with the other's words (the writer's table takes the last).
// The values the kinds read (such as the Why constants) are typed, and
// not kinds.
func TestKindsAreUnique(t *testing.T) {
	files, err := filepath.Glob("*.go")
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
					continue // a Choice: a value, not a kind
				}
				for i, name := range v.Names {
					lit, ok := v.Values[i].(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING {
						continue
					}
					kind, _ := strconv.Unquote(lit.Value)
					if other, dup := seen[kind]; dup {
						t.Errorf("%s and %s are both the kind %q", other, name.Name, kind)
					}
					seen[kind] = name.Name
				}
			}
		}
	}
	if len(seen) < 100 {
		t.Errorf("found only %d kinds: the test reads the wrong files", len(seen))
	}
}
