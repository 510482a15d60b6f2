package writer

import (
	"allaboard"
	"allaboard/bot/render"
	"allaboard/bot/wire"
)

// What the buttons the writer puts under an event's messages send back: the
// words are render's, the data is made here.

// answers are what e's card buttons send, for its material revision.
func answers(e allaboard.Event) render.Answers {
	return render.Answers{GotIt: press(e, wire.ActAck), Going: press(e, wire.ActGoing),
		Maybe: press(e, wire.ActMaybe), Cant: press(e, wire.ActCant), Done: press(e, wire.ActDone)}
}

// press is what a button of e's card that does act sends.
func press(e allaboard.Event, act wire.Action) string {
	return wire.PressData{Group: e.Group, Event: e.Num, Rev: e.Material, Act: act}.Encode()
}

// statusActions are what the buttons of e's status card send.
func statusActions(e allaboard.Event) render.StatusActions {
	act := func(a wire.StatusAction) string { return wire.StatusPress(e.Group, e.Num, a) }
	a := render.StatusActions{Remind: act(wire.StatusRemind), Everyone: act(wire.StatusAll),
		Change: act(wire.StatusChange), Cancel: act(wire.StatusCancel), Kind: e.Kind}
	if e.IsNotice() && !e.Dated() && !e.Cancelled {
		a.KeepOpen, a.Kept = act(wire.StatusKeepOpen), e.Kept
	}
	return a
}
