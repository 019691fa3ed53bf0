// Bad input at content management: unknown fields, over-long values and wrong types get 400 naming
// the field; files are judged by their bytes (magic numbers), not their names, and sizes are capped
// (413 in Chinese); nothing stored changes on any refusal.
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { contentAdminSuite, acceptedImage, bodyOf, callAdmin, contentAudit, data, draft, makeArticle, PDF_BYTES, PNG_BYTES, storedItem, upload } from './content-admin-kit'

const suite = contentAdminSuite()
const { cb } = suite

async function itemsCount(): Promise<number> {
  return ((await cb.sdk.database().collection('contentItems').count()) as { total: number }).total
}

describe('saves', () => {
  const cases: [string, string, (body: Record<string, unknown>) => Record<string, unknown>][] = [
    ['an unknown field in the body', 'body', (b) => ({ ...b, colour: 'red' })],
    ['a title over 64 characters', 'body.title', (b) => ({ ...b, title: '长'.repeat(65) })],
    ['a title that is a number', 'body.title', (b) => ({ ...b, title: 42 })],
    ['blocks that are not a list', 'body.blocks', (b) => ({ ...b, blocks: '正文' })],
    ['an unknown block type', 'body.blocks.0.type', (b) => ({ ...b, blocks: [{ type: 'video', text: 'x' }] })],
    ['an image without alt text', 'body.blocks.0.alt', (b) => ({ ...b, blocks: [{ type: 'image', fileID: 'cloud://local.bucket/content/x/image-000000000000000000000000.png' }] })],
    ['a paragraph over 5000 characters', 'body.blocks.0.text', (b) => ({ ...b, blocks: [{ type: 'paragraph', text: '字'.repeat(5001) }] })],
    ['a publication time that is not a time', 'body.publishedAt', (b) => ({ ...b, publishedAt: '明天' })]
  ]
  test.each(cases)('%s → 400 naming %s, nothing stored', async (_label, field, change) => {
    const made = await draft(cb, suite.crew)
    const before = await storedItem(cb, made.id)
    const auditBefore = (await contentAudit(cb)).length
    const res = await callAdmin(cb, 'save', { id: made.id, kind: 'article', version: made.version, body: change(bodyOf(makeArticle()) as never) }, suite.crew.editor)
    expect(res.status).toBe(400)
    expect(res.body.ok).toBe(false)
    if (!res.body.ok) {
      expect(Object.keys(res.body.error.fields ?? {})).toContain(field)
      expect(res.body.error.message).toMatch(/^提交的内容有误：/)
    }
    expect(await storedItem(cb, made.id)).toEqual(before)
    expect((await contentAudit(cb)).length).toBe(auditBefore)
  })

  test('an unknown top-level field, or a wrong version type → 400, no item made', async () => {
    const count = await itemsCount()
    const unknown = await callAdmin(cb, 'save', { kind: 'article', body: bodyOf(makeArticle()), author: 'x' }, suite.crew.editor)
    expect(unknown.status).toBe(400)
    expect(unknown.body).toMatchObject({ ok: false, error: { message: expect.stringContaining('不支持的字段：author') } })
    const version = await callAdmin(cb, 'save', { id: 'abc', kind: 'article', version: '1', body: bodyOf(makeArticle()) }, suite.crew.editor)
    expect(version.status).toBe(400)
    expect(version.body).toMatchObject({ ok: false, error: { fields: { version: expect.any(String) } } })
    expect(await itemsCount()).toBe(count)
  })

  test('a file that was never accepted cannot be used', async () => {
    const count = await itemsCount()
    const res = await callAdmin(cb, 'save', { kind: 'article', body: { ...bodyOf(makeArticle()), cover: 'cloud://local.bucket/content/someone/image-0123456789abcdef01234567.png' } }, suite.crew.editor)
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ ok: false, error: { fields: { 'body.cover': expect.any(String) } } })
    expect(await itemsCount()).toBe(count)
  })

  test('an accepted image in a block and as the cover is saved and published as such', async () => {
    const fileID = await acceptedImage(cb, suite.crew.editor)
    const body = { ...bodyOf(makeArticle()), cover: fileID }
    body.blocks.push({ type: 'image', fileID, caption: '活动现场', alt: '职工在活动现场合影' })
    const saved = data(await callAdmin(cb, 'save', { kind: 'article', body }, suite.crew.editor))
    expect((await storedItem(cb, saved.id))!.body).toEqual(body)
  })
})

describe('uploads', () => {
  test('a declared size over the cap → 413 in Chinese', async () => {
    const image = await callAdmin(cb, 'prepareUpload', { purpose: 'image', contentType: 'image/png', size: 600 * 1024 }, suite.crew.editor)
    expect(image.status).toBe(413)
    expect(image.body).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining('500 KB') } })
    const attachment = await callAdmin(cb, 'prepareUpload', { purpose: 'attachment', contentType: 'application/pdf', size: 21 * 1024 * 1024 }, suite.crew.editor)
    expect(attachment.status).toBe(413)
    expect(attachment.body).toMatchObject({ ok: false, error: { message: expect.stringContaining('20 MB') } })
  })

  test('a type that is not offered for the purpose → 400', async () => {
    const res = await callAdmin(cb, 'prepareUpload', { purpose: 'image', contentType: 'application/pdf', size: 100 }, suite.crew.editor)
    expect(res.status).toBe(400)
  })

  test('bytes larger than declared are caught after the upload (413) and deleted', async () => {
    const big = Buffer.concat([PNG_BYTES, Buffer.alloc(520 * 1024)])
    const { cloudPath } = data(await callAdmin(cb, 'prepareUpload', { purpose: 'image', contentType: 'image/png', size: 1000 }, suite.crew.editor))
    const put = await fetch(`${cb.url}/__storage/client/${cloudPath}`, { method: 'PUT', headers: { 'x-wx-openid': suite.crew.editor }, body: new Uint8Array(big) })
    const fileID = ((await put.json()) as { data: { fileID: string } }).data.fileID
    const res = await callAdmin(cb, 'confirmUpload', { fileID }, suite.crew.editor)
    expect(res.status).toBe(413)
    expect((await callAdmin(cb, 'confirmUpload', { fileID }, suite.crew.editor)).status).toBe(400) // gone
  })

  test('a text file named .png is refused by its bytes and deleted', async () => {
    const fileID = await upload(cb, suite.crew.editor, 'image', 'image/png', Buffer.from('<html>not a picture</html>'))
    const res = await callAdmin(cb, 'confirmUpload', { fileID }, suite.crew.editor)
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ ok: false, error: { code: 'FILE_TYPE_REFUSED', message: expect.stringContaining('JPG') } })
    expect((await callAdmin(cb, 'confirmUpload', { fileID }, suite.crew.editor)).body).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } })
  })

  test('a PDF uploaded as a .png image is refused: the bytes decide', async () => {
    const fileID = await upload(cb, suite.crew.editor, 'image', 'image/png', PDF_BYTES)
    expect((await callAdmin(cb, 'confirmUpload', { fileID }, suite.crew.editor)).status).toBe(400)
  })

  test('jpg, webp, gif images and pdf, docx, xlsx attachments are accepted by their bytes', async () => {
    const docx = new JSZip()
    docx.file('[Content_Types].xml', '<Types/>')
    docx.file('word/document.xml', '<w:document/>')
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('表').addRow(['姓名'])
    const samples: [string, 'image' | 'attachment', Buffer][] = [
      ['image/jpeg', 'image', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46])],
      ['image/webp', 'image', Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')])],
      ['image/gif', 'image', Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1')],
      ['application/pdf', 'attachment', PDF_BYTES],
      ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'attachment', await docx.generateAsync({ type: 'nodebuffer' })],
      ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'attachment', Buffer.from(await workbook.xlsx.writeBuffer())]
    ]
    for (const [type, purpose, bytes] of samples) {
      const fileID = await upload(cb, suite.crew.editor, purpose, type, bytes)
      const res = await callAdmin(cb, 'confirmUpload', { fileID }, suite.crew.editor)
      expect({ type, status: res.status }).toEqual({ type, status: 200 })
      expect(data(res).contentType).toBe(type)
    }
  })

  test('a Word file named .xlsx is refused', async () => {
    const docx = new JSZip()
    docx.file('[Content_Types].xml', '<Types/>')
    docx.file('word/document.xml', '<w:document/>')
    const fileID = await upload(cb, suite.crew.editor, 'attachment', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', await docx.generateAsync({ type: 'nodebuffer' }))
    expect((await callAdmin(cb, 'confirmUpload', { fileID }, suite.crew.editor)).status).toBe(400)
  })

  test('someone else’s upload is not found', async () => {
    const fileID = await upload(cb, suite.crew.editor, 'image', 'image/png', PNG_BYTES)
    expect((await callAdmin(cb, 'confirmUpload', { fileID }, suite.crew.editor2)).body).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } })
  })
})

describe('pasted import', () => {
  test('a page from the union’s site becomes blocks to check', async () => {
    const text = [
      '福田区总工会',
      '你的当前位置: 首页 > 工会动态',
      '福田区总工会开展送清凉活动',
      '日期:2026-07-12 10:01 来源:福田区总工会',
      '7月12日，福田区总工会到建筑工地开展送清凉活动。',
      '图片1.jpeg',
      '▲活动现场',
      '活动为一线职工送去防暑物资。',
      '分享到:'
    ].join('\n')
    const res = data(await callAdmin(cb, 'importPasted', { text }, suite.crew.editor))
    expect(res.title).toBe('福田区总工会开展送清凉活动')
    expect(res.blocks[0]).toEqual({ type: 'paragraph', text: '7月12日，福田区总工会到建筑工地开展送清凉活动。' })
    expect(res.warnings.some((w) => w.includes('重新上传'))).toBe(true)
  })

  test('a page without a date opens with the date empty, and says so', async () => {
    const text = ['福田区总工会', '首页 > 通知公告', '关于开展职工书屋借阅活动的通知', '各基层工会：', '现将职工书屋借阅活动有关事项通知如下。'].join('\n')
    const res = data(await callAdmin(cb, 'importPasted', { text }, suite.crew.editor))
    expect(res.dateMissing).toBe(true)
    expect(res.publishedAt).toBeUndefined()
    expect(res.warnings).toContain('找不到发布日期，请填写发布日期')
  })

  test('text that is not a page → 400 with the reason', async () => {
    const res = await callAdmin(cb, 'importPasted', { text: '甲\u0000乙' }, suite.crew.editor)
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ ok: false, error: { message: expect.stringContaining('无法识别') } })
  })
})
