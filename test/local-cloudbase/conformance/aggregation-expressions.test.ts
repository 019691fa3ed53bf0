// Aggregation expression operators (`db.command.aggregate`, https://docs.cloudbase.net/api-reference/server/node/database/aggregate/operators/…),
// which CloudBase runs as MongoDB documents them (https://www.mongodb.com/docs/manual/reference/operator/aggregation/).
// Each case projects one expression over one document and compares with the documented result.
import { load, useConformanceCloudbase } from './conformance-kit'

const cb = useConformanceCloudbase()
const db = () => cb().sdk.database()
const $ = () => db().command.aggregate as unknown as Record<string, (arg: unknown) => object>

const D = new Date('2024-05-06T20:30:45.123Z') // a Monday; 04:30:45 on the 7th in Shanghai

beforeAll(async () => {
  await load(cb(), 'exprs', [
    { _id: 'x', s: 'Hello World', cjk: '福田区总工会', cafe: 'café', quarter: '13Q1', n: -7.5, a: [1, 2, 3], b: [2, 3, 4], pairs: [['k1', 'v1'], ['k2', 'v2']], d: D, nested: { k: 1 }, nothing: null }
  ])
})

async function evaluate(expr: () => object): Promise<unknown> {
  const res = await db().collection('exprs').aggregate().project({ _id: 0, r: expr() }).limit(1).end()
  return (res.data[0] as { r: unknown }).r
}

const sorted = (v: unknown) => [...(v as number[])].sort((x, y) => x - y)

describe.each([
  ['arithmetic', [
    ['abs', () => $().abs('$n'), 7.5],
    ['add numbers', () => $().add([1, 2, 3]), 6],
    ['add to a date adds milliseconds', () => $().add(['$d', 1000]), new Date('2024-05-06T20:30:46.123Z')],
    ['ceil', () => $().ceil(1.2), 2],
    ['floor', () => $().floor(1.8), 1],
    ['divide', () => $().divide([9, 2]), 4.5],
    ['exp', () => $().exp(0), 1],
    ['ln', () => $().ln(1), 0],
    ['log', () => $().log([100, 10]), 2],
    ['log10', () => $().log10(1000), 3],
    ['mod', () => $().mod([10, 4]), 2],
    ['multiply', () => $().multiply([2, 3, 4]), 24],
    ['pow', () => $().pow([2, 10]), 1024],
    ['sqrt', () => $().sqrt(25), 5],
    ['subtract', () => $().subtract([10, 4]), 6],
    ['trunc toward zero', () => $().trunc('$n'), -7],
    ['trunc to a place', () => $().trunc([3.14159, 2]), 3.14]
  ]],
  ['array', [
    ['arrayElemAt from the end', () => $().arrayElemAt(['$a', -1]), 3],
    ['arrayToObject', () => $().arrayToObject('$pairs'), { k1: 'v1', k2: 'v2' }],
    ['concatArrays', () => $().concatArrays(['$a', '$b']), [1, 2, 3, 2, 3, 4]],
    ['filter', () => $().filter({ input: '$a', as: 'x', cond: $().gt(['$$x', 1]) }), [2, 3]],
    ['in', () => $().in([2, '$a']), true],
    ['indexOfArray', () => $().indexOfArray(['$b', 3]), 1],
    ['isArray', () => $().isArray('$a'), true],
    ['map', () => $().map({ input: '$a', as: 'x', in: $().multiply(['$$x', 10]) }), [10, 20, 30]],
    ['range', () => $().range([0, 10, 3]), [0, 3, 6, 9]],
    ['reduce', () => $().reduce({ input: '$a', initialValue: 0, in: $().add(['$$value', '$$this']) }), 6],
    ['reverseArray', () => $().reverseArray('$a'), [3, 2, 1]],
    ['size', () => $().size('$a'), 3],
    ['slice [array, position, n]', () => $().slice(['$a', 1, 1]), [2]],
    ['slice [array, -n]', () => $().slice(['$a', -2]), [2, 3]],
    ['zip', () => $().zip({ inputs: ['$a', '$b'] }), [[1, 2], [2, 3], [3, 4]]]
  ]],
  ['boolean', [
    ['and', () => $().and([true, 1]), true],
    ['or', () => $().or([false, 0]), false],
    ['not', () => $().not([false]), true]
  ]],
  ['comparison', [
    ['cmp', () => $().cmp([2, 1]), 1],
    ['eq', () => $().eq(['$quarter', '13Q1']), true],
    ['gt', () => $().gt([2, 1]), true],
    ['gte', () => $().gte([1, 1]), true],
    ['lt', () => $().lt([2, 1]), false],
    ['lte', () => $().lte([1, 1]), true],
    ['neq', () => $().neq([1, 2]), true]
  ]],
  ['conditional', [
    ['cond (object form)', () => $().cond({ if: $().lt(['$n', 0]), then: '负', else: '正' }), '负'],
    ['cond (array form)', () => $().cond([$().gt(['$n', 0]), '正', '负']), '负'],
    ['ifNull on null', () => $().ifNull(['$nothing', '无']), '无'],
    ['ifNull on a missing field', () => $().ifNull(['$missing', '无']), '无'],
    ['ifNull on a value', () => $().ifNull(['$quarter', '无']), '13Q1'],
    ['switch takes the first true branch', () => $().switch({ branches: [{ case: $().gt(['$n', 0]), then: 'pos' }, { case: $().lt(['$n', -5]), then: 'very negative' }, { case: $().lt(['$n', 0]), then: 'negative' }], default: 'zero' }), 'very negative'],
    ['switch falls to default', () => $().switch({ branches: [{ case: $().gt(['$n', 0]), then: 'pos' }], default: 'not positive' }), 'not positive']
  ]],
  ['date', [
    ['year', () => $().year('$d'), 2024],
    ['month', () => $().month('$d'), 5],
    ['dayOfMonth', () => $().dayOfMonth('$d'), 6],
    ['dayOfMonth in Shanghai', () => $().dayOfMonth({ date: '$d', timezone: 'Asia/Shanghai' }), 7],
    ['hour', () => $().hour('$d'), 20],
    ['hour in Shanghai', () => $().hour({ date: '$d', timezone: 'Asia/Shanghai' }), 4],
    ['minute', () => $().minute('$d'), 30],
    ['second', () => $().second('$d'), 45],
    ['millisecond', () => $().millisecond('$d'), 123],
    ['dayOfWeek (Sunday = 1)', () => $().dayOfWeek('$d'), 2],
    ['dayOfYear', () => $().dayOfYear('$d'), 127],
    ['week (weeks start on Sunday, week 0 before the first)', () => $().week('$d'), 18],
    ['isoDayOfWeek (Monday = 1)', () => $().isoDayOfWeek('$d'), 1],
    ['isoWeek', () => $().isoWeek('$d'), 19],
    ['isoWeekYear', () => $().isoWeekYear('$d'), 2024],
    ['dateToString in UTC', () => $().dateToString({ date: '$d', format: '%Y-%m-%d %H:%M:%S' }), '2024-05-06 20:30:45'],
    ['dateToString with a time zone name', () => $().dateToString({ date: '$d', format: '%Y-%m-%d %H:%M:%S', timezone: 'Asia/Shanghai' }), '2024-05-07 04:30:45'],
    ['dateToString with an offset', () => $().dateToString({ date: '$d', format: '%Y年%m月%d日 %H:%M', timezone: '+08:00' }), '2024年05月07日 04:30'],
    ['dateToString without a format', () => $().dateToString({ date: '$d' }), '2024-05-06T20:30:45.123Z'],
    ['dateFromParts in a time zone', () => $().dateFromParts({ year: 2024, month: 2, day: 29, hour: 8, timezone: 'Asia/Shanghai' }), new Date('2024-02-29T00:00:00Z')],
    ['dateFromString in a time zone', () => $().dateFromString({ dateString: '2024-05-07T04:30:45.123', timezone: 'Asia/Shanghai' }), D]
  ]],
  ['literal, object and variables', [
    ['literal keeps a $ string as it is', () => $().literal('$quarter'), '$quarter'],
    ['mergeObjects', () => $().mergeObjects([{ a: 1 }, '$nested']), { a: 1, k: 1 }],
    ['objectToArray', () => $().objectToArray('$nested'), [{ k: 'k', v: 1 }]],
    ['let', () => $().let({ vars: { x: 2 }, in: $().multiply(['$$x', 3]) }), 6]
  ]],
  ['set', [
    ['allElementsTrue', () => $().allElementsTrue([[true, 1, 'x']]), true],
    ['allElementsTrue with a 0', () => $().allElementsTrue([[true, 0]]), false],
    ['anyElementTrue', () => $().anyElementTrue([[false, 0, 1]]), true],
    ['anyElementTrue with none', () => $().anyElementTrue([[false, 0, null]]), false],
    ['setDifference', () => $().setDifference(['$b', '$a']), [4]],
    ['setEquals ignores order and duplicates', () => $().setEquals(['$a', [3, 2, 1, 1]]), true],
    ['setIsSubset', () => $().setIsSubset([[2], '$a']), true]
  ]],
  ['string', [
    ['concat', () => $().concat(['$s', '-', '$quarter']), 'Hello World-13Q1'],
    ['concat with null is null', () => $().concat(['$s', '$nothing']), null],
    ['indexOfBytes counts UTF-8 bytes', () => $().indexOfBytes(['$cjk', '工会']), 12],
    ['indexOfBytes from a start', () => $().indexOfBytes(['$s', 'o', 5]), 7],
    ['indexOfBytes not found', () => $().indexOfBytes(['$s', 'z']), -1],
    ['indexOfCP counts code points', () => $().indexOfCP(['$cjk', '工会']), 4],
    ['indexOfCP from a start', () => $().indexOfCP(['$s', 'o', 5]), 7],
    ['indexOfCP within an end', () => $().indexOfCP(['$s', 'o', 5, 7]), -1],
    ['split', () => $().split(['$quarter', 'Q']), ['13', '1']],
    ['strLenBytes', () => $().strLenBytes('$cafe'), 5],
    ['strLenCP', () => $().strLenCP('$cafe'), 4],
    ['strcasecmp equal', () => $().strcasecmp(['$s', 'HELLO WORLD']), 0],
    ['strcasecmp less', () => $().strcasecmp(['abc', 'ABD']), -1],
    ['substr', () => $().substr(['$quarter', 0, 2]), '13'],
    ['substr with a negative length runs to the end', () => $().substr(['$quarter', 2, -1]), 'Q1'],
    ['substrBytes on UTF-8', () => $().substrBytes(['$cjk', 0, 6]), '福田'],
    ['substrCP', () => $().substrCP(['$cjk', 3, 3]), '总工会'],
    ['toLower', () => $().toLower('$s'), 'hello world'],
    ['toUpper', () => $().toUpper('$s'), 'HELLO WORLD']
  ]]
] as [string, [string, () => object, unknown][]][])('%s', (_family, cases) => {
  test.each(cases)('%s', async (_name, expr, expected) => {
    expect(await evaluate(expr)).toEqual(expected)
  })
})

test('setIntersection and setUnion (their order is unspecified)', async () => {
  expect(sorted(await evaluate(() => $().setIntersection(['$a', '$b'])))).toEqual([2, 3])
  expect(sorted(await evaluate(() => $().setUnion(['$a', '$b'])))).toEqual([1, 2, 3, 4])
})

test('substrBytes refuses a range that starts inside a character', async () => {
  await expect(evaluate(() => $().substrBytes(['$cjk', 1, 3]))).rejects.toMatchObject({ code: 'INVALID_PARAM' })
})
