package telegramtest

import (
	"fmt"
	"mime"
	"path"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// sendDocument takes a multipart upload with the file in "document"; file
// ids and URLs are refused, as the fake stores no files to refer to.
func (s *Server) sendDocument(c *call) (any, error) {
	ch, err := s.target(c)
	if err != nil {
		return nil, err
	}
	if c.file == nil {
		if c.params.Get("document") != "" {
			return nil, badRequest("wrong file identifier/HTTP URL specified")
		}
		return nil, badRequest("there is no document in the request")
	}
	caption, mode := c.params.Get("caption"), c.params.Get("parse_mode")
	plain, ents, err := s.render(caption, mode)
	if err != nil {
		return nil, err
	}
	if utf16Len(plain) > 1024 {
		return nil, badRequest("message caption is too long")
	}
	markup, buttons, err := parseMarkup(c.params.Get("reply_markup"))
	if err != nil {
		return nil, err
	}
	s.nextFile++
	doc := &Document{Name: c.file.Name, Data: c.file.Data, Caption: caption}
	kind := mime.TypeByExtension(path.Ext(doc.Name))
	if kind == "" {
		kind = "application/octet-stream"
	}
	m := ch.add(&message{
		view: Message{From: s.bot, Text: caption, Plain: plain, ParseMode: mode, Buttons: buttons, Date: time.Now(),
			Silent: c.boolParam("disable_notification"), Document: doc},
		entities: ents, markup: markup,
		doc: &tgbotapi.Document{FileID: fmt.Sprintf("BQACAgIAAxkBAAI%08d", s.nextFile), FileUniqueID: fmt.Sprintf("AgAD%08d", s.nextFile),
			FileName: doc.Name, MimeType: strings.Split(kind, ";")[0], FileSize: len(doc.Data)},
	})
	text := doc.Name
	if plain != "" {
		text += ": " + plain
	}
	s.note(ch, s.bot.Name(), "document", text, buttons)
	s.wake()
	return s.wire(ch, m), nil
}
