// 我的申请's rows: 申报序号, year, school and level, amount, when submitted, and the status chip.
import { Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import type { ApplicationSummary } from '@contracts/dream-plan/application'
import { formatDate } from '@/lib/dates'
import { formatYuan } from './policy-details'
import { StatusChip } from './status-chip'
import './application-rows.css'

export function ApplicationRows({ items, onSelect }: { items: ApplicationSummary[]; onSelect: (id: string) => void }) {
  return (
    <View className='dp-rows' role='list' data-testid='applications'>
      {items.map((app) => (
        <View key={app.id} className='dp-rows__item' role='listitem'>
          <Tappable
            className='dp-row card'
            data-testid='application-row'
            onClick={() => onSelect(app.id)}
          >
            <View className='dp-row__head'>
              <Text className='dp-row__title'>{`${app.year}年度圆梦计划`}</Text>
              <StatusChip app={app} />
            </View>
            <Text className='dp-row__line ui-text ui-text--text ui-tone--default'>{`${app.school} · ${app.level}`}</Text>
            <Text className='dp-row__meta ui-text ui-text--meta ui-tone--secondary'>
              {`${app.applicationNo ? `申报序号 ${app.applicationNo} · ` : ''}${formatDate(app.submittedAt)}提交 · ${formatYuan(app.amount)} 元`}
            </Text>
          </Tappable>
        </View>
      ))}
    </View>
  )
}
