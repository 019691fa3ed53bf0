// 服务 tab: 找阵地 (the places finder) and 常见问题 first, then the union's services as a grid.
// Everything else (service pages, the finder, FAQ) lives in the services subpackage.
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import { Loaded } from '@/components/loaded'
import { PageHeader } from '@/components/page-header'
import { useServices } from '@/features/services/api/list-services'
import { ServiceGrid } from '@/features/services/components/service-grid'
import { TabBar } from '@/components/tab-bar'
import { FAQ_PATH, placesPath, servicePath } from '@/lib/routes'
import { useReadingSettings } from '@/lib/use-reading-settings'
import { usePullToReload } from '@/lib/use-reload'
import './index.css'

export default function ServicesPage() {
  const reading = useReadingSettings()
  const services = useServices()

  usePullToReload(services.retry)

  return (
    <View className={`page services ${reading.rootClassName}`} style={reading.rootStyle} role='main'>
      <PageHeader size='tab' title='职工服务' subtitle='找服务 · 找阵地 · 问问题' />

      <Tappable
        className='services__entry services__entry--places'
        data-testid='places-entry'
        onClick={() => void Taro.navigateTo({ url: placesPath() })}
      >
        <View className='services__entry-text'>
          <Text className='services__entry-title'>找阵地</Text>
          {/* A literal, not catalog.ts: the tab stays in the main package without the vocabularies. */}
          <Text className='services__entry-desc'>暖蜂驿站、职工书屋、爱心妈妈小屋、工会大食堂……按街道或离您远近查找</Text>
        </View>
        <Text className='services__chevron' aria-hidden='true'>›</Text>
      </Tappable>

      <Tappable
        className='services__entry services__entry--faq'
        data-testid='faq-entry'
        onClick={() => void Taro.navigateTo({ url: FAQ_PATH })}
      >
        <View className='services__entry-text'>
          <Text className='services__entry-title'>常见问题</Text>
          <Text className='services__entry-desc'>入会、补贴、服务阵地……一查便知</Text>
        </View>
        <Text className='services__chevron' aria-hidden='true'>›</Text>
      </Tappable>

      <Text className='services__section-title ui-text ui-text--title ui-tone--default' role='heading' aria-level='2'>服务项目</Text>

      <Loaded state={services} loadingLabel='正在加载服务…' isEmpty={(items) => items.length === 0} emptyMessage='暂无服务项目'>
        {(items) => <ServiceGrid items={items} onSelect={(id) => void Taro.navigateTo({ url: servicePath(id) })} />}
      </Loaded>

      <TabBar current='services' />
    </View>
  )
}
