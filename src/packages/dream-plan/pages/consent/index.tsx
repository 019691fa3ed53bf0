// Before the form: the policy's PIPL notice (what is collected, why, who sees it, how long it is
// kept, whom to ask), a "我已阅读并同意" checkbox and, in WeChat, the platform's own privacy
// authorization (a Button with openType="agreePrivacyAuthorization" while it is still needed, else
// requirePrivacyAuthorize). Then the form; a caller without an openid is told so here (401).
import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Label, Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import { Checkbox, CheckboxGroup } from '@/components/taro-controls'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { LoadingState } from '@/components/loading-state'
import { getDraft } from '@/features/dream-plan/api/get-draft'
import { usePolicy } from '@/features/dream-plan/api/get-policy'
import { Notice, NoticeText } from '@/features/dream-plan/components/notice'
import { windowText } from '@/features/dream-plan/components/policy-details'
import { PrivacyNotice } from '@/features/dream-plan/components/privacy-notice'
import { recordConsent } from '@/features/dream-plan/consent'
import { canOpenPrivacyContract, needsPrivacyAuthorization, openPrivacyContract, requirePrivacyAuthorization } from '@/features/dream-plan/privacy'
import { toCloudError } from '@/lib/cloud'
import { dreamPlanApplyPath } from '@/lib/routes'
import { useReadingSettings } from '@/lib/use-reading-settings'
import '@/features/dream-plan/components/layout.css'
import '@/components/form-field/index.css'
import { definedProps } from '@/lib/native-props'
import './index.css'
import { NATIVE_COLOURS } from '@/components/tokens/native-colours'
import { PageHeader } from '@/components/page-header'
import { FieldError } from '@/components/form-field'

export default function DreamPlanConsentPage() {
  const reading = useReadingSettings()
  const { status, data: policy, error, retry } = usePolicy()
  const [agreed, setAgreed] = useState(false)
  const [checkError, setCheckError] = useState('')
  const [problem, setProblem] = useState<{ message: string; code: string } | null>(null)
  const [busy, setBusy] = useState(false)
  // WeChat still wants the user's agreement to the app's 用户隐私保护指引 (weapp only).
  const [wechatNeedsAgreement, setWechatNeedsAgreement] = useState(false)

  useEffect(() => {
    void needsPrivacyAuthorization().then(setWechatNeedsAgreement)
  }, [])

  /** After both agreements: remember consent, check the caller is signed in, open the form. */
  const proceed = async () => {
    if (!policy || busy) return
    setBusy(true)
    setProblem(null)
    try {
      if (!wechatNeedsAgreement) await requirePrivacyAuthorization()
    } catch {
      setProblem({ message: '需要同意微信的隐私保护指引后才能继续申请', code: 'PRIVACY_DENIED' })
      setBusy(false)
      return
    }
    try {
      // Also tells a caller without an openid (401) before any typing.
      await getDraft()
      recordConsent(policy.year)
      await Taro.redirectTo({ url: dreamPlanApplyPath() })
    } catch (err) {
      const e = toCloudError(err)
      setProblem({ message: e.message, code: e.code })
    } finally {
      setBusy(false)
    }
  }

  const refuseUnchecked = () => setCheckError('请先阅读以上内容，并勾选“我已阅读并同意”')

  return (
    <View className={`page dp-consent ${reading.rootClassName}`} style={reading.rootStyle} role='main'>
      {status === 'loading' ? <LoadingState rows={3} label='正在加载…' /> : null}
      {status === 'error' && error?.code === 'POLICY_NOT_FOUND' ? <EmptyState message={error.message} /> : null}
      {status === 'error' && error && error.code !== 'POLICY_NOT_FOUND' ? <ErrorState message={error.message} onRetry={() => void retry()} /> : null}

      {status === 'ready' && policy ? (
        <View data-testid='consent'>
          <PageHeader title='个人信息保护告知' subtitle='申请圆梦计划前，请仔细阅读我们如何处理您的个人信息。' />

          {!policy.isOpen ? (
            <Notice tone='warning' title='当前不在申请时间内' testId='window-closed'>
              <NoticeText>{policy.closedReason ?? '申请暂未开放'}</NoticeText>
              <NoticeText>{`申请时间：${windowText(policy)}`}</NoticeText>
            </Notice>
          ) : null}

          <PrivacyNotice notice={policy.privacy} />

          {canOpenPrivacyContract() ? (
            <View className='dp-links'>
              <Tappable className='text-link' onClick={openPrivacyContract}>
                <Text>查看《小程序用户隐私保护指引》</Text>
              </Tappable>
            </View>
          ) : null}

          {policy.isOpen ? (
            <View className='dp-consent__agree card'>
              <CheckboxGroup
                onChange={(e) => {
                  const checked = (e.detail.value as string[]).includes('agree')
                  setAgreed(checked)
                  if (checked) setCheckError('')
                }}
              >
                <Label className='dp-consent__label ui-flex-row'>
                  <Checkbox
                    className='dp-consent__checkbox'
                    value='agree'
                    checked={agreed}
                    color={NATIVE_COLOURS.brand}
                    nativeProps={definedProps({ 'aria-describedby': checkError ? 'dp-consent-error' : undefined, 'data-testid': 'consent-checkbox' })}
                  />
                  <Text className='dp-consent__label-text'>我已阅读并同意以上个人信息处理规则</Text>
                </Label>
              </CheckboxGroup>
              {checkError ? (
                <FieldError id='dp-consent-error' testId='consent-error' message={checkError} />
              ) : null}
            </View>
          ) : null}

          {problem ? (
            <Notice tone='error' title={problem.code === 'UNAUTHENTICATED' ? '尚未登录' : '暂时无法继续'} testId='consent-problem' alert>
              <NoticeText>{problem.message}</NoticeText>
            </Notice>
          ) : null}

          <View className='dp-actions'>
            {policy.isOpen && agreed && wechatNeedsAgreement ? (
              // WeChat records the agreement on this tap, then we continue.
              <Button
                id='dp-agree-privacy'
                className='ui-control dp-button ui-button ui-button--primary'
                openType='agreePrivacyAuthorization'
                role='button'
                tabIndex={0}
                disabled={busy}
                onAgreePrivacyAuthorization={() => {
                  setWechatNeedsAgreement(false)
                  void proceed()
                }}
              >
                同意并继续
              </Button>
            ) : null}
            {policy.isOpen && !(agreed && wechatNeedsAgreement) ? (
              <Button
                className='ui-control dp-button ui-button ui-button--primary'
                role='button'
                tabIndex={0}
                disabled={busy}
                loading={busy}
                data-testid='consent-continue'
                onClick={() => (agreed ? void proceed() : refuseUnchecked())}
              >
                同意并继续
              </Button>
            ) : null}
            <Button className='ui-control dp-button ui-button ui-button--plain' role='button' tabIndex={0} data-testid='consent-decline' onClick={() => void Taro.navigateBack().catch(() => undefined)}>
              {policy.isOpen ? '不同意，返回' : '返回'}
            </Button>
          </View>
        </View>
      ) : null}
    </View>
  )
}
