import type { ArticleBlock, ArticleInput } from '@contracts/content/article'
import { parseArticlePage } from '../../../importer/parse/parse-article-page'
import { FOOTER, buildPage, paragraph, type PageSpec } from './page-builder'

const OPTS = { sourceKey: 'test-page' }

function parsed(spec: PageSpec, opts: Parameters<typeof parseArticlePage>[1] = OPTS): { article: ArticleInput; warnings: string[] } {
  const result = parseArticlePage(buildPage(spec), opts)
  if (!result.ok) throw new Error(`expected the page to parse, got: ${result.reason}`)
  return result
}

function failure(text: string): string {
  const result = parseArticlePage(text, OPTS)
  if (result.ok) throw new Error(`expected a failure, got the article "${result.article.title}"`)
  return result.reason
}

const ofType = <T extends ArticleBlock['type']>(blocks: ArticleBlock[], type: T) =>
  blocks.filter((b): b is Extract<ArticleBlock, { type: T }> => b.type === type)

const texts = (blocks: ArticleBlock[]) => blocks.map((b) => (b.type === 'image' ? `[图]${b.caption ?? ''}` : b.text))

describe('parseArticlePage: a full-width 罗湖 page', () => {
  const spec: PageSpec = {
    breadcrumb: '您现在的位置：首页 ＞ 罗湖区总工会 ＞ 通知公告',
    title: '罗湖区总工会开展2024年“匠心杯”职工技能竞赛',
    dateLines: ['发布时间：2024-09-18 来源：深圳市总工会'],
    body: [
      '\u3000\u30009月18日，罗湖区总工会在区职工服务中心举办“匠心杯”职工技能竞赛，来自全区的120名职工同台竞技。',
      '1.jpeg',
      '▲ 竞赛现场',
      '一、赛事安排',
      '本次竞赛设电工、焊工、茶艺师三个项目，分理论考试和实操比赛两个环节，成绩优异者将获评“罗湖工匠”。',
      '图片2.png',
      '选手正在进行实操比赛',
      '区总工会有关负责人表示，将持续开展技能竞赛，为职工搭建展示才华的舞台。',
      '记者 张三',
      '通讯员 李四 王五',
    ],
    footer: ['扫一扫在手机打开当前页', '【打印本页】 【关闭窗口】', '主办：深圳市罗湖区人民政府办公室', '党政机关 我为政府网站找错'],
  }
  const { article, warnings } = parsed(spec)

  it('reads title, channel, date and 来源 with full-width punctuation', () => {
    expect(article.title).toBe('罗湖区总工会开展2024年“匠心杯”职工技能竞赛')
    expect(article.channel).toBe('通知公告')
    expect(article.publishedAt).toBe('2024-09-17T16:00:00.000Z')
    expect(article.source).toBe('深圳市总工会')
  })

  it('keeps the article’s own full-width punctuation and trims the ideographic indent', () => {
    const first = ofType(article.blocks, 'paragraph')[0]
    expect(first.text).toBe('9月18日，罗湖区总工会在区职工服务中心举办“匠心杯”职工技能竞赛，来自全区的120名职工同台竞技。')
  })

  it('turns file-name placeholders into images, with and without ▲ captions', () => {
    expect(ofType(article.blocks, 'image')).toEqual([
      { type: 'image', caption: '竞赛现场' },
      { type: 'image', caption: '选手正在进行实操比赛' },
    ])
  })

  it('finds the numbered sub-heading and keeps the order', () => {
    expect(texts(article.blocks)).toEqual([
      expect.stringMatching(/^9月18日/),
      '[图]竞赛现场',
      '一、赛事安排',
      expect.stringMatching(/^本次竞赛/),
      '[图]选手正在进行实操比赛',
      expect.stringMatching(/^区总工会有关负责人/),
    ])
    expect(ofType(article.blocks, 'heading')).toEqual([{ type: 'heading', text: '一、赛事安排' }])
  })

  it('moves 记者 / 通讯员 lines to byline', () => {
    expect(article.byline).toBe('记者 张三 通讯员 李四 王五')
    expect(texts(article.blocks).some((t) => /记者|通讯员/.test(t))).toBe(false)
  })

  it('stops at 扫一扫在手机打开当前页 and warns that the time was missing', () => {
    expect(texts(article.blocks).some((t) => /扫一扫|打印本页|主办|党政机关/.test(t))).toBe(false)
    expect(warnings).toContain('发布日期没有时间，按北京时间 00:00 处理')
  })
})

describe('parseArticlePage: dates and 来源', () => {
  it('reads `信息提供日期 : 2026-03-12 10:01 来源 :福田区` under a bare date line', () => {
    const { article, warnings } = parsed({
      dateLines: ['2026-03-12', '信息提供日期 : 2026-03-12 10:01 来源 :福田区'],
      body: [paragraph('3月12日，福田区总工会举办女职工健康讲座')],
    })
    expect(article.publishedAt).toBe('2026-03-12T02:01:00.000Z')
    expect(article.source).toBe('福田区')
    expect(warnings).toEqual([])
  })

  it('reads `发布时间: 2024-09-18 来源:深圳市总工会` with ASCII colons', () => {
    const { article } = parsed({
      dateLines: ['发布时间: 2024-09-18 来源:深圳市总工会'],
      body: [paragraph('深圳市总工会启动金秋助学活动')],
    })
    expect(article.publishedAt).toBe('2024-09-17T16:00:00.000Z')
    expect(article.source).toBe('深圳市总工会')
  })

  it('reads a `2024年9月18日` date line and falls back to opts.defaultSource, then to 福田区总工会', () => {
    const spec: PageSpec = { dateLines: ['2024年9月18日'], body: [paragraph('南山区总工会开展送清凉活动')] }
    expect(parsed(spec, { sourceKey: 'k', defaultSource: '南山区总工会' }).article.source).toBe('南山区总工会')
    const { article } = parsed(spec)
    expect(article.source).toBe('福田区总工会')
    expect(article.publishedAt).toBe('2024-09-17T16:00:00.000Z')
  })

  it('drops a stray second date line: the first date wins', () => {
    const { article, warnings } = parsed({
      dateLines: ['日期:2024-05-01 09:30'],
      body: [paragraph('五一劳动节前夕，区总工会走访慰问一线职工'), '发布时间: 2024-05-03 14:00', paragraph('慰问组一行来到环卫工人休息点'), '2024年5月3日'],
    })
    expect(article.publishedAt).toBe('2024-05-01T01:30:00.000Z')
    expect(ofType(article.blocks, 'paragraph')).toHaveLength(2)
    expect(texts(article.blocks).some((t) => /2024/.test(t))).toBe(false)
    expect(warnings.some((w) => w.includes('2 个多余的日期行'))).toBe(true)
  })

  it('keeps a paragraph that merely opens with a date', () => {
    const { article } = parsed({ body: ['2024年6月1日上午，区总工会在莲花山公园举办亲子游园活动，吸引了300余组职工家庭参加。'] })
    expect(ofType(article.blocks, 'paragraph')[0].text).toMatch(/^2024年6月1日上午/)
  })
})

describe('parseArticlePage: chrome and footers', () => {
  it.each([
    ['扫一扫在手机打开当前页'],
    ['【打印本页】'],
    ['主办:深圳市福田区人民政府办公室'],
    ['分享到:'],
    ['网站标识码:4403040003'],
    ['相关附件:'],
  ])('ends the body at the footer line %s', (footerLine) => {
    const { article } = parsed({ body: [paragraph('区总工会开展普法宣传')], footer: [footerLine, '党政机关 我为政府网站找错'] })
    expect(texts(article.blocks)).toEqual([paragraph('区总工会开展普法宣传')])
  })

  it('uses a `当前位置：` breadcrumb’s last item as channel', () => {
    const { article } = parsed({ breadcrumb: '当前位置：首页 > 工会培训', body: [paragraph('职工培训班开班')] })
    expect(article.channel).toBe('工会培训')
  })

  it('falls back to 工会动态 with a warning when there is no breadcrumb', () => {
    const { article, warnings } = parsed({ breadcrumb: null, body: [paragraph('区总工会召开全委会')] })
    expect(article.channel).toBe('工会动态')
    expect(article.title).toBe('罗湖区总工会举办职工篮球联赛')
    expect(warnings.some((w) => w.includes('面包屑'))).toBe(true)
  })

  it('leaves attachments empty and names them in a warning', () => {
    const { article, warnings } = parsed({
      body: [paragraph('关于举办职工书法比赛的通知')],
      footer: ['相关附件：', '职工书法比赛报名表.docx', '分享到：', '主办：深圳市罗湖区总工会'],
    })
    expect(article.attachments).toEqual([])
    expect(warnings.some((w) => w.includes('职工书法比赛报名表.docx'))).toBe(true)
  })

  it('drops zero-width and nbsp noise but keeps the text', () => {
    const { article } = parsed({
      title: '\u200b罗湖区总工会\u00a0举办职工篮球联赛\u00a0\u00a0',
      body: ['\ufeff' + paragraph('联赛开幕') + '\u00a0'],
    })
    expect(article.title).toBe('罗湖区总工会 举办职工篮球联赛')
    expect(ofType(article.blocks, 'paragraph')[0].text).toBe(paragraph('联赛开幕'))
  })

  it('passes sourceKey and sourceUrl through and sets no cover', () => {
    const { article } = parsed({ body: [paragraph('联赛闭幕')] }, { sourceKey: 'lh-1', sourceUrl: 'http://example.gov.cn/a.html' })
    expect(article.sourceKey).toBe('lh-1')
    expect(article.sourceUrl).toBe('http://example.gov.cn/a.html')
    expect('cover' in article).toBe(false)
  })
})

describe('parseArticlePage: body judgement', () => {
  it('uses the first paragraph, whole, as summary when it is short', () => {
    const { article } = parsed({ body: ['区总工会召开全委会。', paragraph('会议审议了工作报告')] })
    expect(article.summary).toBe('区总工会召开全委会。')
  })

  it('does not take a long line or a sentence after an image as its caption', () => {
    const { article, warnings } = parsed({
      body: [paragraph('活动开始'), '图片', paragraph('随后，职工们分组参加趣味运动'), 'IMG_0012.JPG', '活动结束后大家合影留念。', paragraph('活动结束')],
    })
    expect(ofType(article.blocks, 'image')).toEqual([{ type: 'image' }, { type: 'image' }])
    expect(ofType(article.blocks, 'paragraph').map((p) => p.text)).toContain('活动结束后大家合影留念。')
    expect(warnings).toContain('2 张图片没有图注')
  })

  it('takes 图为… as a caption even when it ends with 。', () => {
    const { article } = parsed({ body: [paragraph('活动开始'), '图片', '图为活动现场。', paragraph('活动结束')] })
    expect(ofType(article.blocks, 'image')).toEqual([{ type: 'image', caption: '图为活动现场。' }])
  })

  it('reads a numbered line after an image as a heading, not a caption', () => {
    const { article } = parsed({ body: [paragraph('活动开始'), '图片', '二、下一步工作', paragraph('区总工会将继续做好服务')] })
    expect(ofType(article.blocks, 'image')).toEqual([{ type: 'image' }])
    expect(ofType(article.blocks, 'heading')).toEqual([{ type: 'heading', text: '二、下一步工作' }])
  })

  it('treats a ▲ caption that lost its placeholder as an image', () => {
    const { article, warnings } = parsed({ body: [paragraph('活动开始'), '▲ 职工合影'] })
    expect(ofType(article.blocks, 'image')).toEqual([{ type: 'image', caption: '职工合影' }])
    expect(warnings.some((w) => w.includes('▲'))).toBe(true)
  })

  it('does not make headings of short lines that close the article or lead into a list', () => {
    const { article } = parsed({
      body: [paragraph('通知如下'), '报名方式如下：', paragraph('请各基层工会于9月30日前报送名单'), '罗湖区总工会'],
    })
    expect(ofType(article.blocks, 'heading')).toEqual([])
    expect(ofType(article.blocks, 'paragraph').map((p) => p.text)).toEqual([
      paragraph('通知如下'),
      '报名方式如下：',
      paragraph('请各基层工会于9月30日前报送名单'),
      '罗湖区总工会',
    ])
  })

  it('reads bracketed and 文/图 credits, but not a sentence that starts with 记者', () => {
    const { article } = parsed({
      body: ['记者从区总工会获悉，今年全区新建职工书屋12家。', paragraph('职工书屋开放'), '(记者 陈晓)', '文/图 福田区总工会'],
    })
    expect(article.byline).toBe('记者 陈晓 文/图 福田区总工会')
    expect(ofType(article.blocks, 'paragraph')[0].text).toBe('记者从区总工会获悉，今年全区新建职工书屋12家。')
  })

  it('takes a credit printed between title and date', () => {
    const { article } = parsed({ title: '区总工会开展送温暖活动', dateLines: ['通讯员 赵敏', '日期：2024-01-20 16:00'], body: [paragraph('送温暖')] })
    expect(article.title).toBe('区总工会开展送温暖活动')
    expect(article.byline).toBe('通讯员 赵敏')
    expect(article.publishedAt).toBe('2024-01-20T08:00:00.000Z')
  })
})

describe('parseArticlePage: pages that cannot be imported', () => {
  it('fails with 找不到标题 when nothing but chrome precedes the date', () => {
    expect(failure(buildPage({ title: null, body: [paragraph('区总工会召开全委会')] }))).toBe('找不到标题')
    expect(failure(buildPage({ breadcrumb: null, title: null, body: [paragraph('区总工会召开全委会')] }))).toBe('找不到标题')
  })

  it('fails with 找不到发布日期 when there is no date line', () => {
    expect(failure(buildPage({ dateLines: [], body: [paragraph('区总工会召开全委会')] }))).toBe('找不到发布日期')
  })

  it('takes a notice\'s signature date (落款) when the page prints no date line, and says so', () => {
    const page = buildPage({
      dateLines: [],
      body: [paragraph('关于开展职工疗休养的通知'), paragraph('请各单位按要求报名'), paragraph('联系人：王老师'), '罗湖区总工会', '2024年9月18日'],
    })
    const result = parseArticlePage(page, OPTS)
    if (!result.ok) throw new Error(result.reason)
    expect(result.article.publishedAt).toBe('2024-09-17T16:00:00.000Z')
    expect(result.warnings).toContain('页面没有发布日期行，采用落款日期')
    expect(texts(result.article.blocks)).not.toContain('罗湖区总工会')
  })

  it('fails with 找不到正文段落 when the body is empty or has no paragraph', () => {
    expect(failure(buildPage({ body: [] }))).toBe('找不到正文段落')
    expect(failure(buildPage({ body: ['图片', '▲ 活动现场', '记者 张三'] }))).toBe('找不到正文段落')
  })

  it('fails on an empty text', () => {
    expect(failure('')).toBe('找不到发布日期')
  })
})

describe('the page builder', () => {
  it('puts the default footer after the body', () => {
    expect(buildPage({ body: ['正文'] }).trim().endsWith(FOOTER[FOOTER.length - 1])).toBe(true)
  })
})
