// What a notice says, shaped for the 圆梦计划 status template (thing1 申请项目, phrase2 审核状态,
// thing3 备注, time4 更新时间) within WeChat's limits: thing ≤ 20 characters, phrase ≤ 5 Chinese
// characters, time as `YYYY-MM-DD HH:mm`.
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import { APPLICATION_STATUSES } from '../../contracts/dream-plan/application'
import type { NoticeEntry } from '../../contracts/dream-plan/documents'
import { REVIEW_STAGES } from '../../contracts/dream-plan/review'
import type { SubscribeMessageRequest } from './subscribe-message'

dayjs.extend(utc)

const THING_MAX = 20
const SHANGHAI_OFFSET_MINUTES = 8 * 60

/** The application's page in the mini-program (relative, no leading '/', as WeChat requires). */
export function detailPage(applicationId: string): string {
  return `packages/dream-plan/pages/detail/index?id=${encodeURIComponent(applicationId)}`
}

/** The template's data for one notice. */
export function noticeData(notice: NoticeEntry): SubscribeMessageRequest['data'] {
  return {
    thing1: { value: '圆梦计划助学补贴' },
    phrase2: { value: APPLICATION_STATUSES[notice.status] ?? '状态更新' },
    thing3: { value: remark(notice) },
    time4: { value: dayjs(notice.at).utcOffset(SHANGHAI_OFFSET_MINUTES).format('YYYY-MM-DD HH:mm') }
  }
}

function remark(notice: NoticeEntry): string {
  const reason = notice.reason?.replace(/\s+/g, ' ').trim()
  if (reason) return truncate(reason, THING_MAX)
  if (notice.status === 'in_review' && notice.stage) return `审核阶段 ${REVIEW_STAGES[notice.stage]}`
  return '请进入小程序查看'
}

// Counts characters, not UTF-16 units, as WeChat does.
function truncate(text: string, max: number): string {
  const chars = [...text]
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…'
}
