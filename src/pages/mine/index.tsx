// 我的 tab: 我的收藏, 阅读设置 (the same settings the article page changes) and 关于. Staff (by
// staff.me) also get 工作台 with their roles; workers see nothing of it. On H5 it also says which
// local demo persona the gateway treats as the caller, and offers 切换演示身份.
import { useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import { STAFF_ROLES, type StaffMe } from '@contracts/staff/roles'
import { PageHeader } from '@/components/page-header'
import { PersonaSwitcher } from '@/components/persona-switcher'
import { ReadingSettingsPanel } from '@/components/reading-settings'
import { TabBar } from '@/components/tab-bar'
import { APP_VERSION, ORG_NAME } from '@/lib/app-info'
import { callFunction } from '@/lib/cloud'
import { getPersonaOpenid } from '@/lib/persona'
import { FAVOURITES_PATH, MY_APPLICATIONS_PATH, STAFF_HOME_PATH } from '@/lib/routes'
import { useReadingSettings } from '@/lib/use-reading-settings'
import './index.css'
import { setClipboardData } from '@/lib/feedback'

/** A row of 我的 that opens a page: its name, a note under it, and ›. */
function MineLink({ title, note, noteTestId, url, testId }: { title: string; note?: string; noteTestId?: string; url: string; testId: string }) {
  return (
    <Tappable className='mine__link' data-testid={testId} onClick={() => void Taro.navigateTo({ url })}>
      <View className='mine__link-body'>
        <Text className='mine__link-text'>{title}</Text>
        {note ? <Text className='mine__link-note' data-testid={noteTestId}>{note}</Text> : null}
      </View>
      <Text className='mine__chevron' aria-hidden='true'>›</Text>
    </Tappable>
  )
}

export default function MinePage() {
  const reading = useReadingSettings()
  const persona = process.env.TARO_ENV === 'h5' ? getPersonaOpenid() : ''
  const [me, setMe] = useState<StaffMe | null>(null)
  const staff = me?.isStaff ? me : null

  useDidShow(() => {
    // Quietly: a worker, a failure or no login all mean no 工作台 entry.
    callFunction('staff', 'me', {}).then(setMe, () => setMe(null))
  })

  return (
    <View className={`page mine ${reading.rootClassName}`} style={reading.rootStyle} role='main'>
      <PageHeader size='tab' title='我的' subtitle={persona ? `本地演示身份：${persona}` : undefined} subtitleTestId='persona' />

      <View className='mine__section card'>
        <MineLink title='我的申请（圆梦计划）' url={MY_APPLICATIONS_PATH} testId='my-applications-link' />
        <MineLink title='我的收藏' url={FAVOURITES_PATH} testId='favourites-link' />
        {staff ? (
          <MineLink
            title='工作台'
            note={`${staff.roles.map((r) => STAFF_ROLES[r] ?? r).join('、')}${staff.streets.length ? `（${staff.streets.join('、')}）` : ''}`}
            noteTestId='staff-roles'
            url={STAFF_HOME_PATH}
            testId='staff-home-link'
          />
        ) : null}
      </View>

      {process.env.TARO_ENV === 'h5' ? (
        <View className='mine__section card' role='region' aria-label='本地演示'>
          <Text className='mine__section-title ui-text ui-text--title ui-tone--default' role='heading' aria-level='2'>本地演示</Text>
          <PersonaSwitcher />
        </View>
      ) : null}

      <View className='mine__section card' role='region' aria-label='阅读设置'>
        <Text className='mine__section-title ui-text ui-text--title ui-tone--default' role='heading' aria-level='2'>阅读设置</Text>
        <ReadingSettingsPanel />
      </View>

      <View className='mine__section card' role='region' aria-label='关于'>
        <Text className='mine__section-title ui-text ui-text--title ui-tone--default' role='heading' aria-level='2'>关于</Text>
        <View className='mine__about-row'>
          <Text className='mine__about-label'>主办</Text>
          <Text className='mine__about-value'>{ORG_NAME}</Text>
        </View>
        <View className='mine__about-row'>
          <Text className='mine__about-label'>版本</Text>
          <Text className='mine__about-value' data-testid='app-version'>{APP_VERSION}</Text>
        </View>
        {me?.openid ? (
          <View className='mine__about-row mine__about-row--openid'>
            <Text className='mine__about-label'>用户标识</Text>
            <Text className='mine__about-value mine__openid' data-testid='my-openid' userSelect>
              {me.openid}
            </Text>
            <View
              className='mine__copy'
              role='button'
              tabIndex={0}
              aria-label='复制用户标识'
              data-testid='copy-openid'
              onClick={() => void setClipboardData({ data: me.openid }).catch(() => undefined)}
            >
              <Text>复制</Text>
            </View>
          </View>
        ) : null}
        {me?.openid && !staff ? <Text className='mine__hint ui-text ui-text--note ui-tone--secondary'>工会工作人员开通审核权限时，请复制用户标识发给管理员。</Text> : null}
        <Text className='mine__hint ui-text ui-text--note ui-tone--secondary'>阅读工会资讯无需登录。收藏只保存文章编号，用于在“我的收藏”中列出。</Text>
      </View>
      <TabBar current='mine' />
    </View>
  )
}
