// Package allaboard holds the domain of All Aboard, a Telegram bot that makes
// sure every member of a group chat confirms the latest version of every event.
//
// What belongs here: the domain's types and rules (events and their
// revisions, responses, rolls and tallies, the chase policy, settings,
// reminders, quiet hours, the digest's calendar, reading a typed time, who may
// do what, quotas) and the values the rooms of the bot pass to one another
// and the store keeps: outbox entries (Outgoing, Notice) and their refs,
// deliveries, timers, and the transaction interfaces (Tx) the store
// implements. Input the domain refuses is a Problem, a code with values, and a
// time it must ask about is a Question: data, never sentences.
//
// What does not: words users read (bot/render writes every one), Telegram's
// types and formats (bot/ adapts to Telegram; bot/wire holds what its buttons
// and links carry), bbolt (store/), the clock that wakes the bot
// (scheduler/). The package imports none of the module's sub-packages; they
// meet in cmd/allaboard. A name is exported when another package needs it;
// what only this package uses stays unexported.
package allaboard

import "errors"

// ErrNotFound is returned when a stored record does not exist.
var ErrNotFound = errors.New("not found")

// TelegramAccount is Telegram's own account, which posts the automatic
// forwards from a channel linked to a group: never a member to chase.
const TelegramAccount = 777000

// ErrExists is returned when a record to be created exists already.
var ErrExists = errors.New("exists already")
