// Author credits (记者 / 通讯员 / 文/图 / 深圳特区报记者 … / 新華社記者 … 攝). They go to `byline`, not into the body.

import { charLength } from './normalize'

const LABEL = '(?:特约记者|全媒体记者|融媒体记者|见习记者|记者|記者|通讯员|通訊員|实习生|文\\s*[/／、]\\s*图|图\\s*[/／、]\\s*文|摄影|攝影|撰稿|作者|文|摄|攝)'
/** An outlet before 记者 (`深圳特区报记者`, `文、图/广州日报新花城记者`). */
const OUTLET = '(?:[\\u4e00-\\u9fa5、/／]{1,16}?(?=记者|記者))?'
/** A name is a short run of letters; prose has punctuation or runs long. */
const NAME = '[\\u4e00-\\u9fa5A-Za-z·]{1,12}'
const NAMES = `${NAME}(?:[\\s、,，/／]+${NAME})*`
/** Label and names need a separator, so "记者从区总工会获悉…" is not a credit. */
const SEGMENT = `${OUTLET}${LABEL}(?:\\s*[:：]\\s*|\\s+)${NAMES}`
const BYLINE = new RegExp(`^[(（]?\\s*(${SEGMENT}(?:[\\s,，;；]+${SEGMENT})*)\\s*[)）]?$`)
const MAX_BYLINE = 40

/** The credit text of a byline line (`记者 张三`, `(通讯员 李四 王五)`, `文/图 …`) without outer brackets, else null. */
export function parseByline(line: string): string | null {
  if (charLength(line) > MAX_BYLINE || /[。！？]/.test(line)) return null
  const match = BYLINE.exec(line)
  return match ? match[1].trim() : null
}
