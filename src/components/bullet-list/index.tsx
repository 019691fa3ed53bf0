// A list of short points, each after a dot (所需材料, 申请条件, 我们收集哪些信息). The dots are
// decoration: screen readers read a list of items.
import { Text, View } from '@tarojs/components'
import './index.css'

export function BulletList({ items }: { items: readonly string[] }) {
  return (
    <View className='ui-bullets' role='list'>
      {items.map((item, i) => (
        <View key={i} className='ui-bullets__item' role='listitem'>
          <Text className='ui-bullets__dot' aria-hidden='true'>•</Text>
          <Text className='ui-bullets__text' userSelect>{item}</Text>
        </View>
      ))}
    </View>
  )
}
