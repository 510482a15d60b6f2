package main

import (
	"os"
	"strconv"
)

func itoa(n int) string { return strconv.Itoa(n) }

func writeFile(path string, data []byte) error { return os.WriteFile(path, data, 0o600) }
