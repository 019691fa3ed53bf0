// Page URLs in one place, so a renamed page breaks at compile time, not in a shared link.
// (app.config.ts keeps its own literals: Taro reads that file at build time.)

/** The home tab (news). */
export const HOME_PATH = '/pages/index/index'

/** The 我的 tab. */
export const MINE_PATH = '/pages/mine/index'

/** The 服务 tab. */
export const SERVICES_PATH = '/pages/services/index'

/** 常见问题 (services subpackage). */
export const FAQ_PATH = '/packages/services/pages/faq/index'

/** 我的收藏 (news subpackage). */
export const FAVOURITES_PATH = '/packages/news/pages/favourites/index'

/** An article page, as navigated to and as shared. */
export function articlePath(id: string): string {
  return `/pages/article/index?id=${encodeURIComponent(id)}`
}

/** The search page (news subpackage); with `q`, it searches at once. */
export function searchPath(q?: string): string {
  const base = '/packages/news/pages/search/index'
  return q ? `${base}?q=${encodeURIComponent(q)}` : base
}

/** A service page (services subpackage). */
export function servicePath(id: string): string {
  return `/packages/services/pages/service/index?id=${encodeURIComponent(id)}`
}

/** The places finder (services subpackage), optionally filtered to a place type and a street. */
export function placesPath(filter: { type?: string; street?: string } = {}): string {
  const query = (['type', 'street'] as const)
    .filter((key) => filter[key])
    .map((key) => `${key}=${encodeURIComponent(filter[key] as string)}`)
  return `/packages/services/pages/places/index${query.length ? `?${query.join('&')}` : ''}`
}

/** 圆梦计划 (dream-plan subpackage): the policy and 立即申请; the 服务 tab's 圆梦计划 links here. */
export const DREAM_PLAN_INTRO_PATH = '/packages/dream-plan/pages/intro/index'

/** 圆梦计划's privacy notice and consent, before the form. */
export const DREAM_PLAN_CONSENT_PATH = '/packages/dream-plan/pages/consent/index'

/** 圆梦计划's 30-second eligibility self-check (answers stay on the device). */
export const DREAM_PLAN_CHECK_PATH = '/packages/dream-plan/pages/check/index'

/** 我的申请 (dream-plan subpackage). */
export const MY_APPLICATIONS_PATH = '/packages/dream-plan/pages/mine/index'

/** The application form; with `applicationId`, the amendment of a returned (退回补正) application. */
export function dreamPlanApplyPath(applicationId?: string): string {
  const base = '/packages/dream-plan/pages/apply/index'
  return applicationId ? `${base}?applicationId=${encodeURIComponent(applicationId)}` : base
}

/** One of my applications. */
export function applicationPath(id: string): string {
  return `/packages/dream-plan/pages/detail/index?id=${encodeURIComponent(id)}`
}

/** After submitting (or resubmitting) application `id`. */
export function applicationSubmittedPath(id: string, resubmitted = false): string {
  return `/packages/dream-plan/pages/success/index?id=${encodeURIComponent(id)}${resubmitted ? '&resubmitted=1' : ''}`
}

/** 工作台 (staff subpackage): who I am, the year's statistics and the shortcuts my roles allow. */
export const STAFF_HOME_PATH = '/packages/staff/pages/home/index'

/** The review queue, optionally opened on some statuses and a stage (e.g. 待初审). */
export function staffQueuePath(preset: { status?: string[]; stage?: string; awaiting?: string } = {}): string {
  const query: string[] = []
  if (preset.awaiting) query.push(`awaiting=${encodeURIComponent(preset.awaiting)}`)
  if (preset.status?.length) query.push(`status=${encodeURIComponent(preset.status.join(','))}`)
  if (preset.stage) query.push(`stage=${encodeURIComponent(preset.stage)}`)
  return `/packages/staff/pages/queue/index${query.length ? `?${query.join('&')}` : ''}`
}

/** One application as staff review it. */
export function staffReviewPath(id: string): string {
  return `/packages/staff/pages/review/index?id=${encodeURIComponent(id)}`
}

/** 公示: publish approved applications (district reviewer). */
export const STAFF_PUBLISH_PATH = '/packages/staff/pages/publish/index'

/** 发放: pay applications whose 公示 has ended (finance). */
export const STAFF_PAY_PATH = '/packages/staff/pages/pay/index'

/** 人员管理: grant and revoke staff roles (admin). */
export const STAFF_MEMBERS_PATH = '/packages/staff/pages/members/index'

/** Reads a page parameter that may or may not still be percent-encoded (weapp leaves it encoded). */
export function readParam(value: string | undefined): string {
  if (!value) return ''
  try {
    return decodeURIComponent(value).trim()
  } catch {
    return value.trim()
  }
}

