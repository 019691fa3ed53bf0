// The application form (dream-plan subpackage): 个人信息 → 工作信息 → 学历信息 → 收款信息 → 材料 →
// 核对提交 on one page with a step indicator. Each step is checked with the contract's schema and
// saved to the server draft, so the worker resumes on any device. With ?applicationId= it amends a
// returned (退回补正) application and resubmits it.
import { useEffect, type ReactNode } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import { ErrorState } from '@/components/error-state'
import { LoadingState } from '@/components/loading-state'
import { SampleChip } from '@/components/sample-chip'
import { MaterialsStep } from '@/features/dream-plan/components/materials-step'
import { Notice, NoticeText } from '@/features/dream-plan/components/notice'
import { windowText } from '@/features/dream-plan/components/policy-details'
import { ReviewSummary } from '@/features/dream-plan/components/review-summary'
import { SectionFields } from '@/features/dream-plan/components/section-fields'
import { StepIndicator } from '@/features/dream-plan/components/step-indicator'
import { hasConsent } from '@/features/dream-plan/consent'
import { REVIEW_STEP, STEP_SECTIONS, STEP_TITLES } from '@/features/dream-plan/form/fields'
import { useApplyForm } from '@/features/dream-plan/hooks/use-apply-form'
import { DREAM_PLAN_CONSENT_PATH, DREAM_PLAN_INTRO_PATH, MY_APPLICATIONS_PATH, applicationSubmittedPath, readParam } from '@/lib/routes'
import { useReadingSettings } from '@/lib/use-reading-settings'
import '@/features/dream-plan/components/layout.css'
import './index.css'

/** The footer's main button (提交申请, 下一步): busy, and not to be tapped again, while the form saves. */
function MainButton({ busy, testId, onClick, children }: { busy: boolean; testId: string; onClick: () => void; children: ReactNode }) {
  return (
    <Button className='ui-control dp-button ui-button ui-button--primary' role='button' tabIndex={0} disabled={busy} loading={busy} data-testid={testId} onClick={onClick}>
      {children}
    </Button>
  )
}

export default function DreamPlanApplyPage() {
  const router = useRouter()
  const applicationId = readParam(router.params.applicationId)
  const reading = useReadingSettings()
  const form = useApplyForm(applicationId)
  const { load, policy, step, amend } = form

  // A new application starts from the privacy notice (consent is remembered per year on the device).
  useEffect(() => {
    if (load.status === 'ready' && policy && !amend && policy.isOpen && !hasConsent(policy.year)) {
      void Taro.redirectTo({ url: DREAM_PLAN_CONSENT_PATH })
    }
  }, [load.status, policy, amend])

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: amend ? '修改并重新提交' : '圆梦计划申请' }).catch(() => undefined)
  }, [amend])

  const submit = async () => {
    const detail = await form.submit()
    if (detail) await Taro.redirectTo({ url: applicationSubmittedPath(detail.id, amend) })
  }

  const closed = load.status === 'ready' && policy && !amend && !policy.isOpen
  const section = STEP_SECTIONS[step]

  return (
    <View className={`page dp-apply ${reading.rootClassName}`} style={reading.rootStyle} role='main'>
      {load.status === 'loading' ? <LoadingState rows={3} label='正在读取您的申请草稿…' /> : null}

      {load.status === 'error' ? (
        <ErrorState message={load.error.message} onRetry={() => void form.reload()}>
          <Tappable className='text-link' onClick={() => void Taro.redirectTo({ url: DREAM_PLAN_INTRO_PATH })}>
            <Text>返回圆梦计划</Text>
          </Tappable>
        </ErrorState>
      ) : null}

      {closed && policy ? (
        <View data-testid='apply-closed'>
          <Notice tone='warning' title='当前不在申请时间内' testId='window-closed'>
            <NoticeText>{policy.closedReason ?? '申请暂未开放'}</NoticeText>
            <NoticeText>{`申请时间：${windowText(policy)}`}</NoticeText>
          </Notice>
          <View className='dp-actions'>
            <Button className='ui-control dp-button ui-button ui-button--secondary' role='button' tabIndex={0} onClick={() => void Taro.redirectTo({ url: MY_APPLICATIONS_PATH })}>
              查看我的申请
            </Button>
          </View>
        </View>
      ) : null}

      {load.status === 'ready' && policy && !closed ? (
        <View data-testid='apply-form'>
          <View className='dp-apply__head'>
            <Text className='dp-apply__title' role='heading' aria-level='1'>{amend ? '修改并重新提交' : `${policy.year}年度圆梦计划申请`}</Text>
            {policy.sample ? <SampleChip /> : null}
          </View>
          <StepIndicator step={step} />

          {amend && form.application?.reviewReason ? (
            <Notice tone='warning' title='退回补正的原因' testId='review-reason'>
              <NoticeText>{form.application.reviewReason}</NoticeText>
            </Notice>
          ) : null}

          {form.notice ? (
            <Notice tone='error' title={step === REVIEW_STEP ? '未能提交' : '未能保存'} testId='step-notice' alert>
              <NoticeText testId='step-notice-text'>{form.notice.message}</NoticeText>
              {form.notice.code === 'ALREADY_APPLIED' ? (
                <Tappable className='text-link dp-apply__notice-link' onClick={() => void Taro.redirectTo({ url: MY_APPLICATIONS_PATH })}>
                  <Text>查看我的申请</Text>
                </Tappable>
              ) : null}
            </Notice>
          ) : null}

          {section && section !== 'materials' ? (
            <SectionFields
              section={section}
              values={form.values[section]}
              errors={form.errorsFor(section)}
              policy={policy}
              onChange={(key, value) => form.setValue(section, key, value)}
              onTouch={(key) => form.touch(section, key)}
            />
          ) : null}

          {section === 'materials' ? (
            <MaterialsStep
              policy={policy}
              slots={form.materials.slots}
              onChosen={(kind, file, name) => void form.materials.upload(kind, file, name)}
              onRemove={form.materials.remove}
              onError={form.materials.setError}
            />
          ) : null}

          {step === REVIEW_STEP ? (
            <>
              <Text className='dp-apply__review-intro ui-text ui-text--note ui-tone--secondary'>请核对以下信息。号码完整显示，仅您本人可见；提交后将部分隐藏。</Text>
              <ReviewSummary sections={form.saved} policy={policy} onEdit={form.edit} />
              <Text className='dp-apply__pledge ui-text ui-text--note ui-tone--secondary'>提交即表示您承诺所填信息和所传材料真实、准确，并同意工会为审核和发放补贴处理上述信息。</Text>
            </>
          ) : null}

          <View className={`dp-actions${step === REVIEW_STEP ? '' : ' dp-actions--row'}`}>
            {step === REVIEW_STEP ? (
              <MainButton busy={form.busy} testId='submit-button' onClick={() => void submit()}>
                {form.busy ? '正在提交…' : amend ? '重新提交申请' : '提交申请'}
              </MainButton>
            ) : (
              <>
                {form.returnToReview ? (
                  <Button className='ui-control dp-button ui-button ui-button--plain' role='button' tabIndex={0} disabled={form.busy} data-testid='cancel-edit' onClick={form.cancelEdit}>
                    返回核对
                  </Button>
                ) : step > 0 ? (
                  <Button className='ui-control dp-button ui-button ui-button--plain' role='button' tabIndex={0} disabled={form.busy} data-testid='back-button' onClick={form.back}>
                    上一步
                  </Button>
                ) : null}
                <MainButton busy={form.busy} testId='next-button' onClick={() => void form.next()}>
                  {form.busy ? '正在保存…' : form.returnToReview ? '保存并返回核对' : `下一步：${STEP_TITLES[step + 1]}`}
                </MainButton>
              </>
            )}
          </View>
          <Text className='dp-apply__saved-note ui-text ui-text--note ui-tone--secondary'>每一步都会保存到您的草稿，换一台手机登录同一微信也能继续填写。</Text>
        </View>
      ) : null}
    </View>
  )
}
