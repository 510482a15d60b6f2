package notice

// Kinds about the language the bot writes in.
const (
	// LanguageMenu offers the languages, to choose for User's own messages
	// (Group 0) or for Group's; "press<i>", each button's data, in the order
	// of lang.All().
	LanguageMenu = "language_menu"
	// LanguageChosen confirms User's choice; it is written in the language
	// chosen.
	LanguageChosen = "language_chosen"
	// GroupLanguageChosen confirms Group's new language, in it.
	GroupLanguageChosen = "group_language_chosen"
	// LanguageUnknown answers a language the bot doesn't speak: "typed".
	LanguageUnknown = "language_unknown"
	// LanguageNotAllowed answers a member who may not change the group's
	// language.
	LanguageNotAllowed = "language_not_allowed"
)
