// Every state × every state-changing action, as one literal table: the right role acting on an
// article in each state either succeeds (200) or is refused with 409 and nothing changes. Then
// four eyes: nobody publishes or schedules a revision they saved, whatever roles they hold.
import type { ContentState } from '../../../contracts/content-admin/words'
import { contentAdminSuite, articleIn, bodyOf, callAdmin, codeOf, contentAudit, data, draft, liveArticle, makeArticle, storedItem, versionOf, type ContentCrew } from './content-admin-kit'

const suite = contentAdminSuite()
const { cb } = suite

type Verb = 'save' | 'submit' | 'return' | 'publish' | 'schedule' | 'unschedule' | 'withdraw' | 'restore' | 'remove'
const VERBS: Verb[] = ['save', 'submit', 'return', 'publish', 'schedule', 'unschedule', 'withdraw', 'restore', 'remove']

// state        save submit return publish schedule unschedule withdraw restore remove
const TABLE: Record<ContentState, number[]> = {
  draft: [200, 200, 409, 409, 409, 409, 409, 200, 200],
  pending: [409, 409, 200, 200, 200, 409, 409, 409, 409],
  scheduled: [409, 409, 200, 200, 409, 200, 409, 409, 409],
  published: [200, 409, 409, 409, 409, 409, 200, 200, 409],
  returned: [200, 200, 409, 409, 409, 409, 409, 200, 200],
  withdrawn: [200, 409, 409, 409, 409, 409, 409, 200, 409]
}

/** What the state becomes after a successful verb. */
const NEXT: Partial<Record<Verb, ContentState | ((from: ContentState) => ContentState)>> = {
  save: (from) => (from === 'returned' ? 'returned' : 'draft'),
  submit: 'pending',
  return: 'returned',
  publish: 'published',
  schedule: 'scheduled',
  unschedule: 'pending',
  withdraw: 'withdrawn',
  restore: 'draft'
}

const WHO: Record<Verb, keyof ContentCrew> = {
  save: 'editor',
  submit: 'editor',
  return: 'publisher',
  publish: 'publisher',
  schedule: 'publisher',
  unschedule: 'publisher',
  withdraw: 'publisher',
  restore: 'editor',
  remove: 'editor'
}

function extra(verb: Verb): Record<string, unknown> {
  if (verb === 'save') return { kind: 'article', body: bodyOf(makeArticle()) }
  if (verb === 'return' || verb === 'withdraw') return { reason: '需要修改' }
  if (verb === 'schedule') return { publishAt: new Date(Date.now() + 7_200_000).toISOString() }
  if (verb === 'restore') return { revision: 1 }
  return {}
}

describe.each(Object.keys(TABLE) as ContentState[])('from %s', (state) => {
  test.each(VERBS.map((v, i) => [v, TABLE[state][i]] as const))('%s → %i', async (verb, expected) => {
    const made = await articleIn(cb, suite.crew, state)
    const before = await storedItem(cb, made.id)
    const liveBefore = await liveArticle(cb, made.id)
    const auditBefore = (await contentAudit(cb)).length
    const res = await callAdmin(cb, verb, { id: made.id, version: made.version, ...extra(verb) } as never, suite.crew[WHO[verb]])
    expect({ state, verb, status: res.status, code: codeOf(res) }).toMatchObject({ state, verb, status: expected })
    if (expected === 200) {
      const after = await storedItem(cb, made.id)
      const next = NEXT[verb]
      if (verb === 'remove') expect(after).toBeUndefined()
      else expect(after!.state).toBe(typeof next === 'function' ? next(state) : next)
      // Readers see it exactly when it has a live revision.
      if (after) expect(!!(await liveArticle(cb, made.id))).toBe(after.liveRevision !== null && after.state !== 'withdrawn')
    } else {
      expect(await storedItem(cb, made.id)).toEqual(before)
      expect(await liveArticle(cb, made.id)).toEqual(liveBefore)
      expect((await contentAudit(cb)).length).toBe(auditBefore)
    }
  })
})

test('a stale version changes nothing and reads 该内容已被他人修改，请刷新后查看', async () => {
  const made = await draft(cb, suite.crew)
  data(await callAdmin(cb, 'save', { id: made.id, kind: 'article', version: made.version, body: bodyOf(makeArticle()) }, suite.crew.editor2))
  const before = await storedItem(cb, made.id)
  const stale = await callAdmin(cb, 'save', { id: made.id, kind: 'article', version: made.version, body: bodyOf(makeArticle()) }, suite.crew.editor)
  expect(stale.status).toBe(409)
  expect(stale.body).toMatchObject({ ok: false, error: { code: 'CONTENT_CONFLICT', message: '该内容已被他人修改，请刷新后查看' } })
  expect(await storedItem(cb, made.id)).toEqual(before)
  // The way to compare: the working copy against the revision the editor started from.
  expect(data(await callAdmin(cb, 'diff', { id: made.id, from: 1, to: 0 }, suite.crew.editor)).parts.length).toBeGreaterThan(0)
})

describe('four eyes', () => {
  test('someone with both roles cannot publish or schedule what they wrote; a colleague can', async () => {
    const made = await draft(cb, suite.crew, {}, suite.crew.editorPublisher)
    const v = data(await callAdmin(cb, 'submit', { id: made.id, version: made.version }, suite.crew.editorPublisher)).version
    const own = await callAdmin(cb, 'publish', { id: made.id, version: v }, suite.crew.editorPublisher)
    expect(own.status).toBe(403)
    expect(own.body).toMatchObject({ ok: false, error: { code: 'FOUR_EYES' } })
    const ownSchedule = await callAdmin(cb, 'schedule', { id: made.id, version: v, publishAt: new Date(Date.now() + 7_200_000).toISOString() }, suite.crew.editorPublisher)
    expect(ownSchedule.status).toBe(403)
    expect((await storedItem(cb, made.id))!.state).toBe('pending')
    expect(await liveArticle(cb, made.id)).toBeUndefined()
    expect(codeOf(await callAdmin(cb, 'publish', { id: made.id, version: v }, suite.crew.publisher))).toBe('ok')
  })

  test('editing someone else’s draft makes you one of its writers', async () => {
    const made = await draft(cb, suite.crew)
    let v = data(await callAdmin(cb, 'save', { id: made.id, kind: 'article', version: made.version, body: bodyOf(makeArticle()) }, suite.crew.editorPublisher)).version
    v = data(await callAdmin(cb, 'submit', { id: made.id, version: v }, suite.crew.editor)).version
    expect(codeOf(await callAdmin(cb, 'publish', { id: made.id, version: v }, suite.crew.editorPublisher))).toBe('FOUR_EYES')
  })

  test('a new revision of published content is judged on who wrote the revision', async () => {
    const made = await articleIn(cb, suite.crew, 'published')
    let v = data(await callAdmin(cb, 'save', { id: made.id, kind: 'article', version: made.version, body: bodyOf(makeArticle()) }, suite.crew.editorPublisher)).version
    v = data(await callAdmin(cb, 'submit', { id: made.id, version: v }, suite.crew.editorPublisher)).version
    expect(codeOf(await callAdmin(cb, 'publish', { id: made.id, version: v }, suite.crew.editorPublisher))).toBe('FOUR_EYES')
    expect(codeOf(await callAdmin(cb, 'publish', { id: made.id, version: await versionOf(cb, made.id) }, suite.crew.publisher2))).toBe('ok')
  })
})
