package render

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// Every word a user reads lives in this package, so that a second language
// is a catalogue here, not a hunt through the use cases. This test reads the
// adapter and the use cases for string literals that look like words for
// people: with a letter, and a space or a character beyond ASCII (an emoji,
// an accent). Log lines and errors for operators are not for users.
func TestNoWordsForUsersOutsideRender(t *testing.T) {
	fset := token.NewFileSet()
	for _, dir := range []string{"..", "../app"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		if len(files) == 0 {
			t.Fatalf("no Go files in %s", dir)
		}
		for _, name := range files {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, name, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			for _, lit := range wordsIn(f) {
				t.Errorf("%s: %s is for users: move it to bot/render", fset.Position(lit.Pos()), lit.Value)
			}
		}
	}
}

// wordsIn are the string literals of f that look like words for people,
// outside imports, log calls and errors.
func wordsIn(f *ast.File) []*ast.BasicLit {
	var found []*ast.BasicLit
	visit := func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ImportSpec:
			return false
		case *ast.CallExpr:
			if forOperators(n) {
				return false
			}
		case *ast.BasicLit:
			if n.Kind == token.STRING && looksLikeWords(n.Value) {
				found = append(found, n)
			}
		}
		return true
	}
	ast.Inspect(f, visit)
	return found
}

// forOperators reports whether a call logs or makes an error: x.log.Info(…),
// cfg.Log.Warn(…), fmt.Errorf(…), errors.New(…).
func forOperators(c *ast.CallExpr) bool {
	sel, ok := c.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	switch x := sel.X.(type) {
	case *ast.SelectorExpr:
		return x.Sel.Name == "log" || x.Sel.Name == "Log"
	case *ast.Ident:
		return x.Name == "fmt" && sel.Sel.Name == "Errorf" || x.Name == "errors" && sel.Sel.Name == "New"
	}
	return false
}

func looksLikeWords(lit string) bool {
	return strings.ContainsFunc(lit, unicode.IsLetter) &&
		strings.ContainsFunc(lit, func(r rune) bool { return r == ' ' || r > unicode.MaxASCII })
}
