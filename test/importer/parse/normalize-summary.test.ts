import { cleanLine, toLines } from '../../../importer/parse/normalize'
import { SUMMARY_MAX, summarize } from '../../../importer/parse/summary'
import { listedAttachmentNames } from '../../../importer/parse/attachments'

describe('normalize', () => {
  it('drops zero-width and nbsp noise and trims, keeping punctuation', () => {
    expect(cleanLine('\u200b\u3000 区总工会，召开\u00a0\u00a0会议：\ufeff ')).toBe('区总工会，召开 会议：')
  })

  it('splits any line ending and drops blank lines', () => {
    expect(toLines('甲\r\n\r\n  乙 \r丙\n\u00a0\n')).toEqual(['甲', '乙', '丙'])
  })
})

describe('summarize', () => {
  it('keeps a paragraph of at most 80 characters whole', () => {
    const text = '工'.repeat(SUMMARY_MAX)
    expect(summarize(text)).toBe(text)
  })

  it('cuts a longer one to 80 characters ending with …', () => {
    const summary = summarize('会'.repeat(SUMMARY_MAX + 1))
    expect(Array.from(summary)).toHaveLength(SUMMARY_MAX)
    expect(summary).toBe('会'.repeat(SUMMARY_MAX - 1) + '…')
  })
})

describe('listedAttachmentNames', () => {
  it('lists the names under 相关附件 up to the next footer line', () => {
    expect(listedAttachmentNames(['相关附件：报名表.docx', '名单.xlsx', '分享到：', '主办：x'])).toEqual(['报名表.docx', '名单.xlsx'])
    expect(listedAttachmentNames(['相关附件:', '分享到:'])).toEqual([])
    expect(listedAttachmentNames(['分享到:'])).toEqual([])
  })
})

test('a notice’s salutation is skipped for the summary', () => {
  expect(summarize(['各基层工会：', '为进一步提升职工技能水平，现将有关事项通知如下。'])).toBe('为进一步提升职工技能水平，现将有关事项通知如下。')
  expect(summarize(['各基层工会：'])).toBe('各基层工会：')
})
