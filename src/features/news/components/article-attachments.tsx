// 相关附件: the files offered with an article. Weapp downloads the file and opens it in WeChat's
// document viewer (which offers 转发 / 用其他应用打开); H5 opens the link in a new tab.
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import type { Attachment } from '@contracts/content/article'
import './article-attachments.css'
import { hideLoading, setClipboardData, showLoading, showModal, showToast } from '@/lib/feedback'

/** File types wx.openDocument can show. */
const DOCUMENT_TYPES = ['doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'pdf'] as const
type DocumentType = (typeof DOCUMENT_TYPES)[number]

/** The document type from the file name or URL, when openDocument knows it. */
export function documentTypeOf(file: Attachment): DocumentType | undefined {
  for (const candidate of [file.name, file.url.split(/[?#]/)[0]]) {
    const ext = candidate.split('.').pop()?.toLowerCase()
    if (ext && (DOCUMENT_TYPES as readonly string[]).includes(ext)) return ext as DocumentType
  }
  return undefined
}

/** When the download or viewer fails (e.g. the host is not on the download whitelist): offer the link. */
function offerLink(file: Attachment) {
  void showModal({
    title: '附件暂时无法打开',
    content: `可复制链接，在手机浏览器中打开：${file.name}`,
    confirmText: '复制链接',
    cancelText: '关闭'
  }).then((res) => {
    if (res.confirm) void setClipboardData({ data: file.url })
  })
}

/** Opens an attachment: a new tab on H5; download then the document viewer in WeChat. */
async function openAttachment(file: Attachment) {
  if (process.env.TARO_ENV === 'h5') {
    window.open(file.url, '_blank', 'noopener')
    return
  }
  void showLoading({ title: '正在打开附件', mask: true })
  try {
    const download = await Taro.downloadFile({ url: file.url })
    if (download.statusCode !== 200) throw new Error(`HTTP ${download.statusCode}`)
    const fileType = documentTypeOf(file)
    await Taro.openDocument({ filePath: download.tempFilePath, showMenu: true, ...(fileType ? { fileType } : {}) })
    void hideLoading()
  } catch {
    void hideLoading()
    void showToast({ title: '附件打开失败', icon: 'error', duration: 1500 })
    setTimeout(() => offerLink(file), 1500)
  }
}

/** The attachment list, drawn only when there is something to list. */
export function ArticleAttachments({ attachments }: { attachments: Attachment[] }) {
  if (attachments.length === 0) return null
  return (
    <View className='article-attachments' data-testid='article-attachments'>
      <Text className='article-attachments__title ui-text ui-text--heading ui-tone--default'>相关附件</Text>
      {attachments.map((file, index) => (
        <Tappable
          key={`${index}-${file.url}`}
          className='article-attachments__item ui-flex-row'
          aria-label={`打开附件：${file.name}`}
          data-testid='article-attachment'
          onClick={() => void openAttachment(file)}
        >
          <Text className='article-attachments__name'>{file.name}</Text>
          <Text className='article-attachments__action'>打开</Text>
        </Tappable>
      ))}
    </View>
  )
}
