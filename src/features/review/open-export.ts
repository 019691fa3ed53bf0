// Opening the Excel export on each platform (weapp: Taro.cloud.downloadFile + openDocument; H5: the
// temporary URL). Materials open as on the worker's pages (features/dream-plan/open-material).
import Taro from '@tarojs/taro'
import type { ExportResult } from '@contracts/dream-plan/review'

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
