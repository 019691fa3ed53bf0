import { parsePastedPage } from '../../importer/parse-pasted-page'
import { loadCorpus } from './corpus'

const page = (name: string) => loadCorpus().find((p) => p.name === name)!.text

describe('parsePastedPage (粘贴导入)', () => {
  it('opens a page without a date with the date empty and says so in Chinese', () => {
    const draft = parsePastedPage(page('sznews-21499434'))
    expect(draft.ok).toBe(true)
    expect(draft.dateMissing).toBe(true)
    expect(draft.fields.publishedAt).toBeNull()
    expect(draft.fields.title).toBe('“风雨兼程 同舟共济” 罗湖职工网球比赛 一展风采')
    expect(draft.warnings).toContain('找不到发布日期，请填写发布日期')
    expect(draft.blocks[0]).toEqual(expect.objectContaining({ type: 'paragraph' }))
    // The standfirst becomes the summary, not a paragraph.
    expect(draft.fields.summary.startsWith('为展现全区职工健康向上的精神风貌')).toBe(true)
  })

  it('fills every field of a complete page and reports nothing missing', () => {
    const draft = parsePastedPage(page('jzzgh-jcdt-19443'))
    expect(draft).toMatchObject({ ok: true, dateMissing: false, titleMissing: false })
    expect(draft.fields).toMatchObject({ title: '沙市区总工会召开全区工会工作会议', publishedAt: '2022-04-01T16:00:00.000Z', source: '沙市区总工会', channel: '县市区/产业' })
    expect(draft.warnings.some((w) => w.startsWith('找不到'))).toBe(false)
  })

  it('leaves the title empty when the text has none', () => {
    const draft = parsePastedPage(page('qhhnnews-qhyw-36897'))
    expect(draft).toMatchObject({ ok: true, titleMissing: true, dateMissing: true })
    expect(draft.fields.title).toBe('')
    expect(draft.warnings).toContain('找不到标题，请填写标题')
  })

  it('lists a notice\'s attachments for the editor to upload', () => {
    const draft = parsePastedPage(page('xmu-xdgh-5712'))
    expect(draft.attachmentNames).toEqual(['关于申报推荐厦门市“工人先锋号”的通知.doc'])
    expect(draft.warnings.some((w) => w.includes('附件需另行上传'))).toBe(true)
  })

  it('refuses an absurdly long line or a binary file with the reason, and fills nothing', () => {
    const long = parsePastedPage(`标题\n发布时间：2024-01-01\n${'字'.repeat(30_000)}`)
    expect(long.ok).toBe(false)
    expect(long.warnings[0]).toMatch(/^第 3 行过长（30000 字，上限 20000 字）/)
    expect(long.blocks).toEqual([])
    expect(parsePastedPage('abc\u0000def').warnings).toEqual(['文件不是文本（含有二进制内容）'])
  })

  it('never throws, whatever is pasted', () => {
    for (const text of ['', '   ', '\n\n\n', '|||', '2024-01-01', '<script>alert(1)</script>', '图片\n图片']) {
      expect(() => parsePastedPage(text)).not.toThrow()
    }
  })
})
