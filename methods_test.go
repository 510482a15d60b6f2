package allaboard_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// maxMethods is the most methods a type may have: one with more is a folder
// of jobs that lost their owners. The fake Telegram server is exempt: it
// speaks the whole Bot API.
const maxMethods = 40

// Every type's methods are counted over the module's non-test files: those
// declared with it as receiver, or listed in its interface.
func TestNoTypeHasMoreThanFortyMethods(t *testing.T) {
	counts := map[string]int{}
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case d.IsDir() && path != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" || path == filepath.Join("bot", "telegramtest")):
			return filepath.SkipDir
		case d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go"):
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		pkg := filepath.Dir(path)
		for name, n := range methodsIn(f) {
			counts[pkg+"."+name] += n
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if counts["bot/app.Events"] == 0 || len(counts) < 10 {
		t.Fatalf("counted too little to be the module: %v", counts)
	}
	for name, n := range counts {
		if n > maxMethods {
			t.Errorf("%s has %d methods, more than %d: split it by what its methods look after", name, n, maxMethods)
		}
	}
}

// methodsIn counts a file's methods by the type they belong to.
func methodsIn(f *ast.File) map[string]int {
	out := map[string]int{}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv != nil && len(d.Recv.List) == 1 {
				out[receiverName(d.Recv.List[0].Type)]++
			}
		case *ast.GenDecl:
			for _, s := range d.Specs {
				if ts, ok := s.(*ast.TypeSpec); ok {
					if it, ok := ts.Type.(*ast.InterfaceType); ok {
						for _, m := range it.Methods.List {
							if _, ok := m.Type.(*ast.FuncType); ok {
								out[ts.Name.Name] += len(m.Names)
							}
						}
					}
				}
			}
		}
	}
	return out
}

// receiverName is the type's name in a receiver: T, *T, T[P] or *T[P].
func receiverName(e ast.Expr) string {
	for {
		switch x := e.(type) {
		case *ast.StarExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.IndexListExpr:
			e = x.X
		case *ast.Ident:
			return x.Name
		default:
			return "?"
		}
	}
}
