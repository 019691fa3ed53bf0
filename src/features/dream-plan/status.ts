// How an application's status reads: the chip's words (公示中 and the review stage included) and
// its tone. Colour is never the only cue: every chip says its status in words.
import { APPLICATION_STATUSES, type ApplicationStatus, type ApplicationSummary, type ReviewStage } from '@contracts/dream-plan/application'

/** 审核中's two stages, in the worker's words. */
export const STAGE_LABELS: Record<ReviewStage, string> = { street: '街道初审', district: '区总复审' }

/** A chip's colour family (the kit's Tag tones, components/chip; each is ≥ 4.5:1). */
export type StatusTone = 'info' | 'progress' | 'success' | 'publicity' | 'warning' | 'danger' | 'muted'

const TONES: Record<ApplicationStatus, StatusTone> = {
  submitted: 'info',
  in_review: 'progress',
  approved: 'success',
  paid: 'success',
  returned: 'warning',
  rejected: 'danger',
  withdrawn: 'muted'
}

/** The chip's words: 已提交, 审核中 · 街道初审, 公示中 … */
export function statusLabel(app: Pick<ApplicationSummary, 'status' | 'stage' | 'inPublicity'>): string {
  if (app.status === 'approved' && app.inPublicity) return '公示中'
  if (app.status === 'in_review' && app.stage) return `${APPLICATION_STATUSES.in_review} · ${STAGE_LABELS[app.stage]}`
  return APPLICATION_STATUSES[app.status] ?? app.status
}

/** The chip's tone. */
export function statusTone(app: Pick<ApplicationSummary, 'status' | 'inPublicity'>): StatusTone {
  if (app.status === 'approved' && app.inPublicity) return 'publicity'
  return TONES[app.status] ?? 'muted'
}

/** One line under the status on the detail page: what happens now. */
export function statusExplanation(app: Pick<ApplicationSummary, 'status' | 'stage' | 'inPublicity'>): string {
  switch (app.status) {
    case 'submitted':
      return '已收到您的申请，等待街道总工会审核。审核开始前可以撤回。'
    case 'in_review':
      return app.stage === 'district' ? '街道初审已通过，区总工会正在复审。' : '街道总工会正在初审您的申请。'
    case 'approved':
      return app.inPublicity ? '审核已通过，正在公示，公示期满后发放补贴。' : '审核已通过，将在公示后发放补贴。'
    case 'paid':
      return '补贴已发放到您的银行卡，请注意查收。'
    case 'returned':
      return '申请需要补充或更正，请按下方原因修改后重新提交。'
    case 'rejected':
      return '很遗憾，申请未通过审核，原因见下方。'
    case 'withdrawn':
      return '申请已撤回，不计入申请次数；申请期内可以重新申请。'
    default:
      return ''
  }
}
