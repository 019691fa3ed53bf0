// Who may do what in content management: every contentAdmin action × every kind of caller, as one
// literal table of HTTP statuses. Each cell starts from a fresh article in the state the action
// needs, so an allowed call succeeds (200) and a refused one (401/403) changes nothing: not the
// item, not the readers' article, not the operation log.
import { randomBytes } from 'node:crypto'
import type { ContentAdminActions } from '../../../contracts/content-admin/actions'
import { contentAdminSuite, articleIn, bodyOf, callAdmin, codeOf, contentAudit, liveArticle, makeArticle, PNG_BYTES, storedItem, type Made } from './content-admin-kit'

const suite = contentAdminSuite()
const { cb } = suite

type Caller = 'anonymous' | 'worker' | 'editor' | 'publisher' | 'admin' | 'reviewer'
const CALLERS: Caller[] = ['anonymous', 'worker', 'editor', 'publisher', 'admin', 'reviewer']

// action            anon worker editor publisher admin reviewer
const TABLE: Record<keyof ContentAdminActions, [number, number, number, number, number, number]> = {
  list: [401, 403, 200, 200, 200, 403],
  listLive: [401, 403, 200, 200, 200, 403],
  get: [401, 403, 200, 200, 200, 403],
  save: [401, 403, 200, 403, 403, 403],
  submit: [401, 403, 200, 403, 403, 403],
  return: [401, 403, 403, 200, 403, 403],
  publish: [401, 403, 403, 200, 403, 403],
  schedule: [401, 403, 403, 200, 403, 403],
  unschedule: [401, 403, 403, 200, 403, 403],
  withdraw: [401, 403, 403, 200, 403, 403],
  restore: [401, 403, 200, 200, 403, 403],
  remove: [401, 403, 200, 403, 403, 403],
  diff: [401, 403, 200, 200, 200, 403],
  pin: [401, 403, 403, 200, 403, 403],
  unpin: [401, 403, 403, 200, 403, 403],
  reorderPins: [401, 403, 403, 200, 403, 403],
  listChannels: [401, 403, 200, 200, 200, 403],
  saveChannel: [401, 403, 403, 200, 403, 403],
  removeChannel: [401, 403, 403, 200, 403, 403],
  prepareUpload: [401, 403, 200, 200, 403, 403],
  confirmUpload: [401, 403, 200, 200, 403, 403],
  importPasted: [401, 403, 200, 403, 403, 403],
  auditQuery: [401, 403, 403, 403, 200, 403]
}

/** The state each action's cell starts from. */
const NEEDS: Partial<Record<keyof ContentAdminActions, 'draft' | 'pending' | 'scheduled' | 'published'>> = {
  submit: 'draft',
  return: 'pending',
  publish: 'pending',
  schedule: 'pending',
  unschedule: 'scheduled',
  withdraw: 'published',
  pin: 'published',
  unpin: 'published',
  reorderPins: 'published'
}

const PAGE = ['福田区总工会', '首页 > 工会动态', '测试活动顺利举行', '日期:2026-03-12 10:01 来源:福田区总工会', '福田区总工会举办测试活动，职工踊跃参加。', '主办:福田区总工会'].join('\n')

async function input(action: keyof ContentAdminActions, made: Made, who: string): Promise<Record<string, unknown>> {
  const at = { id: made.id, version: made.version }
  switch (action) {
    case 'list':
      return { kind: 'article' }
    case 'get':
      return { id: made.id }
    case 'save':
      return { ...at, kind: 'article', body: bodyOf(makeArticle()) }
    case 'return':
    case 'withdraw':
      return { ...at, reason: '需要修改' }
    case 'schedule':
      return { ...at, publishAt: new Date(Date.now() + 7_200_000).toISOString() }
    case 'restore':
      return { ...at, revision: 1 }
    case 'diff':
      return { id: made.id, from: 1, to: 0 }
    case 'pin':
    case 'unpin':
      return { id: made.id }
    case 'reorderPins':
      return { ids: [made.id] }
    case 'listChannels':
      return {}
    case 'saveChannel':
      return { name: `栏目${randomBytes(2).toString('hex')}`, order: 20 }
    case 'removeChannel': {
      const name = `空栏目${randomBytes(2).toString('hex')}`
      await callAdmin(cb, 'saveChannel', { name, order: 30 }, suite.crew.publisher)
      return { name }
    }
    case 'prepareUpload':
      return { purpose: 'image', contentType: 'image/png', size: 100 }
    case 'confirmUpload': {
      // The caller's own upload (any signed-in user can write their own folder; the check is the function's).
      const cloudPath = `content/${who || 'nobody'}/image-${randomBytes(12).toString('hex')}.png`
      const res = await fetch(`${cb.url}/__storage/client/${cloudPath}`, { method: 'PUT', headers: { 'x-wx-openid': who || suite.crew.worker }, body: new Uint8Array(PNG_BYTES) })
      return { fileID: ((await res.json()) as { data: { fileID: string } }).data.fileID }
    }
    case 'importPasted':
      return { text: PAGE }
    case 'auditQuery':
      return {}
    case 'listLive':
      return { kind: 'article' }
    default:
      return at
  }
}

const openidOf = (c: Caller) => (c === 'anonymous' ? undefined : suite.crew[c])

describe.each(Object.keys(TABLE) as (keyof ContentAdminActions)[])('%s', (action) => {
  test.each(CALLERS.map((c, i) => [c, TABLE[action][i]] as const))('as %s → %i', async (caller, expected) => {
    const made = await articleIn(cb, suite.crew, NEEDS[action] ?? 'draft')
    const who = openidOf(caller)
    const args = await input(action, made, who ?? '')
    const itemBefore = await storedItem(cb, made.id)
    const liveBefore = await liveArticle(cb, made.id)
    const auditBefore = (await contentAudit(cb)).length
    const res = await callAdmin(cb, action, args, who)
    expect({ action, caller, status: res.status, code: codeOf(res) }).toMatchObject({ action, caller, status: expected })
    if (expected !== 200) {
      expect(await storedItem(cb, made.id)).toEqual(itemBefore)
      expect(await liveArticle(cb, made.id)).toEqual(liveBefore)
      expect((await contentAudit(cb)).length).toBe(auditBefore)
      if (expected === 403) expect(res.body).toMatchObject({ ok: false, error: { message: expect.stringMatching(/此操作仅限/) } })
    }
  })
})
