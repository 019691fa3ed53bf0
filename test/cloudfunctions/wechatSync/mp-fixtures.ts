// 公众号 articles for the sync tests, in the shape freepublish returns them. Their text is real
// (the 公众号 mirror page of the corpus, test/fixtures/pages/wxredian-*); pictures are served by the
// stand-in's image host (`{{MMBIZ}}`), and a name starting `missing` is a 404 there.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { MpArticle, MpNewsItem } from '../../../local-cloudbase/wechat/mp-articles'

const LINES = readFileSync(path.resolve(__dirname, '../../fixtures/pages/wxredian-6a10de4a.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l.endsWith('。') || l.endsWith('”'))

export function newsItem(title: string, images: string[], n = 0): MpNewsItem {
  const body = [
    `<section><span>${LINES[n % LINES.length]}</span></section>`,
    ...images.map((name) => `<section style="text-align:center"><img data-src="{{MMBIZ}}/${name}?wx_fmt=png" data-type="png"></section><section style="text-align:center"><span>${title}现场</span></section>`),
    `<section><strong>工会小讲堂</strong></section>`,
    `<section><span>${LINES[(n + 1) % LINES.length]}</span></section>`,
    `<blockquote><p>${LINES[(n + 2) % LINES.length]}</p></blockquote>`,
    `<p>编辑：工会宣传部</p>`,
  ].join('')
  return { title, author: '永靖县总工会', digest: `${title}。`, content: body, content_source_url: '', thumb_media_id: `thumb-${n}`, thumb_url: `{{MMBIZ}}/thumb-${n}.png`, url: `https://mp.weixin.qq.com/s/${encodeURIComponent(title)}` }
}

export function article(id: string, updateTime: number, items: MpNewsItem[]): MpArticle {
  return { article_id: id, update_time: updateTime, news_item: items }
}

/** `count` articles, one picture each, updated a minute apart. */
export function manyArticles(count: number, start = 1_733_000_000): MpArticle[] {
  return Array.from({ length: count }, (_v, i) => article(`A${String(i).padStart(4, '0')}`, start + i * 60, [newsItem(`公众号文章${i}`, [`p${i}.png`], i)]))
}
