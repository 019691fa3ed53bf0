// The head of a selectable list: how many are chosen, and 全选 / 取消全选.
import { Text, View } from '@tarojs/components'
import { formatYuan } from '@/features/review/labels'
import './select-bar.css'

export function SelectBar({ total, chosen, amount, allChosen, onToggleAll }: { total: number; chosen: number; amount: number; allChosen: boolean; onToggleAll: () => void }) {
  return (
    <View className='sf-select-bar'>
      <Text className='sf-text' role='status' data-testid='selected-count'>{`已选 ${chosen} / ${total} 项，合计 ${formatYuan(amount)} 元`}</Text>
      <View className='text-link text-link--small' role='button' tabIndex={0} data-testid='select-all' onClick={onToggleAll}>
        <Text>{allChosen ? '取消全选' : '全选'}</Text>
      </View>
    </View>
  )
}
