// Reading saved HTML: metadata, container, captions, headings and file links; scripts removed;
// hostile pages refused with a reason. Pure: no storage here (see import-html.test.ts).
import { readHtmlPage } from '../../../importer/html/read-html-page'
import { governmentPage, newsPage, wechatArticleHtml } from './html-pages'

const ASSETS = { base: 'http://127.0.0.1:9/', img1: '/images/1.png', img2: 'img/2.png', pdf: '/files/report.pdf', doc: 'http://127.0.0.1:9/files/list.docx' }

function read(html: string, url?: string) {
  const result = readHtmlPage(html, url ? { url } : {})
  if (!result.ok) throw new Error(result.reason)
  return result.page
}

describe('a government CMS page', () => {
  const page = read(governmentPage(ASSETS), 'http://www.szft.gov.cn/bmxx_qt/qzgh/ghdt/content/post_10359855.html')

  it('takes title, date, source and channel from ArticleTitle, PubDate, ContentSource and ColumnName', () => {
    expect(page).toMatchObject({
      title: '对标先行示范 争创一流工会 福田区工会第六次代表大会胜利召开',
      publishedAt: '2022-12-28T10:00:00.000Z',
      source: '福田区总工会',
      channel: '工会动态',
    })
  })

  it('reads the article container: paragraphs, a bold sub-heading, pictures with captions or alt text', () => {
    expect(page.blocks.map((b) => b.type)).toEqual(['paragraph', 'image', 'heading', 'paragraph', 'image', 'paragraph'])
    expect(page.blocks[0]).toEqual({ type: 'paragraph', text: expect.stringMatching(/^12月21日，福田区工会第六次代表大会/) })
    expect(page.blocks[1]).toEqual({ type: 'image', url: 'http://www.szft.gov.cn/images/1.png', alt: '图片', caption: '12月21日，福田区工会第六次代表大会在深圳五洲宾馆胜利召开。' })
    expect(page.blocks[2]).toEqual({ type: 'heading', text: '打造先行示范工会，全市率先推出会员代表常任制' })
    expect(page.blocks[4]).toMatchObject({ url: 'http://www.szft.gov.cn/bmxx_qt/qzgh/ghdt/content/img/2.png', caption: '深圳市总工会党组成员、副主席冯艳玲出席会议并讲话' })
  })

  it('finds the attachment links, made absolute', () => {
    expect(page.files).toEqual([
      { name: '福田区工会第六次代表大会工作报告.pdf', url: 'http://www.szft.gov.cn/files/report.pdf' },
      { name: '会员代表名单.docx', url: 'http://127.0.0.1:9/files/list.docx' },
    ])
  })

  it('removes scripts and frames, says so, and keeps none of their text', () => {
    expect(page.warnings).toContain('已去除 3 个脚本或嵌入框架')
    const all = JSON.stringify(page.blocks)
    expect(all).not.toMatch(/steal|cookie|alert|evil/)
  })
})

describe('a page without metadata or a known container', () => {
  it('reads the date, source and title from its text and the body from the paragraph-richest element', () => {
    const page = read(newsPage('pic/a.jpg'))
    expect(page).toMatchObject({ title: '市总工会就“共同缔造”区域商圈共享职工之家建设到沙市区调研', publishedAt: '2023-05-28T16:00:00.000Z', source: '沙市区总工会' })
    expect(page.blocks[0]).toEqual({ type: 'image', url: 'pic/a.jpg', caption: '调研组在梅台巷社区' })
    expect(page.blocks.filter((b) => b.type === 'paragraph')).toHaveLength(3)
  })
})

describe('a 公众号 article', () => {
  it('takes pictures from data-src, centred captions, bold headings and quotes', () => {
    const page = read(wechatArticleHtml('https://mmbiz.qpic.cn/x/640?wx_fmt=png'))
    expect(page.blocks.map((b) => b.type)).toEqual(['paragraph', 'image', 'heading', 'paragraph', 'paragraph'])
    expect(page.blocks[1]).toEqual({ type: 'image', url: 'https://mmbiz.qpic.cn/x/640?wx_fmt=png', caption: '“工会姐”拍摄现场' })
  })
})

describe('hostile or broken pages', () => {
  it('refuses an HTML bomb (nesting) and an element flood with a reason', () => {
    const bomb = `<html><body>${'<div>'.repeat(100_000)}x</body></html>`
    expect(readHtmlPage(bomb)).toEqual({ ok: false, reason: '页面结构嵌套过深（超过 256 层），疑似恶意页面，已拒绝' })
    const flood = `<html><body>${'<i>a</i>'.repeat(60_000)}</body></html>`
    expect(readHtmlPage(flood)).toEqual({ ok: false, reason: '页面元素过多（超过 50000 个），疑似恶意页面，已拒绝' })
  })

  it('refuses an absurdly long line of text and an oversized file', () => {
    expect(readHtmlPage(`<p>${'长'.repeat(25_000)}</p>`)).toEqual({ ok: false, reason: '页面含有超长文字（一段超过 20000 字），不像文章正文，已拒绝' })
    const huge = readHtmlPage(`<p>${'a '.repeat(3_000_000)}</p>`)
    expect(huge.ok).toBe(false)
  })

  it('reads a page with no date as having none', () => {
    const page = read('<html><body><h1>职工运动会圆满落幕</h1><div class="article-content"><p>区总工会举办的职工运动会圆满落幕，来自各街道的职工参加了比赛。</p></div></body></html>')
    expect(page.publishedAt).toBeUndefined()
    expect(page.title).toBe('职工运动会圆满落幕')
  })
})
