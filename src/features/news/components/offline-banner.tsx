// Shown instead of an error when there is no network and the page reads from the copy kept on the
// device: 离线 · 上次更新 12月3日 09:30.
import { Text, View } from '@tarojs/components'
import { formatDateTime } from '@/lib/dates'
import './offline-banner.css'

export function OfflineBanner({ savedAt }: { savedAt: number }) {
  return (
    <View className='offline-banner' role='status' data-testid='offline-banner'>
      <Text className='offline-banner__text'>{`离线 · 上次更新 ${formatDateTime(new Date(savedAt).toISOString())}`}</Text>
    </View>
  )
}
