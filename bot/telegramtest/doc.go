// Package telegramtest is a fake Telegram Bot API server for end-to-end tests
// and demos: the real bot polls it over HTTP (on 127.0.0.1 only) as it would
// poll Telegram, while the test acts as users who write, press buttons, join,
// leave and block.
//
// It behaves like Telegram as go-telegram-bot-api v5.5.1 calls it: the same
// methods, answers, error codes and descriptions, long polling, privacy mode,
// group migration, HTML validation and rate limits. Faults can be injected on
// demand. Everything runs in real time and is safe for concurrent use; the
// package does not import "testing", so a demo can use it too.
//
// Things to know:
//   - Send, Start, SendReply and the membership actions panic on a test bug,
//     such as writing in a group one is not in; TrySend returns ErrNotSent.
//   - A user's Send in their private chat counts as having started the bot
//     (and unblocks it), as Telegram's apps make the user press Start first.
//   - WaitMessage also looks at the messages already there (newest first) and
//     calls match outside the server's lock, so match may call the server.
//   - Observe is called synchronously, in order, outside the lock: it may read
//     the server (Messages, Requests...) but must not act (Send, Press...).
//   - AddBot and RemoveBot queue the my_chat_member update before the service
//     message, the order Telegram sends them in.
//   - An offset beyond the last update id handed out is stale (ids restart
//     lower after JumpUpdateID) and confirms nothing.
//   - Telegram trims white space around message texts; so does the fake, in
//     Plain. Markdown parse modes are accepted but not parsed.
//   - Slow delays a request before processing it; if the client gives up
//     meanwhile, the request is not processed at all.
//   - Methods beyond those the brief names (getChat, deleteMessage,
//     unpinChatMessage, leaveChat, sendChatAction, getMyCommands, ...) work
//     too; any other method is answered 404 "Not Found".
package telegramtest
