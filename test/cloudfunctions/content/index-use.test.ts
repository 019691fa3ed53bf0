// The queries behind each action run on declared indexes: the local CloudBase answers them in SQL,
// and never reads a whole collection, as real CloudBase must not scan one per request.
import type { ContentActions } from '../../../contracts/content/actions'
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'
import { callContent, data, storeArticles } from './content-kit'

let cb: TestCloudbase
let ids: string[]
const WORKER = 'o-worker-openid'

beforeAll(async () => {
  cb = await startTestCloudbase()
  const stored = await storeArticles(
    cb,
    Array.from({ length: 12 }, (_, i) => ({ title: `圆梦计划第${i}期`, channel: i % 2 ? '工会动态' : '通知公告', ...(i < 3 ? { pinnedRank: i } : {}) }))
  )
  ids = stored.map((a) => a.id)
  for (const id of ids.slice(0, 5)) await callContent(cb, 'addFavourite', { id }, WORKER)
})
afterAll(() => cb.stop())

const calls: [keyof ContentActions, () => Record<string, unknown>][] = [
  ['listArticles', () => ({ channel: '工会动态', limit: 3 })],
  ['listHeadlines', () => ({})],
  ['listHeadlines', () => ({ channel: '通知公告' })],
  ['searchArticles', () => ({ q: '圆梦计划', limit: 3 })],
  ['getArticle', () => ({ id: ids[4] })],
  ['listRelated', () => ({ id: ids[4] })],
  ['recordShare', () => ({ id: ids[4], target: 'chat' })],
  ['addFavourite', () => ({ id: ids[6] })],
  ['removeFavourite', () => ({ id: ids[6] })],
  ['listFavourites', () => ({ limit: 2 })]
]

test.each(calls)('%s never reads whole collections', async (action, input) => {
  const all = jest.spyOn(cb.local.store, 'all')
  try {
    data(await callContent(cb, action, input(), WORKER))
    expect(all.mock.calls.map(([c]) => c).filter((c) => c !== 'channels')).toEqual([])
  } finally {
    all.mockRestore()
  }
})

test.each(['listArticles', 'searchArticles', 'listFavourites'] as const)('%s reads its later pages on the index too', async (action) => {
  const first = data(await callContent(cb, action, { ...(action === 'searchArticles' ? { q: '圆梦计划' } : {}), limit: 2 }, WORKER))
  expect(first.nextCursor).not.toBeNull()
  const all = jest.spyOn(cb.local.store, 'all')
  try {
    data(await callContent(cb, action, { ...(action === 'searchArticles' ? { q: '圆梦计划' } : {}), limit: 2, cursor: first.nextCursor! }, WORKER))
    expect(all).not.toHaveBeenCalled()
  } finally {
    all.mockRestore()
  }
})

test('the check would see a scan: listChannels reads the few channel rows whole', async () => {
  const all = jest.spyOn(cb.local.store, 'all')
  try {
    data(await callContent(cb, 'listChannels', {}))
    expect(all).toHaveBeenCalledWith('channels')
  } finally {
    all.mockRestore()
  }
})
