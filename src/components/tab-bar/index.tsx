// The app's own tab bar, drawn on H5 only. In WeChat the tab bar is native (app.config.ts `tabBar`)
// and follows WeChat's own font setting; Taro's H5 stand-in for it ignores 关怀模式 (10 px labels,
// 50 px targets), so app.config.ts marks the bar `custom` on H5 and each tab page draws this one
// inside its root, where the reading variables (--tap-min, --ui-meta-size …) already apply.
import Taro from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import homeIcon from '@/assets/tab/home.png'
import homeActiveIcon from '@/assets/tab/home-active.png'
import mineIcon from '@/assets/tab/mine.png'
import mineActiveIcon from '@/assets/tab/mine-active.png'
import servicesIcon from '@/assets/tab/services.png'
import servicesActiveIcon from '@/assets/tab/services-active.png'
import { HOME_PATH, MINE_PATH, SERVICES_PATH } from '@/lib/routes'
import './index.css'

/** The three tabs, in app.config.ts's order (the care-mode browser test checks they agree). */
export const TABS = [
  { key: 'home', path: HOME_PATH, text: '首页', icon: homeIcon, activeIcon: homeActiveIcon },
  { key: 'services', path: SERVICES_PATH, text: '服务', icon: servicesIcon, activeIcon: servicesActiveIcon },
  { key: 'mine', path: MINE_PATH, text: '我的', icon: mineIcon, activeIcon: mineActiveIcon }
] as const

export type TabKey = (typeof TABS)[number]['key']

/** The bar, plus a spacer of the same height so the page's last lines are not hidden under it. */
export function TabBar({ current }: { current: TabKey }) {
  if (process.env.TARO_ENV !== 'h5') return null
  return (
    <View className='tab-bar-host'>
      <View className='tab-bar__spacer' aria-hidden='true' />
      <View className='tab-bar' role='tablist' aria-label='主导航' data-testid='tab-bar'>
        {TABS.map((tab) => {
          const selected = tab.key === current
          return (
            <View
              key={tab.key}
              className={`tab-bar__item${selected ? ' tab-bar__item--selected' : ''}`}
              role='tab'
              tabIndex={0}
              aria-selected={selected ? 'true' : 'false'}
              data-testid={`tab-${tab.key}`}
              onClick={() => {
                if (!selected) void Taro.switchTab({ url: tab.path })
              }}
            >
              <Image className='tab-bar__icon' src={selected ? tab.activeIcon : tab.icon} mode='aspectFit' aria-hidden='true' />
              <Text className='tab-bar__label'>{tab.text}</Text>
            </View>
          )
        })}
      </View>
    </View>
  )
}
