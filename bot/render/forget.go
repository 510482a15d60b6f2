package render

// Forgetting a group, or a member: the questions, and the answers.
const (
	ForgetGroupAsk      Phrase = "forget_group_ask" // with ForgetButtons
	ForgetGroupDone     Phrase = "forget_group_done"
	ForgetNotAdmin      Phrase = "forget_not_admin"
	ForgetMeInGroup     Phrase = "forget_me_in_group"
	ForgetMeAsk         Phrase = "forget_me_ask" // with ForgetButtons
	ForgetMeDone        Phrase = "forget_me_done"
	ForgetUsage         Phrase = "forget_usage"
	ForgetExpired       Phrase = "forget_expired" // plain, as answers to presses are
	ForgetKept          Phrase = "forget_kept"
	ForgetDoneShort     Phrase = "forget_done_short"
	ForgetNotAdminShort Phrase = "forget_not_admin_short"
)
