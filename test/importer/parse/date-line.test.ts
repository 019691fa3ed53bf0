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
    ['信息来源:沙市区总工会 | 发布时间 2022-04-02', '2022-04-01T16:00:00.000Z', false, '沙市区总工会'],
    ['来源:盐田区总工会发布时间:2025-09-09', '2025-09-08T16:00:00.000Z', false, '盐田区总工会'],
    ['发布时间:2021-09-14 14:00信息来源:寿县教育体育局文字大小:[    ] 背景色:', '2021-09-14T06:00:00.000Z', true, '寿县教育体育局'],
    ['2018-8-3 21:45:00发布94次查看', '2018-08-03T13:45:00.000Z', true, undefined],
    ['29.12.2014  11:10', '2014-12-29T03:10:00.000Z', true, undefined],
    ['2023年07月24日09:02', '2023-07-24T01:02:00.000Z', true, undefined],
    ['中國網 |    發佈時間:2024-07-25 14:21:22.0 |', '2024-07-25T06:21:22.000Z', true, undefined],
    ['//www.workercn.cn2014-04-17 06:09:36来源: 中工网--《工人日报》', '2014-04-16T22:09:36.000Z', true, '中工网--《工人日报》'],
    ['二〇一七年七月十一日', '2017-07-10T16:00:00.000Z', false, undefined],
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
    ['2022年3月2日 星期三'],
    ['今天是 2024年3月2日'],
    ['深圳新闻网2024年11月26日讯(深圳晚报记者 林秀君) 11月21日,福田区图书馆报告厅内人声鼎沸'],
    ['活动时间：2024年9月18日 14:00'],
    ['W020231008641976797891.png'],
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
