module allaboard

go 1.25.0

require (
	github.com/arran4/golang-ical v0.3.4
	github.com/emersion/go-ical v0.0.0-20250329121855-f41e73efc392
	github.com/go-telegram-bot-api/telegram-bot-api/v5 v5.5.1
	github.com/robfig/cron/v3 v3.0.1
	go.etcd.io/bbolt v1.5.0
)

require (
	github.com/teambition/rrule-go v1.8.2 // indirect
	golang.org/x/sys v0.45.0 // indirect
)
