// Package allaboard holds the domain of All Aboard, a Telegram bot that makes
// sure every member of a group chat confirms the latest version of every event.
//
// The root package is pure Go: no Telegram, no bbolt. Sub-packages adapt it to
// the outside world (bot/ to Telegram, store/ to bbolt, scheduler/ to time) and
// meet in cmd/allaboard.
package allaboard

import "errors"

// ErrNotFound is returned when a stored record does not exist.
var ErrNotFound = errors.New("not found")

// TelegramAccount is Telegram's own account, which posts the automatic
// forwards from a channel linked to a group: never a member to chase.
const TelegramAccount = 777000

// ErrExists is returned when a record to be created exists already.
var ErrExists = errors.New("exists already")
