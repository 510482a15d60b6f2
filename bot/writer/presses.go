package writer

import (
	"allaboard"
	"allaboard/bot/render"
)

// What the buttons the writer puts under an event's messages send back: the
// words are render's, the data is made here.

// answers are what e's card buttons send, for its material revision.
func answers(e allaboard.Event) render.Answers {
	return render.Answers{GotIt: press(e, allaboard.ActAck), Going: press(e, allaboard.ActGoing),
		Maybe: press(e, allaboard.ActMaybe), Cant: press(e, allaboard.ActCant)}
}

// press is what a button of e's card that does act sends.
func press(e allaboard.Event, act allaboard.Action) string {
	return allaboard.PressData{Group: e.Group, Event: e.Num, Rev: e.Material, Act: act}.Encode()
}

// statusActions are what the buttons of e's status card send.
func statusActions(e allaboard.Event) render.StatusActions {
	act := func(a allaboard.StatusAction) string { return allaboard.StatusPress(e.Group, e.Num, a) }
	return render.StatusActions{Remind: act(allaboard.StatusRemind), Everyone: act(allaboard.StatusAll),
		Change: act(allaboard.StatusChange), Cancel: act(allaboard.StatusCancel)}
}
