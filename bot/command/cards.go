package command

import "allaboard/bot/app"

// Seeing events and confirming them: lists, counts, history, /ack, and the
// private chat's start.

func listEvents(a *app.App, t *app.Turn, m *app.Message) error { return a.Cards.OnEvents(t, m) }
func pending(a *app.App, t *app.Turn, m *app.Message) error    { return a.Cards.OnPending(t, m) }
func confirm(a *app.App, t *app.Turn, m *app.Message) error    { return a.Cards.OnAck(t, m) }
func status(a *app.App, t *app.Turn, m *app.Message) error     { return a.Cards.OnStatus(t, m) }
func myStatus(a *app.App, t *app.Turn, m *app.Message) error   { return a.Cards.OnMyStatus(t, m) }
func history(a *app.App, t *app.Turn, m *app.Message) error    { return a.Cards.OnHistory(t, m) }
func start(a *app.App, t *app.Turn, m *app.Message) error      { return a.Cards.OnStart(t, m) }
