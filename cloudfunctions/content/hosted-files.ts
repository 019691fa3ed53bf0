// Pictures and attachments that the importer and the 公众号 sync copied into cloud storage are
// stored as `cloud://` file IDs. The app needs addresses it can load (H5's <img>, downloadFile for
// attachments, a share card), so an article's file IDs become temporary download URLs when it is read.
import type { ArticleDetail } from '../../contracts/content/article'
import { cloudbase } from '../_shared/cloudbase'

/** How long a download URL given out with an article stays valid (seconds). */
const URL_LIFETIME_S = 24 * 3600

const isFileId = (value: string | undefined): value is string => typeof value === 'string' && value.startsWith('cloud://')

/** The article with each `cloud://` picture and attachment replaced by a download URL. */
export async function withFileUrls(detail: ArticleDetail): Promise<ArticleDetail> {
  const pictures = [detail.cover, detail.channelShareImage].filter(isFileId)
  const ids = [...new Set([...detail.blocks.flatMap((b) => (b.type === 'image' && isFileId(b.src) ? [b.src] : [])), ...detail.attachments.map((a) => a.url).filter(isFileId), ...pictures])]
  if (ids.length === 0) return detail
  const { fileList } = (await cloudbase().getTempFileURL({ fileList: ids.map((fileID) => ({ fileID, maxAge: URL_LIFETIME_S })) })) as { fileList: Array<{ fileID: string; tempFileURL: string; code: string }> }
  const urls = new Map(fileList.filter((f) => f.code === 'SUCCESS' && f.tempFileURL).map((f) => [f.fileID, f.tempFileURL]))
  return {
    ...detail,
    blocks: detail.blocks.map((b) => (b.type === 'image' && isFileId(b.src) && urls.has(b.src) ? { ...b, src: urls.get(b.src)! } : b)),
    attachments: detail.attachments.map((a) => (isFileId(a.url) && urls.has(a.url) ? { ...a, url: urls.get(a.url)! } : a)),
    ...(isFileId(detail.cover) && urls.has(detail.cover) ? { cover: urls.get(detail.cover)! } : {}),
    ...(isFileId(detail.channelShareImage) && urls.has(detail.channelShareImage) ? { channelShareImage: urls.get(detail.channelShareImage)! } : {})
  }
}
