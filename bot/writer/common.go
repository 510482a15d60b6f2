package writer

import (
	"allaboard/bot/notice"
	"allaboard/bot/render"
)

func init() {
	kinds[notice.StaleButton] = fixed(render.StaleButton)
	kinds[notice.NotYourGroup] = fixed(render.NotYourGroup)
	kinds[notice.Failed] = fixed(render.Failed)
}
