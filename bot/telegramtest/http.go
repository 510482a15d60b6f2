package telegramtest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// call is one Bot API request, parsed.
type call struct {
	ctx    context.Context
	method string
	params url.Values
	file   *Document // the "document" part of a multipart upload
}

// apiError is an answer with ok:false.
type apiError struct {
	code       int
	desc       string
	retryAfter int
	migrateTo  int64
}

func (e *apiError) Error() string { return fmt.Sprintf("%d %s", e.code, e.desc) }

func badRequest(desc string) *apiError { return &apiError{code: 400, desc: "Bad Request: " + desc} }
func forbidden(desc string) *apiError  { return &apiError{code: 403, desc: "Forbidden: " + desc} }

// handler answers one method with s.mu held.
type handler func(s *Server, c *call) (any, error)

// methods are keyed by lower-case name: Telegram ignores the case.
var methods = map[string]handler{
	"getme":                  (*Server).getMe,
	"sendmessage":            (*Server).sendMessage,
	"editmessagetext":        (*Server).editMessageText,
	"editmessagereplymarkup": (*Server).editMessageReplyMarkup,
	"senddocument":           (*Server).sendDocument,
	"answercallbackquery":    (*Server).answerCallbackQuery,
	"pinchatmessage":         (*Server).pinChatMessage,
	"unpinchatmessage":       (*Server).unpinChatMessage,
	"deletemessage":          (*Server).deleteMessage,
	"getchat":                (*Server).getChat,
	"getchatmember":          (*Server).getChatMember,
	"getchatmembercount":     (*Server).getChatMemberCount,
	"getchatmemberscount":    (*Server).getChatMemberCount,
	"getchatadministrators":  (*Server).getChatAdministrators,
	"leavechat":              (*Server).leaveChat,
	"sendchataction":         (*Server).sendChatAction,
	"setmycommands":          (*Server).setMyCommands,
	"getmycommands":          (*Server).getMyCommands,
	"deletemycommands":       (*Server).deleteMyCommands,
	"setmydescription":       (*Server).setMyDescription,
	"getmydescription":       (*Server).getMyDescription,
	"setmyshortdescription":  (*Server).setMyShortDescription,
	"getmyshortdescription":  (*Server).getMyShortDescription,
	"setwebhook":             (*Server).setWebhookMethod,
	"deletewebhook":          (*Server).deleteWebhook,
	"getwebhookinfo":         (*Server).getWebhookInfo,
}

func (s *Server) serveHTTP(w http.ResponseWriter, r *http.Request) {
	rest, isBot := strings.CutPrefix(r.URL.Path, "/bot")
	token, method, _ := strings.Cut(rest, "/")
	if !isBot {
		token, method = "", ""
	}
	c := &call{ctx: r.Context(), method: method}
	c.params, c.file = readParams(r)

	s.mu.Lock()
	idx := len(s.requests)
	s.requests = append(s.requests, Request{Method: method, Params: c.params, Time: time.Now()})
	unreachable := s.unreachable
	f := s.takeFault(method)
	s.unlock()

	if unreachable {
		hangUp(w)
		return
	}
	if f != nil {
		code, handled := s.inject(w, r, f)
		if handled {
			desc := ""
			if f.kind == faultFail {
				desc = f.desc
			}
			s.setCode(idx, code, desc)
			return
		}
	}
	if !isBot {
		s.setCode(idx, writeError(w, &apiError{code: 404, desc: "Not Found"}), "Not Found")
		return
	}
	code, desc := s.answer(w, c, token)
	s.setCode(idx, code, desc)
}

// answer processes an authenticated request and returns the status sent,
// and the description of a refusal.
func (s *Server) answer(w http.ResponseWriter, c *call, token string) (int, string) {
	if token != s.opts.Token {
		return writeError(w, &apiError{code: 401, desc: "Unauthorized"}), "Unauthorized"
	}
	var v any
	var err error
	if strings.EqualFold(c.method, "getUpdates") {
		v, err = s.getUpdates(c)
	} else if h := methods[strings.ToLower(c.method)]; h != nil {
		s.mu.Lock()
		v, err = h(s, c)
		if err == nil && s.again(c.method) {
			s.twice.copying = true
			if v2, err2 := h(s, c); err2 == nil {
				v = v2 // the client kept the answer to its second request
				s.twice.done++
			}
			s.twice.copying = false
		}
		s.unlock()
	} else {
		err = &apiError{code: 404, desc: "Not Found"}
	}
	if err != nil {
		var ae *apiError
		if !errors.As(err, &ae) {
			ae = &apiError{code: 500, desc: "Internal Server Error: " + err.Error()}
		}
		return writeError(w, ae), ae.desc
	}
	return writeJSON(w, http.StatusOK, map[string]any{"ok": true, "result": v}), ""
}

func (s *Server) setCode(idx, code int, desc string) {
	s.mu.Lock()
	s.requests[idx].Code, s.requests[idx].Description = code, desc
	s.unlock()
}

func writeError(w http.ResponseWriter, e *apiError) int {
	resp := tgbotapi.APIResponse{Ok: false, ErrorCode: e.code, Description: e.desc}
	if e.retryAfter != 0 || e.migrateTo != 0 {
		resp.Parameters = &tgbotapi.ResponseParameters{RetryAfter: e.retryAfter, MigrateToChatID: e.migrateTo}
	}
	return writeJSON(w, e.code, resp)
}

func writeJSON(w http.ResponseWriter, code int, v any) int {
	b, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("telegramtest: encode answer: %v", err))
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	w.Write(b)
	return code
}

// hangUp closes the connection without an answer.
func hangUp(w http.ResponseWriter) {
	hj, ok := w.(http.Hijacker)
	if !ok {
		panic("telegramtest: connection cannot be hijacked")
	}
	conn, _, err := hj.Hijack()
	if err == nil {
		conn.Close()
	}
}

// readParams reads the parameters from the query and the body, which the
// library sends url-encoded, or as multipart/form-data with a file.
func readParams(r *http.Request) (url.Values, *Document) {
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch ct {
	case "multipart/form-data":
		if err := r.ParseMultipartForm(64 << 20); err != nil {
			return r.URL.Query(), nil
		}
		return r.Form, readUpload(r)
	case "application/json":
		v := r.URL.Query()
		var body map[string]json.RawMessage
		if json.NewDecoder(r.Body).Decode(&body) == nil {
			for k, raw := range body {
				var str string
				if json.Unmarshal(raw, &str) == nil {
					v.Set(k, str)
				} else {
					v.Set(k, string(raw))
				}
			}
		}
		return v, nil
	}
	r.ParseForm()
	return r.Form, nil
}

func readUpload(r *http.Request) *Document {
	fhs := r.MultipartForm.File["document"]
	if len(fhs) == 0 {
		return nil
	}
	f, err := fhs[0].Open()
	if err != nil {
		return nil
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil {
		return nil
	}
	return &Document{Name: fhs[0].Filename, Data: data}
}

// int64Param parses a decimal parameter; missing or malformed is 0.
func (c *call) int64Param(name string) int64 {
	n, _ := strconv.ParseInt(strings.TrimSpace(c.params.Get(name)), 10, 64)
	return n
}

func (c *call) intParam(name string) int { return int(c.int64Param(name)) }

func (c *call) boolParam(name string) bool {
	b, _ := strconv.ParseBool(c.params.Get(name))
	return b
}

// chatID is the chat_id parameter; usernames (@name) are not supported.
func (c *call) chatID() (int64, error) {
	raw := strings.TrimSpace(c.params.Get("chat_id"))
	if raw == "" {
		return 0, badRequest("chat_id is empty")
	}
	id, err := strconv.ParseInt(raw, 10, 64)
	if err != nil {
		return 0, badRequest("chat not found")
	}
	return id, nil
}
