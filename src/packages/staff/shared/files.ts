// Opening files on each platform: the Excel export (weapp: Taro.cloud.downloadFile + openDocument;
// H5: the temporary URL) and an application's materials (images in the viewer, PDFs as documents).
import Taro from '@tarojs/taro'
import type { ExportResult } from '@contracts/dream-plan/review'

const isImage = (file: { contentType: string }) => file.contentType.startsWith('image/')

/** Opens the exported workbook; throws a Chinese Error when it cannot. */
export async function openExport(result: ExportResult): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    const opened = window.open(result.url, '_blank', 'noopener')
    if (!opened) window.location.assign(result.url)
    return
  }
  const download = await Taro.cloud.downloadFile({ fileID: result.fileID })
  await Taro.openDocument({ filePath: download.tempFilePath, fileType: 'xlsx', showMenu: true })
}

/** Opens one material from its temporary URL; shows a Chinese toast when it cannot. */
export async function openMaterial(file: { url: string; contentType: string }): Promise<void> {
  if (!file.url) {
    void Taro.showToast({ title: '文件链接已失效，请刷新页面', icon: 'none', duration: 2000 })
    return
  }
  if (isImage(file)) {
    await Taro.previewImage({ urls: [file.url], current: file.url }).catch(() => undefined)
    return
  }
  if (process.env.TARO_ENV === 'h5') {
    window.open(file.url, '_blank', 'noopener')
    return
  }
  void Taro.showLoading({ title: '正在打开', mask: true })
  try {
    const download = await Taro.downloadFile({ url: file.url })
    if (download.statusCode !== 200) throw new Error(`HTTP ${download.statusCode}`)
    await Taro.openDocument({ filePath: download.tempFilePath, fileType: 'pdf', showMenu: true })
    Taro.hideLoading()
  } catch {
    Taro.hideLoading()
    void Taro.showToast({ title: '文件打开失败，请稍后重试', icon: 'none', duration: 2000 })
  }
}

export { isImage }
