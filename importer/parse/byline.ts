// Author credits (记者 / 通讯员 / 文/图 …). They go to `byline`, not into the body.

import { charLength } from './normalize'

const LABEL = '(?:特约记者|记者|通讯员|实习生|文\\s*[/／]\\s*图|图\\s*[/／]\\s*文|文|摄影|摄|作者|撰稿)'
/** A name is a short run of letters; prose has punctuation or runs long. */
const NAME = '[\\u4e00-\\u9fa5A-Za-z·]{1,12}'
const NAMES = `${NAME}(?:[\\s、,，/／]+${NAME})*`
/** Label and names need a separator, so "记者从区总工会获悉…" is not a credit. */
const SEGMENT = `${LABEL}(?:\\s*[:：]\\s*|\\s+)${NAMES}`
const BYLINE = new RegExp(`^[(（]?\\s*(${SEGMENT}(?:[\\s,，;；]+${SEGMENT})*)\\s*[)）]?$`)
const MAX_BYLINE = 40

/** The credit text of a byline line (`记者 张三`, `(通讯员 李四 王五)`, `文/图 …`) without outer brackets, else null. */
export function parseByline(line: string): string | null {
  if (charLength(line) > MAX_BYLINE) return null
  const match = BYLINE.exec(line)
  return match ? match[1].trim() : null
}
