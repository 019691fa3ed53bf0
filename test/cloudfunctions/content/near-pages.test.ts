// The nearest-first paging of listPlaces against a stand-in database that, like MongoDB, orders
// by its own distance (a little off ours) and returns tied rows in any order, different per read.
import { nearPage, type NearPosition, type Ranked } from '../../../cloudfunctions/content/near-pages'

interface Row {
  id: string
  /** Our distance. */
  mine: number
  /** The database's: ours give or take rounding. */
  theirs: number
}

/** A small seeded PRNG, so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), a | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Rows in clusters of equal distance (places in one building), with the database's distances off by under 0.4 m. */
function makeRows(rand: () => number, clusters: number, maxTie: number): Row[] {
  const rows: Row[] = []
  let d = 0
  for (let c = 0; c < clusters; c++) {
    d += rand() < 0.3 ? rand() * 0.5 : rand() * 300
    const theirs = Math.max(0, d + (rand() - 0.5) * 0.8)
    const size = 1 + Math.floor(rand() * maxTie)
    for (let k = 0; k < size; k++) rows.push({ id: `p${String(rows.length).padStart(4, '0')}-${Math.floor(rand() * 1e6)}`, mine: d, theirs })
  }
  return rows
}

/** Reads like `_.geoNear`: at least minDistance by the database's measure, nearest first, ties shuffled. */
function fakeRead(rows: Row[], rand: () => number) {
  return async (minDistance: number, count: number) =>
    rows
      .filter((r) => r.theirs >= minDistance)
      .map((r) => ({ r, k: rand() }))
      .sort((a, b) => a.r.theirs - b.r.theirs || a.k - b.k)
      .slice(0, count)
      .map((x) => x.r)
}

async function readAll(rows: Row[], limit: number, rand: () => number): Promise<Row[]> {
  const seen: Row[] = []
  let after: NearPosition | null = null
  for (let page = 0; page < 10_000; page++) {
    const { items, next }: { items: Ranked<Row>[]; next: NearPosition | null } = await nearPage<Row>({
      limit,
      after,
      read: fakeRead(rows, rand),
      distanceOf: (r) => r.mine,
      idOf: (r) => r.id,
      tolerance: 1,
      spare: 4,
      maxRead: 1000
    })
    expect(items.length).toBeLessThanOrEqual(limit)
    seen.push(...items.map((i) => i.row))
    if (!next) return seen
    expect(items.length).toBe(limit)
    after = next
  }
  throw new Error('paging did not end')
}

const inOrder = (rows: Row[]) => [...rows].sort((a, b) => a.mine - b.mine || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((r) => r.id)

test.each([
  [1, 3],
  [2, 5],
  [5, 12],
  [7, 1],
  [20, 40],
  [50, 8]
])('pages of %i over ties of up to %i rows: every row once, by (distance, id)', async (limit, maxTie) => {
  for (let seed = 1; seed <= 20; seed++) {
    const rand = random(seed * 7919 + limit)
    const rows = makeRows(rand, 40, maxTie)
    const got = await readAll(rows, limit, rand)
    expect(got.map((r) => r.id)).toEqual(inOrder(rows))
  }
})

test('no rows is one empty page', async () => {
  expect(await nearPage<Row>({ limit: 5, after: null, read: async () => [], distanceOf: (r) => r.mine, idOf: (r) => r.id, tolerance: 1, spare: 4, maxRead: 1000 })).toEqual({
    items: [],
    next: null
  })
})

test('a page that ends exactly at the last row says there is no next page', async () => {
  const rows = Array.from({ length: 10 }, (_, i) => ({ id: `p${i}`, mine: i * 10, theirs: i * 10 }))
  const res = await nearPage<Row>({ limit: 10, after: null, read: fakeRead(rows, random(1)), distanceOf: (r) => r.mine, idOf: (r) => r.id, tolerance: 1, spare: 4, maxRead: 1000 })
  expect(res.items).toHaveLength(10)
  expect(res.next).toBeNull()
})
