package main

// testTuning is set only in a binary built with the allaboard_test build tag
// (testbuild.go): it tunes the program from the environment for the tests
// that run the binary itself, as in-process tests set Main's fields. A
// released binary has no such option, so neither -help nor the README names
// one.
var testTuning func(m *Main, getenv func(string) string) error
