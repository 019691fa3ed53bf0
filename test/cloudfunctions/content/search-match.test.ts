// The word check and the snippet a search hit shows (pure functions of the content function).
import type { ArticleBlock } from '../../../contracts/content/article'
import { holdsAllWords, makeSnippet, SNIPPET_LENGTH } from '../../../cloudfunctions/content/search-match'

const article = (blocks: ArticleBlock[], title = '标题', summary = '摘要') => ({ title, summary, blocks })
const chars = (s: string) => Array.from(s).length

describe('holdsAllWords', () => {
  test('each word must appear whole in the title or in one block', () => {
    const a = article([{ type: 'paragraph', text: '工会会员按时缴纳会费。' }, { type: 'image', caption: '暖蜂驿站外景' }], '福田区总工会')
    expect(holdsAllWords(a, ['暖蜂驿站', '总工会'])).toBe(true)
    expect(holdsAllWords(a, ['工会费'])).toBe(false)
    expect(holdsAllWords(a, ['会员', '驿站外'])).toBe(true)
  })

  test('compares normalized text: full-width and upper-case letters match', () => {
    expect(holdsAllWords(article([{ type: 'paragraph', text: '关注ＷｅＣｈａｔ公众号' }]), ['wechat'])).toBe(true)
  })
})

describe('makeSnippet', () => {
  const long = (n: number) => '职工'.repeat(n)

  test('a short paragraph is shown whole, without …', () => {
    expect(makeSnippet(article([{ type: 'paragraph', text: '圆梦计划开始申请。' }]), ['圆梦计划'])).toBe('圆梦计划开始申请。')
  })

  test('a match near the start is not preceded by …', () => {
    const text = `圆梦计划${long(50)}`
    const snippet = makeSnippet(article([{ type: 'paragraph', text }]), ['圆梦计划'])
    expect(snippet.startsWith('圆梦计划')).toBe(true)
    expect(snippet.endsWith('…')).toBe(true)
    expect(chars(snippet)).toBe(SNIPPET_LENGTH + 1)
  })

  test('a match near the end is not followed by …, and the window stays full', () => {
    const text = `${long(50)}圆梦计划`
    const snippet = makeSnippet(article([{ type: 'paragraph', text }]), ['圆梦计划'])
    expect(snippet.endsWith('圆梦计划')).toBe(true)
    expect(snippet.startsWith('…')).toBe(true)
    expect(chars(snippet)).toBe(SNIPPET_LENGTH + 1)
  })

  test('cuts the original text even where the match needed normalizing', () => {
    const text = `${long(30)}ＷｅＣｈａｔ${long(30)}`
    expect(makeSnippet(article([{ type: 'paragraph', text }]), ['wechat'])).toContain('ＷｅＣｈａｔ')
  })

  test('takes the first word the body holds, in query order, and looks in headings and captions too', () => {
    const a = article([
      { type: 'paragraph', text: '第一段。' },
      { type: 'image', caption: '暖蜂驿站外景' },
      { type: 'heading', text: '圆梦计划' }
    ])
    expect(makeSnippet(a, ['标题', '圆梦计划', '暖蜂驿站'])).toBe('圆梦计划')
  })

  test('falls back to the summary when the words are only in the title', () => {
    expect(makeSnippet(article([{ type: 'paragraph', text: '正文' }], '圆梦计划', '摘要'), ['圆梦计划'])).toBe('摘要')
  })
})
