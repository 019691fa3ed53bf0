// 附件: files a page offers. In extracted text only their names survive (an editor attaches the files
// by hand, or the saved-HTML import copies them); in saved HTML the links are read instead.

import { COLON } from './normalize'
import { isFooterStart } from './chrome'

const ATTACHMENTS_LABEL = new RegExp(`^相关附件\\s*${COLON}?\\s*(.*)$`)
/** `附件:…`, `附件1:…`, `附件: 困难职工申请表` in a notice's body. */
const BODY_ATTACHMENT = new RegExp(`^附\\s*件\\s*[\\d一二三四五六七八九十]*\\s*${COLON}\\s*(.*)$`)
const FILE_NAME = /^(.*?\.(?:docx?|xlsx?|pptx?|pdf|wps|et|zip|rar|7z|txt|ofd|jpe?g|png))(?![A-Za-z])/i

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

/** The file name of a body `附件:` line ('' when the label stands alone), or null when the line is not one. */
export function bodyAttachmentName(line: string): string | null {
  const m = BODY_ATTACHMENT.exec(line)
  if (!m) return null
  const value = m[1].trim()
  // A signature run into the file name ("….docx校工会") ends at the file's extension.
  return FILE_NAME.exec(value)?.[1] ?? value
}

/** Whether a line under an `附件:` line is another listed file (it has a file extension). */
export function isListedFile(line: string): boolean {
  return FILE_NAME.test(line) && !/[。，！？]/.test(line)
}
