// Generated news for the benchmark: realistic shapes (channel mix, dates over ten years, titles and
// bodies built from the union's own vocabulary), deterministic for a given seed.
import { indexTerms } from '../../contracts/content/search-terms'
import { mulberry32 } from '../../database/seed/services/generate-places'

const CHANNELS = ['工会动态', '工会动态', '工会动态', '通知公告', '政务信息公开'] // news is most of it
const TOPICS = ['圆梦计划', '暖蜂驿站', '职工书屋', '爱心妈妈小屋', '工会大食堂', '职工服务中心', '一键即救', '法律援助', '技能大比武', '劳模工匠']
const STREETS = ['园岭', '南园', '福田', '沙头', '梅林', '华富', '香蜜湖', '莲花', '华强北', '福保']
const ACTS = ['开展', '举办', '启动', '推进', '表彰', '慰问', '走访', '部署']
const PHRASES = [
  '福田区总工会坚持以职工需求为导向，为职工群众做好事、办实事、解难事。',
  '活动吸引了辖区企业职工和新就业形态劳动者踊跃参加。',
  '下一步，区总工会将持续完善服务阵地建设，提升服务效能。',
  '现场工作人员为职工提供政策咨询和权益维护服务。',
  '街道总工会负责人表示，将把服务送到职工身边。',
  '参加活动的职工纷纷表示收获满满。'
]

/** Deterministic random numbers, so every run benchmarks the same data (the seed generator's PRNG). */
export const prng = mulberry32

/** The topic words, for search queries that hit a realistic share of articles. */
export const SEARCH_WORDS = TOPICS

/** `count` stored article documents, with ids `a000001`…, newest about now. */
export function generateArticles(count: number, seed = 42): Record<string, unknown>[] {
  const rnd = prng(seed)
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]
  const start = Date.UTC(2016, 0, 1)
  const span = Date.UTC(2026, 10, 1) - start
  const docs: Record<string, unknown>[] = []
  for (let i = 0; i < count; i++) {
    const topic = pick(TOPICS)
    const title = `${pick(STREETS)}街道总工会${pick(ACTS)}${topic}主题活动`
    const body = `${pick(PHRASES)}${topic}${pick(PHRASES)}`
    const publishedAt = new Date(start + Math.floor(rnd() * span / 60000) * 60000).toISOString()
    docs.push({
      _id: `a${String(i + 1).padStart(6, '0')}`,
      sourceKey: `bench-${i + 1}`,
      title,
      channel: pick(CHANNELS),
      publishedAt,
      source: '福田区总工会',
      summary: body.slice(0, 80),
      blocks: [{ type: 'paragraph', text: body }],
      attachments: [],
      searchTerms: indexTerms(`${title} ${body}`),
      createdAt: publishedAt,
      updatedAt: publishedAt
    })
  }
  return docs
}
