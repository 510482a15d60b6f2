// Package lang holds what differs between the bot's nine languages:
// which language a reader gets (Match, Parse), the catalogue of messages
// (T, N) and the facts rendered in each language's own way (day and month
// names, date order, time format: Day, Span...).
//
// Messages live in locales/<code>.toml, one file per language, embedded in
// the binary and read once at start. English (en.toml) is the source: every
// other file has the same message ids, the same {{.Placeholders}}, and every
// plural form its language needs by CLDR (catalogue_test.go checks all three).
// The top of each file says how it addresses the reader, and why.
//
// To add a tenth language:
//  1. add its entry (code, own name, English name, day and month words,
//     layouts) at the end of langs in whenwords.go, and a constant below
//     Ukrainian in lang.go;
//  2. write locales/<code>.toml with every message of en.toml;
//  3. for the bot to read dates typed in it, add its words to the root
//     package's whenwords.go as well.
//
// Then go test ./bot/lang says what is still missing.
package lang
