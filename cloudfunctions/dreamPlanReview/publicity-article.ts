// The 公示 article: the approved list published in 通知公告 with names masked (张*三), employer,
// school and level — what real programmes publish before paying. Its id is derived from the list,
// so publishing the same list again after a crash rewrites nothing.
import { createHash } from 'node:crypto'
import type { ArticleBlock, ArticleDoc } from '../../contracts/content/article'
import { articleSearchTerms } from '../../contracts/content/search-terms'
import type { ApplicationDoc } from '../../contracts/dream-plan/documents'
import { maskName } from '../../contracts/dream-plan/identity-numbers'

export const PUBLICITY_CHANNEL = '通知公告'

/** 2026年12月1日 in Shenzhen's calendar. */
export function shanghaiDay(iso: string): string {
  const d = new Date(Date.parse(iso) + 8 * 3_600_000)
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`
}

export function publicityArticleId(ids: string[]): string {
  return `dream-plan-publicity-${createHash('sha256').update([...ids].sort().join('\n')).digest('hex').slice(0, 24)}`
}

export function publicityArticle(
  articleId: string,
  year: number,
  docs: ApplicationDoc[],
  period: { startsAt: string; endsAt: string; days: number },
  sample: boolean
): ArticleDoc {
  const title = `${year}年度福田区总工会“圆梦计划”助学补贴拟发放名单公示`
  const sorted = [...docs].sort((a, b) => a.applicationNo.localeCompare(b.applicationNo))
  const blocks: ArticleBlock[] = [
    {
      type: 'paragraph',
      text: `根据${year}年度福田区总工会“圆梦计划”助学补贴工作安排，经街道总工会初审、区总工会复审，现将拟发放助学补贴的${sorted.length}名职工名单予以公示。`
    },
    {
      type: 'paragraph',
      text: `公示期为${period.days}天（${shanghaiDay(period.startsAt)}至${shanghaiDay(new Date(Date.parse(period.endsAt) - 1).toISOString())}）。如有异议，请在公示期内向福田区总工会书面反映，并提供具体事实和联系方式。`
    },
    { type: 'heading', text: '拟发放名单（姓名、工作单位、就读学校、学历层次）' },
    ...sorted.map((d, i): ArticleBlock => ({
      type: 'paragraph',
      text: `${i + 1}. ${maskName(d.personal.name)}　${d.work.employer}　${d.education.school}　${d.education.level}`
    })),
    { type: 'paragraph', text: '为保护个人信息，名单中的姓名已作部分隐藏。' }
  ]
  const summary = `经初审、复审，拟向${sorted.length}名职工发放“圆梦计划”助学补贴，现予公示，公示期${period.days}天。`
  const base = { title, blocks }
  return {
    _id: articleId,
    sourceKey: articleId,
    title,
    channel: PUBLICITY_CHANNEL,
    publishedAt: period.startsAt,
    source: '福田区总工会',
    summary,
    blocks,
    attachments: [],
    ...(sample ? { sample: true } : {}),
    searchTerms: articleSearchTerms(base),
    viewCount: 0,
    shareCount: 0,
    createdAt: period.startsAt,
    updatedAt: period.startsAt
  }
}
