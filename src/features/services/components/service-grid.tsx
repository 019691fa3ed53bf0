// The 服务 tab's grid: each service as one large card (name, one-line tagline, 示例 on sample text).
import { Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import type { ServiceSummary } from '@contracts/services/documents'
import { SampleChip } from '@/components/sample-chip'
import './service-grid.css'

interface ServiceGridProps {
  items: ServiceSummary[]
  /** Called with the service id; the page decides where to go. */
  onSelect: (id: string) => void
}

/** Two columns (one in 关怀模式, where the text is larger); every card is a whole tap target. */
export function ServiceGrid({ items, onSelect }: ServiceGridProps) {
  return (
    <View className='service-grid' data-testid='service-grid'>
      {items.map((item) => (
        <Tappable
          key={item.id}
          className='service-grid__cell'
          data-testid='service-cell'
          data-id={item.id}
          onClick={() => onSelect(item.id)}
        >
          <View className='service-grid__top'>
            <Text className='service-grid__name ui-text ui-text--title-tight ui-tone--default'>{item.name}</Text>
            {item.sample ? <SampleChip /> : null}
          </View>
          <Text className='service-grid__tagline'>{item.tagline}</Text>
        </Tappable>
      ))}
    </View>
  )
}
