// Temporary download URLs for cloud:// fileIDs (content images and attachments). In the mini-program
// an <Image> takes a fileID directly; a browser needs a URL, so replies carry one for each fileID.
import { cloudbase } from './cloudbase'

/** How long a content file's URL stays valid: longer than anyone reads one article. */
export const CONTENT_URL_SECONDS = 2 * 3600

/** fileID → temporary URL, for every cloud:// id given ('' when the file is gone). */
export async function fileUrls(ids: string[]): Promise<Record<string, string>> {
  const unique = [...new Set(ids.filter((id) => id.startsWith('cloud://')))]
  if (!unique.length) return {}
  const { fileList } = await cloudbase().getTempFileURL({ fileList: unique.map((fileID) => ({ fileID, maxAge: CONTENT_URL_SECONDS })) })
  return Object.fromEntries(unique.map((id, i) => [id, fileList?.[i]?.code === 'SUCCESS' ? fileList[i].tempFileURL : '']))
}
