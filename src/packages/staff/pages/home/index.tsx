// 工作台 (staff subpackage): who I am (name, roles, streets), the year's statistics as plain bar
// charts with the figures as text (by status, by street, by month; paid against the budget), and
// the shortcuts my roles allow. A worker who lands here reads that it is for staff only.
import { useCallback } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import type { ApplicationStatus } from '@contracts/dream-plan/application'
import type { StaffMe, StaffRole } from '@contracts/staff/roles'
import { ErrorState } from '@/components/error-state'
import { LoadingState } from '@/components/loading-state'
import { STAFF_MEMBERS_PATH, STAFF_PAY_PATH, STAFF_PUBLISH_PATH, staffQueuePath } from '@/lib/routes'
import { useLoad } from '@/lib/use-load'
import { useReadingSettings } from '@/lib/use-reading-settings'
import { usePullToReload, useReloadOnReturn } from '@/lib/use-reload'
import { BarList, ColumnChart, ProgressBar } from '@/features/review/components/charts'
import { NotStaff } from '@/features/staff/components/not-staff'
import { Section } from '@/components/section'
import { PageHeader } from '@/components/page-header'
import { getMe } from '@/features/staff/api/me'
import { getPolicyYear, getStats } from '@/features/review/api/stats'
import { formatYuan, roleName } from '@/features/review/labels'
import { APPLICATION_STATUSES } from '@contracts/dream-plan/application'
import { REVIEW_ACTION_ROLES } from '@contracts/dream-plan/review-roles'
import '@/features/review/components/frame.css'
import { CONTENT_LIST_PATH } from '@/features/content-admin/content-routes'
import './index.css'

interface Shortcut {
  key: string
  title: string
  hint: string
  roles: readonly StaffRole[]
  url: string
}

const SHORTCUTS: Shortcut[] = [
  { key: 'street', title: '待初审', hint: '已提交、街道初审中', roles: ['street_reviewer'], url: staffQueuePath({ awaiting: 'street' }) },
  { key: 'district', title: '待复审', hint: '区总复审中', roles: ['district_reviewer'], url: staffQueuePath({ awaiting: 'district' }) },
  { key: 'publish', title: '公示', hint: '发布已通过名单', roles: REVIEW_ACTION_ROLES.publish, url: STAFF_PUBLISH_PATH },
  { key: 'pay', title: '发放', hint: '公示期满后发放', roles: REVIEW_ACTION_ROLES.pay, url: STAFF_PAY_PATH },
  { key: 'members', title: '人员管理', hint: '授权与撤销角色', roles: ['admin'], url: STAFF_MEMBERS_PATH },
  { key: 'all', title: '全部申请', hint: '筛选、查找、导出', roles: REVIEW_ACTION_ROLES.queue, url: staffQueuePath() },
  { key: 'content', title: '内容管理', hint: '撰写、审核、发布文章', roles: ['editor', 'publisher', 'admin'], url: CONTENT_LIST_PATH }
]

/** Roles that see 圆梦计划's statistics (the others, e.g. editors, only get their shortcuts). */
const STATS_ROLES: readonly StaffRole[] = REVIEW_ACTION_ROLES.stats

const STATUS_ORDER: ApplicationStatus[] = ['submitted', 'in_review', 'returned', 'approved', 'paid', 'rejected', 'withdrawn']

function shortcutsFor(me: StaffMe) {
  return SHORTCUTS.filter((s) => s.roles.some((r) => me.roles.includes(r)))
}

export default function StaffHomePage() {
  const reading = useReadingSettings()
  const load = useCallback(async () => {
    const me = await getMe()
    if (!me.isStaff || !me.roles.some((r) => STATS_ROLES.includes(r))) return { me, stats: null }
    const year = await getPolicyYear().catch(() => Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4)))
    return { me, stats: await getStats(year) }
  }, [])
  const { status, data, error, retry } = useLoad(load, { keepPrevious: true })
  useReloadOnReturn(retry)
  usePullToReload(retry)

  const me = data?.me
  const stats = data?.stats

  return (
    <View className={`page sf-page ${reading.rootClassName}`} style={reading.rootStyle} role='main' data-testid='staff-home'>
      <PageHeader title='工作台' subtitle={me?.isStaff ? me.name ?? '工作人员' : '圆梦计划审核与发放'}>
        {me?.isStaff ? (
          <View className='ui-page-header__row' data-testid='my-roles'>
            {me.roles.map((r) => (
              <Text key={r} className='ui-page-header__pill'>{roleName(r)}</Text>
            ))}
            {me.streets.length ? <Text className='ui-page-header__pill'>{`负责街道：${me.streets.join('、')}`}</Text> : null}
          </View>
        ) : null}
      </PageHeader>

      {status === 'loading' && !data ? <LoadingState rows={3} label='正在加载工作台…' /> : null}
      {status === 'error' && error ? <ErrorState message={error.message} onRetry={() => void retry()} /> : null}
      {data && status !== 'error' && !data.me.isStaff ? <NotStaff /> : null}

      {me?.isStaff && status !== 'error' ? (
        <View>
          <Section title='常用功能' testId='shortcuts'>
            <View className='sf-shortcuts'>
              {shortcutsFor(me).map((s) => (
                <Tappable
                  key={s.key}
                  className='sf-shortcut'
                  data-testid={`shortcut-${s.key}`}
                  onClick={() => void Taro.navigateTo({ url: s.url })}
                >
                  <Text className='sf-shortcut__title'>{s.title}</Text>
                  <Text className='sf-shortcut__hint'>{s.hint}</Text>
                </Tappable>
              ))}
            </View>
          </Section>

          {stats ? (
            <View data-testid='stats'>
              <Section title={`${stats.year}年度 补贴发放`} testId='stats-budget'>
                <View className='sf-figures'>
                  <View className='sf-figure'>
                    <Text className='sf-figure__value' data-testid='paid-amount'>{`${formatYuan(stats.paidAmount)} 元`}</Text>
                    <Text className='sf-figure__label'>已发放</Text>
                  </View>
                  <View className='sf-figure'>
                    <Text className='sf-figure__value'>{`${formatYuan(stats.budget)} 元`}</Text>
                    <Text className='sf-figure__label'>年度预算</Text>
                  </View>
                  <View className='sf-figure'>
                    <Text className='sf-figure__value'>{`${formatYuan(stats.approvedAmount)} 元`}</Text>
                    <Text className='sf-figure__label'>已通过（含已发放）</Text>
                  </View>
                  <View className='sf-figure'>
                    <Text className='sf-figure__value'>{`${formatYuan(Math.max(0, stats.budget - stats.paidAmount))} 元`}</Text>
                    <Text className='sf-figure__label'>预算余额</Text>
                  </View>
                </View>
                <ProgressBar value={stats.paidAmount} total={stats.budget} label='已发放金额占年度预算' testId='budget-progress' />
              </Section>

              <Section title='按状态' testId='stats-status'>
                <BarList
                  testId='chart-status'
                  bars={STATUS_ORDER.map((s) => ({ label: APPLICATION_STATUSES[s], value: stats.byStatus[s] ?? 0 }))}
                />
              </Section>

              <Section title='按街道' testId='stats-street'>
                {stats.byStreet.length ? (
                  <BarList
                    testId='chart-street'
                    bars={stats.byStreet.map((s) => ({ label: s.street, value: s.total, note: s.approved || s.paid ? `已通过 ${s.approved}，已发放 ${s.paid}` : undefined }))}
                  />
                ) : (
                  <Text className='sf-meta'>本年度暂无申请</Text>
                )}
              </Section>

              <Section title='按月份' testId='stats-month'>
                {stats.byMonth.length ? (
                  <ColumnChart
                    testId='chart-month'
                    firstName='提交'
                    secondName='发放'
                    columns={stats.byMonth.map((m) => ({ label: `${Number(m.month.slice(5, 7))}月`, value: m.submitted, second: m.paid }))}
                  />
                ) : (
                  <Text className='sf-meta'>本年度暂无申请</Text>
                )}
                <Text className='sf-meta'>柱下数字为“提交/发放”件数。</Text>
              </Section>
            </View>
          ) : null}
        </View>
      ) : null}
    </View>
  )
}
