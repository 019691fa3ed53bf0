// Stand-in for the 公众号 (official account) publishing API, for the `wechatSync` function: the
// access token (GET /cgi-bin/token), freepublish/batchget and freepublish/getarticle, with the
// fields and error codes WeChat documents:
//   https://developers.weixin.qq.com/doc/offiaccount/Basic_Information/Get_access_token.html
//   https://developers.weixin.qq.com/doc/offiaccount/Publish/Get_publication_records.html
//   https://developers.weixin.qq.com/doc/offiaccount/Publish/Get_article_from_id.html
// 40001 invalid credential, 42001 access_token expired, 45009 daily api quota reached, 53600 bad
// article_id, 40013/40125 bad appid/secret. The account's published articles live in
// DATA_DIR/wechat/mp-articles.json (two 示例 articles on a fresh folder and after a reset; edit the
// file, or PUT them to the admin route), so a sync can be tried locally and in tests. Pictures are served like WeChat's image host.
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { SAMPLE_MP_ARTICLES } from './mp-sample-articles'

/** One item of a published article (a publish may carry several). */
export interface MpNewsItem {
  title: string
  author: string
  digest: string
  /** Article HTML; `{{MMBIZ}}` stands for this server's image host. */
  content: string
  content_source_url: string
  thumb_media_id: string
  thumb_url: string
  url: string
  is_deleted?: boolean
}

export interface MpArticle {
  article_id: string
  update_time: number
  news_item: MpNewsItem[]
  /** Deleted on the 公众号: gone from batchget, `is_deleted` from getarticle. */
  is_deleted?: boolean
}

/** The credentials the stand-in accepts (the function is configured with these locally). */
export const LOCAL_MP_APPID = 'wx-local-mp-appid'
export const LOCAL_MP_SECRET = 'local-mp-secret'
const TOKEN_LIFETIME_S = 7200

type ApiReply = Record<string, unknown>

export class MpStandIn {
  private readonly file: string
  private tokens = new Map<string, number>()
  private faults: number[] = []
  private faultsAfter = 0
  /** Every API call answered, for tests to count (token, batchget, getarticle). */
  calls: string[] = []

  constructor(dataDir: string) {
    const dir = path.join(dataDir, 'wechat')
    mkdirSync(dir, { recursive: true })
    this.file = path.join(dir, 'mp-articles.json')
    if (!existsSync(this.file)) this.setArticles(SAMPLE_MP_ARTICLES)
  }

  articles(): MpArticle[] {
    if (!existsSync(this.file)) return []
    return (JSON.parse(readFileSync(this.file, 'utf8')) as { articles: MpArticle[] }).articles
  }

  setArticles(articles: MpArticle[]): void {
    writeFileSync(this.file, JSON.stringify({ articles }, null, 2))
  }

  /** After `after` more good API calls (the token call not counted), the next `count` answer `errcode`. */
  injectFaults(errcode: number, count = 1, after = 0): void {
    for (let i = 0; i < count; i++) this.faults.push(errcode)
    this.faultsAfter = after
  }

  /** Every issued token is now expired (WeChat answers 42001 until a new one is fetched). */
  expireTokens(): void {
    for (const token of this.tokens.keys()) this.tokens.set(token, 0)
  }

  clear(): void {
    this.tokens.clear()
    this.faults = []
    this.faultsAfter = 0
    this.calls = []
    this.setArticles(SAMPLE_MP_ARTICLES)
  }

  token(query: Record<string, string | undefined>): ApiReply {
    this.calls.push('token')
    if (query.grant_type !== 'client_credential') return { errcode: 40002, errmsg: 'invalid grant_type' }
    if (query.appid !== LOCAL_MP_APPID) return { errcode: 40013, errmsg: 'invalid appid' }
    if (query.secret !== LOCAL_MP_SECRET) return { errcode: 40125, errmsg: 'invalid appsecret' }
    const token = randomBytes(24).toString('hex')
    this.tokens.set(token, Date.now() + TOKEN_LIFETIME_S * 1000)
    return { access_token: token, expires_in: TOKEN_LIFETIME_S }
  }

  private check(name: string, token: string | undefined): ApiReply | null {
    this.calls.push(name)
    const expires = token ? this.tokens.get(token) : undefined
    if (expires === undefined) return { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' }
    if (expires <= Date.now()) return { errcode: 42001, errmsg: 'access_token expired' }
    if (this.faults.length > 0 && this.faultsAfter > 0) {
      this.faultsAfter--
      return null
    }
    const fault = this.faults.shift()
    if (fault !== undefined) return { errcode: fault, errmsg: fault === 45009 ? 'reach max api daily quota limit' : 'injected fault' }
    return null
  }

  batchget(token: string | undefined, body: { offset?: number; count?: number; no_content?: number }, imageHost: string): ApiReply {
    const refused = this.check('batchget', token)
    if (refused) return refused
    const offset = Number(body?.offset ?? 0)
    const count = Number(body?.count ?? 0)
    if (!Number.isInteger(offset) || offset < 0 || !Number.isInteger(count) || count < 1 || count > 20) return { errcode: 40097, errmsg: 'invalid args' }
    const live = this.articles()
      .filter((a) => !a.is_deleted)
      .sort((a, b) => b.update_time - a.update_time)
    const page = live.slice(offset, offset + count)
    return {
      total_count: live.length,
      item_count: page.length,
      item: page.map((a) => ({
        article_id: a.article_id,
        content: { news_item: a.news_item.map((n) => ({ ...withHost(n, imageHost), ...(body?.no_content === 1 ? { content: '' } : {}) })) },
        update_time: a.update_time,
      })),
    }
  }

  getarticle(token: string | undefined, body: { article_id?: string }, imageHost: string): ApiReply {
    const refused = this.check('getarticle', token)
    if (refused) return refused
    const article = this.articles().find((a) => a.article_id === body?.article_id)
    if (!article) return { errcode: 53600, errmsg: 'Article ID 无效' }
    return { news_item: article.news_item.map((n) => ({ ...withHost(n, imageHost), is_deleted: Boolean(article.is_deleted || n.is_deleted) })) }
  }

  /** A picture of WeChat's image host: stable bytes per name; names starting `missing` are 404. */
  image(name: string): Buffer | null {
    if (name.startsWith('missing')) return null
    return Buffer.concat([PNG, createHash('sha256').update(name).digest()])
  }
}

function withHost(item: MpNewsItem, host: string): MpNewsItem {
  return { ...item, content: item.content.replaceAll('{{MMBIZ}}', host), thumb_url: item.thumb_url.replaceAll('{{MMBIZ}}', host) }
}

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
