// Opening an uploaded material from its temporary URL: images in the full-screen viewer, PDFs in
// WeChat's document viewer (download first) or a new browser tab on H5.
import Taro from '@tarojs/taro'
import { previewImage } from '@/lib/preview-image'
import { isImage } from './form/materials'
import { hideLoading, showLoading, showToast } from '@/lib/feedback'

/** Opens one material; shows a Chinese toast when it cannot. */
export async function openMaterial(file: { url: string; contentType: string; name: string }): Promise<void> {
  if (!file.url) {
    void showToast({ title: '文件链接已失效，请刷新页面', icon: 'none', duration: 2000 })
    return
  }
  if (isImage(file)) {
    await previewImage({ urls: [file.url], current: file.url }).catch(() => undefined)
    return
  }
  if (process.env.TARO_ENV === 'h5') {
    window.open(file.url, '_blank', 'noopener')
    return
  }
  void showLoading({ title: '正在打开', mask: true })
  try {
    const download = await Taro.downloadFile({ url: file.url })
    if (download.statusCode !== 200) throw new Error(`HTTP ${download.statusCode}`)
    await Taro.openDocument({ filePath: download.tempFilePath, fileType: 'pdf', showMenu: true })
    void hideLoading()
  } catch {
    void hideLoading()
    void showToast({ title: '文件打开失败，请稍后重试', icon: 'none', duration: 2000 })
  }
}
