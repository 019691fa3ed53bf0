import { isHeadingShaped } from '../../../importer/parse/headings'
import { isImagePlaceholder, isMarkedCaption, isUnmarkedCaption, stripCaptionMark } from '../../../importer/parse/images'

describe('image placeholders', () => {
  it.each([['图片'], ['1.jpeg'], ['图片2.png'], ['IMG_0012.JPG'], ['活动现场.webp']])('recognises %s', (line) =>
    expect(isImagePlaceholder(line)).toBe(true),
  )
  it.each([['图片来源：网络'], ['图片展示了活动现场'], ['详见附件1.pdf'], ['报名表 1.jpg 请下载']])('leaves %s alone', (line) =>
    expect(isImagePlaceholder(line)).toBe(false),
  )
})

describe('captions', () => {
  it('strips ▲ and the spaces around it', () => {
    expect(isMarkedCaption('▲ 活动现场 ')).toBe(true)
    expect(stripCaptionMark('▲  活动现场')).toBe('活动现场')
    expect(isMarkedCaption('活动现场▲')).toBe(false)
  })

  it('takes a short line that does not end like a paragraph as an unmarked caption', () => {
    expect(isUnmarkedCaption('选手正在进行实操比赛')).toBe(true)
    expect(isUnmarkedCaption('图为活动现场。')).toBe(true)
    expect(isUnmarkedCaption('活动现场'.repeat(15))).toBe(true)
  })

  it.each([
    ['活动结束后大家合影留念。'],
    ['活动安排如下：'],
    ['二、下一步工作'],
    ['（三）服务阵地建设'],
    ['记者 张三'],
    ['图片'],
    ['活动现场'.repeat(15) + '外'],
  ])('does not take %s as an unmarked caption', (line) => expect(isUnmarkedCaption(line)).toBe(false))
})

describe('isHeadingShaped', () => {
  it('accepts short lines without sentence punctuation', () => {
    expect(isHeadingShaped('打造先行示范工会,全市率先推出会员代表常任制')).toBe(true)
    expect(isHeadingShaped('聚焦先行示范“六有”工会建设要求,引领职工奋力建功新时代')).toBe(true)
    expect(isHeadingShaped('职工之家'.repeat(10))).toBe(true)
  })

  it.each([
    ['五大以来,福田区工会全力打造先行示范工会,为“首善之区 幸福福田”建设贡献工会力量。'],
    ['你准备好了吗？'],
    ['报名方式如下：'],
    ['职工之家'.repeat(10) + '建'],
  ])('rejects %s', (line) => expect(isHeadingShaped(line)).toBe(false))
})
