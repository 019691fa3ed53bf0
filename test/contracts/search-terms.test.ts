// The search index's tokens: what an article is indexed under and what a query looks for.
import { articleSearchTerms, displayTerms, indexTerms, normalizeForSearch, queryTerms } from '../../contracts/content/search-terms'

describe('normalizeForSearch', () => {
  test('folds full-width forms and case (NFKC, lower case)', () => {
    expect(normalizeForSearch('ＷｅＣｈａｔ　１２３ APP')).toBe('wechat 123 app')
  })
})

describe('indexTerms', () => {
  test('CJK runs become their character bigrams, latin words stay whole; unique and sorted', () => {
    expect(indexTerms('圆梦计划')).toEqual(['圆梦', '梦计', '计划'].sort())
    expect(indexTerms('WeChat 小程序 wechat')).toEqual(['wechat', '小程', '程序'].sort())
  })

  test('a lone CJK character between other text is indexed as itself', () => {
    expect(indexTerms('2026年')).toEqual(['2026', '年'])
    expect(indexTerms('12月21日')).toEqual(['12', '21', '日', '月'].sort())
  })

  test('punctuation and spaces separate runs: no bigram spans them', () => {
    const terms = indexTerms('工会，会员 大会')
    expect(terms).toEqual(['会员', '大会', '工会'].sort())
    expect(terms).not.toContain('会会')
  })

  test('letters and digits form one word; CJK next to them starts a new run', () => {
    expect(indexTerms('App软件3.0版')).toEqual(['0', '3', 'app', '软件', '版'].sort())
  })

  test('characters outside the BMP (CJK extension B) count as CJK', () => {
    expect(indexTerms('𠀀𠀁')).toEqual(['𠀀𠀁'])
  })

  test('one very long run without punctuation is indexed, not a stack overflow', () => {
    const terms = indexTerms('福田区总工会职工服务'.repeat(32_000))
    expect(terms).toEqual(['会职', '务福', '区总', '服务', '工会', '工服', '总工', '田区', '福田', '职工'].sort())
  })

  test('empty and symbol-only text has no terms', () => {
    expect(indexTerms('')).toEqual([])
    expect(indexTerms('……！？ —— ·')).toEqual([])
  })
})

describe('queryTerms', () => {
  test('a query is tokenised like an article', () => {
    expect(queryTerms('技能大比武')).toEqual(indexTerms('技能大比武'))
    expect(queryTerms('ＡＰＰ 下载')).toEqual(['app', '下载'].sort())
  })

  test('a lone CJK character is dropped (it may be the start of a longer run in an article)', () => {
    expect(queryTerms('2026年')).toEqual(['2026'])
    expect(queryTerms('会')).toEqual([])
    expect(queryTerms('工 会')).toEqual([])
  })

  test('a query of symbols only has no terms', () => {
    expect(queryTerms('！！？')).toEqual([])
  })

  test('every term of a query of a word is among the terms of a text holding that word', () => {
    const text = '福田区总工会连续十年举办职工技能大比武，在企业广泛开展岗位练兵。'
    for (const q of ['技能大比武', '岗位练兵', '福田区总工会', '职工技能']) {
      expect(indexTerms(text)).toEqual(expect.arrayContaining(queryTerms(q)))
    }
  })
})

describe('displayTerms', () => {
  test('the query words as matched: whole CJK runs and latin words, in order, normalized, once', () => {
    expect(displayTerms('圆梦计划')).toEqual(['圆梦计划'])
    expect(displayTerms(' 圆梦计划  补贴 圆梦计划 ')).toEqual(['圆梦计划', '补贴'])
    expect(displayTerms('WeChat小程序')).toEqual(['wechat', '小程序'])
  })

  test('lone CJK characters are not highlighted, as they are not searched', () => {
    expect(displayTerms('2026年 技能')).toEqual(['2026', '技能'])
  })
})

describe('articleSearchTerms', () => {
  test('covers the title, paragraphs, headings and captions, never across block boundaries', () => {
    const terms = articleSearchTerms({
      title: '标题',
      blocks: [
        { type: 'paragraph', text: '正文' },
        { type: 'heading', text: '小节' },
        { type: 'image', caption: '图注' },
        { type: 'image' }
      ]
    })
    expect(terms).toEqual(['图注', '小节', '标题', '正文'].sort())
    expect(terms).not.toContain('题正')
  })
})
