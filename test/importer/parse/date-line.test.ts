import { isSpecificDateLine, parseDateLine, shanghaiDay, shanghaiToIso } from '../../../importer/parse/date-line'

describe('parseDateLine', () => {
  it.each([
    ['日期:2022-12-28 18:00 字号:[大中小 ] 视力保护色:12345', '2022-12-28T10:00:00.000Z', true, undefined],
    ['日期：2022-12-28 18:00', '2022-12-28T10:00:00.000Z', true, undefined],
    ['信息提供日期 : 2026-03-12 10:01 来源 :福田区', '2026-03-12T02:01:00.000Z', true, '福田区'],
    ['发布时间: 2024-09-18 来源:深圳市总工会', '2024-09-17T16:00:00.000Z', false, '深圳市总工会'],
    ['发布时间：2024-09-18 08:05:30 来源：深圳市总工会 浏览次数：12', '2024-09-18T00:05:30.000Z', true, '深圳市总工会'],
    ['2024年9月18日', '2024-09-17T16:00:00.000Z', false, undefined],
    ['2022-12-28', '2022-12-27T16:00:00.000Z', false, undefined],
    ['2024/01/01 07:59', '2023-12-31T23:59:00.000Z', true, undefined],
  ])('reads %s', (line, iso, hasTime, source) => {
    const date = parseDateLine(line)
    expect(date).not.toBeNull()
    expect(date?.publishedAt).toBe(iso)
    expect(date?.hasTime).toBe(hasTime)
    expect(date?.source).toBe(source)
  })

  it.each([
    ['2024年9月18日上午，区总工会举办活动。'],
    ['2022-13-01'],
    ['2023-02-29'],
    ['日期:2022-12-28 25:00'],
    ['时间：2024年9月18日'],
    ['对标先行示范 争创一流工会'],
  ])('rejects %s', (line) => {
    expect(parseDateLine(line)).toBeNull()
  })

  it('ranks a labelled or timed line above a bare day', () => {
    expect(isSpecificDateLine(parseDateLine('2022-12-28')!)).toBe(false)
    expect(isSpecificDateLine(parseDateLine('2022-12-28 18:00')!)).toBe(true)
    expect(isSpecificDateLine(parseDateLine('日期:2022-12-28')!)).toBe(true)
  })
})

describe('Shanghai time', () => {
  it('converts wall-clock time at UTC+8 and rejects impossible dates', () => {
    expect(shanghaiToIso(2024, 2, 29, 0, 0)).toBe('2024-02-28T16:00:00.000Z')
    expect(shanghaiToIso(2023, 2, 29)).toBeNull()
    expect(shanghaiDay('2024-02-28T16:00:00.000Z')).toBe('2024-02-29')
  })
})
