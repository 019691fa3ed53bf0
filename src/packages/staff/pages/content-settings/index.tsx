// 栏目、头条与操作记录 (staff subpackage): publishers order the channels and the headlines; admins
// read the operation log (?target=<id> opens one item's history). Each part shows only to the
// role the server would let use it. From 768 px the parts sit in two columns.
import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { PageHeader } from '@/components/page-header'
import { LoadingState } from '@/components/loading-state'
import { AuditPanel } from '@/features/content-admin/components/audit-panel'
import { ChannelsPanel } from '@/features/content-admin/components/channels-panel'
import { HeadlinesPanel } from '@/features/content-admin/components/headlines-panel'
import { hasRole, NotStaff, useStaffMe } from '@/features/staff'
import { CONTENT_ROLES } from '@contracts/content-admin/roles'
import { useReadingSettings } from '@/lib/use-reading-settings'
import '@/features/review/components/frame.css'
import './index.css'

export default function ContentSettingsPage() {
  const reading = useReadingSettings()
  const { params } = useRouter()
  const me = useStaffMe()
  const publisher = hasRole(me.data, ...CONTENT_ROLES.publishers)
  const admin = hasRole(me.data, ...CONTENT_ROLES.auditors)
  return (
    <View className={`page sf-page ${reading.rootClassName}`} style={reading.rootStyle} role='main' data-testid='content-settings'>
      <PageHeader title='栏目、头条与操作记录' subtitle='审核发布人员管理栏目和头条，管理员查看操作记录' />
      {!me.data ? <LoadingState rows={2} label='正在加载…' /> : null}
      {me.data && !publisher && !admin ? <NotStaff /> : null}
      <View className='sf-split'>
        {publisher ? (
          <View className='sf-split__part'>
            <HeadlinesPanel />
            <ChannelsPanel />
          </View>
        ) : null}
        {admin ? (
          <View className='sf-split__part'>
            <AuditPanel initialTarget={params.target} />
          </View>
        ) : null}
      </View>
    </View>
  )
}
