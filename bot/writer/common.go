package writer

import (
	"allaboard/bot/notice"
	"allaboard/bot/render"
)

func init() {
	kinds[notice.StaleButton] = phrase(render.StaleButton.In)
	kinds[notice.NotYourGroup] = phrase(render.NotYourGroup.In)
	kinds[notice.Failed] = phrase(render.Failed.In)
	kinds[notice.AckUsage] = phrase(render.AckUsage.In)
	kinds[notice.YoureSet] = phrase(render.YoureSet.In)
}
