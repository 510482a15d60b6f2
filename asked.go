package allaboard

// AskedCommand is a command that waits for its sender to choose between readings
// of a time ("3:30": 15:30 or 03:30?): the command as typed, the words that
// were read two ways, and each reading written so that it can't be misread.
type AskedCommand struct {
	Chat    int64    `json:"chat"`
	User    int64    `json:"user"`
	Command string   `json:"command"`
	Args    string   `json:"args"`
	Typed   string   `json:"typed"`
	Choices []string `json:"choices"`
}
