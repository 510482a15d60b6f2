package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"allaboard/bot/telegramtest"
)

// directives are a file's lines that begin with key, without it: the unit's
// "Key=" lines or the Dockerfile's "KEY " instructions.
func directives(tb testing.TB, path, key string) []string {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	var vs []string
	for line := range strings.Lines(string(b)) {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), key); ok {
			vs = append(vs, strings.TrimSpace(v))
		}
	}
	return vs
}

// The systemd unit's command line starts the program as systemd would,
// with the token from the credential and the database in the state
// directory; the unit runs it without privileges, hardened, restarted on
// failure. (systemd-analyze verify checks the rest; see the README.)
func TestSystemdUnitStartsTheBot(t *testing.T) {
	const unit = "../../deploy/allaboard.service"
	for key, want := range map[string]string{
		"DynamicUser=": "yes", "StateDirectory=": "allaboard", "Restart=": "on-failure",
		"NoNewPrivileges=": "yes", "ProtectSystem=": "strict", "LoadCredential=": "token:/etc/allaboard/token",
	} {
		if got := directives(t, unit, key); !slices.Equal(got, []string{want}) {
			t.Errorf("%s%q, want %s%s", key, got, key, want)
		}
	}
	exec := directives(t, unit, "ExecStart=")
	if len(exec) != 1 {
		t.Fatalf("ExecStart lines: %q, want one", exec)
	}
	args := strings.Fields(exec[0])
	if args[0] != "/usr/local/bin/allaboard" {
		t.Errorf("runs %s, want /usr/local/bin/allaboard", args[0])
	}

	h := newHarness(t, telegramtest.Options{})
	creds, state := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(creds, "token"), []byte(h.tg.Token()+"\n"), 0o400); err != nil {
		t.Fatal(err)
	}
	expand := strings.NewReplacer("${CREDENTIALS_DIRECTORY}", creds, "${STATE_DIRECTORY}", state)
	for i := range args {
		args[i] = expand.Replace(args[i])
	}
	env := map[string]string{"ALLABOARD_API_URL": h.tg.URL()} // from the EnvironmentFile
	ctx, cancel := context.WithCancel(context.Background())
	exited := make(chan int, 1)
	go func() { exited <- run(ctx, args[1:], func(k string) string { return env[k] }, h.out, h.out) }()
	defer func() {
		cancel()
		select {
		case code := <-exited:
			if code != 0 {
				t.Errorf("exit %d after SIGTERM, want 0", code)
			}
		case <-time.After(15 * time.Second):
			t.Error("the program did not stop")
		}
	}()
	anna := h.tg.AddUser("Anna", "", "anna")
	h.tg.Start(anna, "")
	h.waitGreeted(anna.ID)
	if _, err := os.Stat(filepath.Join(state, "allaboard.db")); err != nil {
		t.Errorf("no database in the state directory: %v", err)
	}
	var line map[string]any // -log-format json
	if err := json.Unmarshal([]byte(strings.SplitN(h.out.String(), "\n", 2)[0]), &line); err != nil {
		t.Errorf("log is not JSON: %v", err)
	}
}

// The image runs the program as a user without privileges, with the
// database in the /data volume, and its settings are ones the program
// takes.
func TestDockerfileRunsUnprivilegedWithTheDatabaseInAVolume(t *testing.T) {
	const file = "../../Dockerfile"
	if got := directives(t, file, "USER"); len(got) != 1 || got[0] == "root" || strings.HasPrefix(got[0], "0") {
		t.Errorf("USER %q, want one user, not root", got)
	}
	if got := directives(t, file, "VOLUME"); !slices.Equal(got, []string{"/data"}) {
		t.Errorf("VOLUME %q, want /data", got)
	}
	if got := directives(t, file, "ENTRYPOINT"); !slices.Equal(got, []string{`["/allaboard"]`}) {
		t.Errorf("ENTRYPOINT %q, want the program", got)
	}
	if got := directives(t, file, "RUN CGO_ENABLED=0 go build"); len(got) != 1 || !strings.HasSuffix(got[0], "./cmd/allaboard") {
		t.Errorf("build %q, want a static build of ./cmd/allaboard", got)
	}
	env := map[string]string{"TELEGRAM_BOT_TOKEN": "1:x"}
	for _, e := range directives(t, file, "ENV") {
		k, v, _ := strings.Cut(e, "=")
		env[k] = v
	}
	if db := env["ALLABOARD_DB"]; !strings.HasPrefix(db, "/data/") {
		t.Errorf("ALLABOARD_DB=%q, want the database in /data", db)
	}
	c, err := parseConfig(nil, func(k string) string { return env[k] }, os.Stderr)
	if err != nil || c.DBPath != env["ALLABOARD_DB"] {
		t.Errorf("the image's settings: %+v, %v", c, err)
	}
}
