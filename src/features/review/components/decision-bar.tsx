// The decisions the caller may take now, at the bottom of the review page, and the dialog that
// confirms one (with its reason where the applicant will read it). A decision carries the version
// shown, so a stale page cannot overwrite someone else's decision: CONFLICT and WRONG_STATE go to
// the page (which then offers only 刷新); other errors stay in the dialog.
import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import type { Decision, ReviewDetail } from '@contracts/dream-plan/review'
import { toCloudError } from '@/lib/cloud'
import { decide } from '@/features/review/api/decide'
import { DECISIONS } from '@contracts/dream-plan/review-words'
import { ReasonDialog, type ReasonRule } from '@/components/reason-dialog'
import { showToast } from '@/lib/feedback'

const DECISION_TEXT: Record<Decision, { title: string; text: string; reason?: ReasonRule; danger?: boolean; tone: string }> = {
  accept: { title: '受理这份申请？', text: '受理后进入街道初审。', tone: 'primary' },
  pass: { title: '审核通过？', text: '街道初审通过后转区总复审；区总复审通过后申请即为“已通过”，等待公示。', tone: 'primary', reason: { label: '审核意见', min: 0, max: 200, placeholder: '选填，如：材料齐全' } },
  return: {
    title: '退回补正',
    text: '申请人会看到下面的原因，按原因修改后重新提交，回到当前审核环节。',
    tone: 'secondary',
    reason: { label: '退回原因', min: 2, max: 200, placeholder: '如：学费发票不清晰，请重新上传', hint: '申请人会看到这段文字，请写清楚需要补充或更正什么。' }
  },
  reject: {
    title: '不通过',
    text: '不通过后申请结束，申请人会看到下面的原因。',
    tone: 'danger',
    danger: true,
    reason: { label: '不通过原因', min: 2, max: 200, placeholder: '如：就读院校不在资助范围内', hint: '申请人会看到这段文字。' }
  }
}

interface DecisionBarProps {
  app: ReviewDetail | null
  /** Whether the bar shows; an open dialog stays until it is done or cancelled. */
  shown: boolean
  onDecided: (updated: ReviewDetail, decision: Decision) => void
  onConflict: (message: string) => void
}

export function DecisionBar({ app, shown, onDecided, onConflict }: DecisionBarProps) {
  const [deciding, setDeciding] = useState<{ decision: Decision; busy: boolean; error?: string } | null>(null)

  const submit = async (reason: string) => {
    if (!app || !deciding) return
    setDeciding({ ...deciding, busy: true, error: undefined })
    try {
      const updated = await decide({ id: app.id, version: app.version, decision: deciding.decision, ...(reason ? { reason } : {}) })
      setDeciding(null)
      onDecided(updated, deciding.decision)
      void showToast({ title: `已${DECISIONS[deciding.decision]}`, icon: 'success', duration: 1500 })
    } catch (err) {
      const e = toCloudError(err)
      if (e.code === 'CONFLICT' || e.code === 'WRONG_STATE') {
        setDeciding(null)
        onConflict(e.message)
      } else {
        setDeciding({ ...deciding, busy: false, error: e.fields?.reason ?? e.message })
      }
    }
  }

  return (
    <>
      {shown && app ? (
        <View className='sf-bar' role='region' aria-label='审核操作' data-testid='decision-bar'>
          <Text className='sf-bar__version'>{`审核的是第 ${app.version} 版`}</Text>
          {app.decisions.map((d) => (
            <Button
              key={d}
              className={`ui-control sf-button ui-button ui-button--${DECISION_TEXT[d].tone === 'primary' ? 'primary' : DECISION_TEXT[d].tone === 'danger' ? 'danger' : 'secondary'}`}
              role='button'
              tabIndex={0}
              data-testid={`decide-${d}`}
              onClick={() => setDeciding({ decision: d, busy: false })}
            >
              {DECISIONS[d]}
            </Button>
          ))}
        </View>
      ) : null}

      {deciding ? (
        <ReasonDialog
          id='decision'
          title={DECISION_TEXT[deciding.decision].title}
          text={DECISION_TEXT[deciding.decision].text}
          reason={DECISION_TEXT[deciding.decision].reason}
          confirmText={`确认${DECISIONS[deciding.decision]}`}
          busy={deciding.busy}
          error={deciding.error}
          danger={DECISION_TEXT[deciding.decision].danger}
          onConfirm={(reason) => void submit(reason)}
          onCancel={() => setDeciding(null)}
        />
      ) : null}
    </>
  )
}
