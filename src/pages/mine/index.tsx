// 我的 tab: 我的收藏, 阅读设置 (the same settings the article page changes) and 关于. On H5 it also
// says which local demo persona the gateway treats as the caller.
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { ReadingSettingsPanel } from '@/components/reading-settings'
import { APP_VERSION, ORG_NAME } from '@/lib/app-info'
import { getPersonaOpenid } from '@/lib/persona'
import { FAVOURITES_PATH, MY_APPLICATIONS_PATH } from '@/lib/routes'
import { useReadingSettings } from '@/lib/use-reading-settings'
import './index.css'

export default function MinePage() {
  const reading = useReadingSettings()
  const persona = process.env.TARO_ENV === 'h5' ? getPersonaOpenid() : ''

  return (
    <View className={`page mine ${reading.rootClassName}`} style={reading.rootStyle} role='main'>
      <View className='mine__header'>
        <Text className='mine__title' role='heading' aria-level='1'>我的</Text>
        {persona ? (
          <Text className='mine__persona' data-testid='persona'>
            本地演示身份：{persona}
          </Text>
        ) : null}
      </View>

      <View className='mine__section card'>
        <View
          className='mine__link'
          hoverClass='mine__link--pressed'
          role='link' tabIndex={0}
          data-testid='my-applications-link'
          onClick={() => void Taro.navigateTo({ url: MY_APPLICATIONS_PATH })}
        >
          <Text className='mine__link-text'>我的申请（圆梦计划）</Text>
          <Text className='mine__chevron' aria-hidden='true'>›</Text>
        </View>
        <View
          className='mine__link'
          hoverClass='mine__link--pressed'
          role='link' tabIndex={0}
          data-testid='favourites-link'
          onClick={() => void Taro.navigateTo({ url: FAVOURITES_PATH })}
        >
          <Text className='mine__link-text'>我的收藏</Text>
          <Text className='mine__chevron' aria-hidden='true'>›</Text>
        </View>
      </View>

      <View className='mine__section card' role='region' aria-label='阅读设置'>
        <Text className='mine__section-title' role='heading' aria-level='2'>阅读设置</Text>
        <ReadingSettingsPanel />
      </View>

      <View className='mine__section card' role='region' aria-label='关于'>
        <Text className='mine__section-title' role='heading' aria-level='2'>关于</Text>
        <View className='mine__about-row'>
          <Text className='mine__about-label'>主办</Text>
          <Text className='mine__about-value'>{ORG_NAME}</Text>
        </View>
        <View className='mine__about-row'>
          <Text className='mine__about-label'>版本</Text>
          <Text className='mine__about-value' data-testid='app-version'>{APP_VERSION}</Text>
        </View>
        <Text className='mine__hint'>阅读工会资讯无需登录。收藏只保存文章编号，用于在“我的收藏”中列出。</Text>
      </View>
    </View>
  )
}
