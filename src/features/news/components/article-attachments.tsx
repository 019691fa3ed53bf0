// 相关附件: the files offered with an article.
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { Attachment } from '@contracts/content/article'
import './article-attachments.css'

/**
 * Opens an attachment. H5: a new tab. Weapp: most attachment hosts are not on the app's
 * download whitelist, so the link is copied for the phone's browser instead of failing silently.
 */
function openAttachment(file: Attachment) {
  if (process.env.TARO_ENV === 'h5') {
    window.open(file.url, '_blank', 'noopener')
    return
  }
  Taro.setClipboardData({ data: file.url })
    .then(() =>
      Taro.showModal({
        title: '附件链接已复制',
        content: `请粘贴到手机浏览器中打开：${file.name}`,
        showCancel: false,
        confirmText: '知道了'
      })
    )
    .catch(() => Taro.showToast({ title: '暂时无法打开附件', icon: 'none' }))
}

/** The attachment list, drawn only when there is something to list. */
export function ArticleAttachments({ attachments }: { attachments: Attachment[] }) {
  if (attachments.length === 0) return null
  return (
    <View className='article-attachments' data-testid='article-attachments'>
      <Text className='article-attachments__title'>相关附件</Text>
      {attachments.map((file, index) => (
        <View
          key={`${index}-${file.url}`}
          className='article-attachments__item'
          hoverClass='article-attachments__item--pressed'
          data-testid='article-attachment'
          onClick={() => openAttachment(file)}
        >
          <Text className='article-attachments__name'>{file.name}</Text>
          <Text className='article-attachments__action'>打开</Text>
        </View>
      ))}
    </View>
  )
}
