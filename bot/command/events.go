package command

import "allaboard/bot/app"

// Announcing, changing, cancelling and co-hosting events, in the group.

func announce(a *app.App, t *app.Turn, m *app.Message) error { return a.Events.OnEvent(t, m) }
func change(a *app.App, t *app.Turn, m *app.Message) error   { return a.Events.OnEdit(t, m) }
func cancel(a *app.App, t *app.Turn, m *app.Message) error   { return a.Events.OnCancel(t, m) }
func coHost(a *app.App, t *app.Turn, m *app.Message) error   { return a.Events.OnCoHost(t, m) }
