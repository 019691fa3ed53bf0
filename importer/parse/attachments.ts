// 相关附件 in the footer. Extracted text has the file names but not their links, so they cannot be
// imported; the names are reported so an editor can attach the files by hand.

import { COLON } from './normalize'
import { isFooterStart } from './chrome'

const ATTACHMENTS_LABEL = new RegExp(`^相关附件\\s*${COLON}?\\s*(.*)$`)

/** The file names listed under `相关附件:` in the footer lines (empty when the page lists none). */
export function listedAttachmentNames(footerLines: string[]): string[] {
  const start = footerLines.findIndex((line) => ATTACHMENTS_LABEL.test(line))
  if (start < 0) return []
  const names: string[] = []
  const sameLine = ATTACHMENTS_LABEL.exec(footerLines[start])?.[1].trim()
  if (sameLine) names.push(sameLine)
  for (const line of footerLines.slice(start + 1)) {
    if (isFooterStart(line)) break
    names.push(line)
  }
  return names
}
