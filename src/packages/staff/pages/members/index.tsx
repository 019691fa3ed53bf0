// 人员管理 (staff subpackage, admin): who holds which role; grant a role (openid, name, role, and
// the streets of a street reviewer) and revoke one after a confirmation. The server's refusals
// (e.g. the last admin revoking themselves) show as they come.
import { useCallback, useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import type { Street } from '@contracts/services/catalog'
import { STAFF_ROLE_KEYS, type StaffMember, type StaffRole } from '@contracts/staff/roles'
import { EmptyState } from '@/components/empty-state'
import { LoadingState } from '@/components/loading-state'
import { toCloudError } from '@/lib/cloud'
import { formatDateTime } from '@/lib/dates'
import { useLoad } from '@/lib/use-load'
import { useReadingSettings } from '@/lib/use-reading-settings'
import { Banner } from '@/components/banner'
import { Chip } from '@/components/chip'
import { LoadFailure } from '@/features/staff/components/not-staff'
import { Section } from '@/components/section'
import { PageHeader } from '@/components/page-header'
import { ReasonDialog } from '@/components/reason-dialog'
import { grantRole } from '@/features/staff/api/grant'
import { listStaff } from '@/features/staff/api/list'
import { revokeRole } from '@/features/staff/api/revoke'
import { roleName } from '@/features/review/labels'
import { STREETS } from '@contracts/services/catalog'
import '@/components/form-field/index.css'
import '@/features/review/components/frame.css'
// A member's name reads like a queue row's name.
import '@/features/review/components/review-rows.css'
import { definedProps } from '@/lib/native-props'
import { usePullToReload } from '@/lib/use-reload'
import './index.css'

type Errors = Partial<Record<'openid' | 'name' | 'role' | 'streets' | 'form', string>>

function Field({ id, label, hint, error, value, onInput, testId, placeholder }: { id: string; label: string; hint?: string; error?: string; value: string; onInput: (v: string) => void; testId: string; placeholder?: string }) {
  return (
    <View className='ui-field'>
      <Text className='ui-field__label'>{label}</Text>
      {hint ? <Text className='ui-field__hint ui-text ui-text--meta ui-tone--secondary' id={`${id}-hint`}>{hint}</Text> : null}
      <Input
        className={`ui-input${error ? ' ui-input--invalid' : ''}`}
        type='text'
        value={value}
        maxlength={64}
        placeholder={placeholder}
        placeholderClass='ui-placeholder'
        nativeProps={definedProps({ 'aria-label': label, 'aria-invalid': error ? 'true' : 'false', 'aria-describedby': [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined, autoComplete: 'off' })}
        data-testid={testId}
        onInput={(e) => onInput(e.detail.value)}
      />
      {error ? <Text className='ui-field__message ui-text ui-text--meta-strong ui-tone--brand' id={`${id}-error`} data-testid={`${testId}-error`}>{error}</Text> : null}
    </View>
  )
}

export default function MembersPage() {
  const reading = useReadingSettings()
  const load = useCallback(() => listStaff().then((r) => r.items), [])
  const list = useLoad(load, { keepPrevious: true })
  const [openid, setOpenid] = useState('')
  const [name, setName] = useState('')
  const [role, setRole] = useState<StaffRole | null>(null)
  const [streets, setStreets] = useState<Street[]>([])
  const [errors, setErrors] = useState<Errors>({})
  const [granting, setGranting] = useState(false)
  const [message, setMessage] = useState('')
  const [revoking, setRevoking] = useState<{ member: StaffMember; role: StaffRole; busy: boolean; error?: string } | null>(null)

  usePullToReload(list.retry)

  const grant = async () => {
    const e: Errors = {}
    if (!openid.trim()) e.openid = '请填写用户标识（openid）'
    else if (!/^[A-Za-z0-9_-]{1,64}$/.test(openid.trim())) e.openid = '用户标识只含字母、数字、_ 或 -'
    if (!role) e.role = '请选择角色'
    if (role === 'street_reviewer' && streets.length === 0) e.streets = '街道初审须至少指定一个街道'
    setErrors(e)
    setMessage('')
    if (Object.keys(e).length || !role) return
    setGranting(true)
    try {
      const member = await grantRole({ openid: openid.trim(), role, ...(role === 'street_reviewer' ? { streets } : {}), ...(name.trim() ? { name: name.trim() } : {}) })
      setMessage(`已授予 ${member.name || member.openid}“${roleName(role)}”`)
      setOpenid('')
      setName('')
      setRole(null)
      setStreets([])
      void list.retry()
    } catch (err) {
      const ce = toCloudError(err)
      const f = ce.fields ?? {}
      setErrors({ openid: f.openid, name: f.name, role: f.role, streets: f.streets, form: ce.message })
    } finally {
      setGranting(false)
    }
  }

  const revoke = async () => {
    if (!revoking) return
    setRevoking({ ...revoking, busy: true, error: undefined })
    try {
      await revokeRole(revoking.member.openid, revoking.role)
      setMessage(`已撤销 ${revoking.member.name || revoking.member.openid} 的“${roleName(revoking.role)}”`)
      setRevoking(null)
      void list.retry()
    } catch (err) {
      setRevoking({ ...revoking, busy: false, error: toCloudError(err).message })
    }
  }


  return (
    <View className={`page sf-page ${reading.rootClassName}`} style={reading.rootStyle} role='main' data-testid='staff-members'>
      <PageHeader title='人员管理' subtitle='授予或撤销工作人员角色。每次操作都会记录。' />

      {message ? (
        <Banner tone='success' testId='members-message'>
          <Text className='sf-text'>{message}</Text>
        </Banner>
      ) : null}

      {list.status === 'loading' && !list.data ? <LoadingState rows={3} label='正在加载工作人员…' /> : null}
      {list.status === 'error' && list.error ? (
        <LoadFailure error={list.error} onRetry={() => void list.retry()} />
      ) : null}

      {list.data && list.status !== 'error' ? (
        <View>
          <Section title={`工作人员（${list.data.length} 人）`} testId='members-list'>
            {list.data.length === 0 ? <EmptyState message='还没有工作人员' /> : null}
            {list.data.map((m) => (
              <View key={m.openid} className='sf-member' data-testid='member' data-openid={m.openid}>
                <Text className='sf-row__name ui-text ui-text--title ui-tone--default'>{m.name || '（未填姓名）'}</Text>
                <Text className='sf-meta' userSelect>{`用户标识：${m.openid}`}</Text>
                {m.streets.length ? <Text className='sf-meta'>{`负责街道：${m.streets.join('、')}`}</Text> : null}
                <Text className='sf-meta'>{`更新于 ${formatDateTime(m.updatedAt)}`}</Text>
                <View className='sf-member__roles'>
                  {m.roles.map((r) => (
                    <View key={r} className='sf-member__role'>
                      <Text className='ui-tag ui-tag--info'>{roleName(r)}</Text>
                      <View className='text-link text-link--small' role='button' tabIndex={0} aria-label={`撤销${m.name}的${roleName(r)}`} data-testid={`revoke-${r}`} onClick={() => setRevoking({ member: m, role: r, busy: false })}>
                        <Text>撤销</Text>
                      </View>
                    </View>
                  ))}
                </View>
              </View>
            ))}
          </Section>

          <Section title='授予角色' testId='grant-form'>
            <Field id='grant-openid' label='用户标识（openid）' hint='请对方在“我的”页面查看并提供' value={openid} onInput={setOpenid} error={errors.openid} testId='grant-openid' placeholder='如：oAbc123…' />
            <Field id='grant-name' label='姓名（选填）' hint='如：福田街道总工会 李四' value={name} onInput={setName} error={errors.name} testId='grant-name' />
            <Text className='ui-field__label ui-field--gap'>角色</Text>
            <View className='ui-chips' role='radiogroup' aria-label='角色'>
              {STAFF_ROLE_KEYS.map((r) => (
                <Chip key={r} label={roleName(r)} checked={role === r} onToggle={() => setRole(r)} testId={`grant-role-${r}`} />
              ))}
            </View>
            {errors.role ? <Text className='ui-field__message ui-text ui-text--meta-strong ui-tone--brand'>{errors.role}</Text> : null}
            {role === 'street_reviewer' ? (
              <View>
                <Text className='ui-field__label ui-field--gap'>负责街道（可多选）</Text>
                <View className='ui-chips' role='group' aria-label='负责街道'>
                  {STREETS.map((s) => (
                    <Chip key={s} multi label={s} checked={streets.includes(s)} onToggle={() => setStreets(streets.includes(s) ? streets.filter((x) => x !== s) : [...streets, s])} testId={`grant-street-${s}`} />
                  ))}
                </View>
                {errors.streets ? <Text className='ui-field__message ui-text ui-text--meta-strong ui-tone--brand'>{errors.streets}</Text> : null}
              </View>
            ) : null}
            {errors.form ? <Text className='ui-field__message ui-text ui-text--meta-strong ui-tone--brand' role='alert' data-testid='grant-error'>{errors.form}</Text> : null}
            <View className='sf-queue-actions'>
              <Button className='ui-control sf-button ui-button ui-button--primary' role='button' tabIndex={0} disabled={granting} loading={granting} data-testid='grant-button' onClick={() => void grant()}>
                {granting ? '正在授权' : '授予角色'}
              </Button>
            </View>
          </Section>
        </View>
      ) : null}

      {revoking ? (
        <ReasonDialog
          id='revoke'
          title={`撤销“${roleName(revoking.role)}”？`}
          text={`撤销后 ${revoking.member.name || revoking.member.openid} 不能再以“${roleName(revoking.role)}”身份操作。`}
          confirmText='确认撤销'
          busyText='正在撤销'
          danger
          busy={revoking.busy}
          error={revoking.error}
          onConfirm={() => void revoke()}
          onCancel={() => setRevoking(null)}
        />
      ) : null}
    </View>
  )
}
