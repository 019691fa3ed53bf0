// Pictures and attachments copied into cloud storage (importer, 公众号 sync) are stored as
// cloud:// file IDs; getArticle hands the app download URLs for them, which serve the bytes.
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'
import { callContent, data, storeArticles } from './content-kit'

let cb: TestCloudbase
beforeAll(async () => {
  cb = await startTestCloudbase()
})
afterAll(() => cb.stop())

test('getArticle turns stored file IDs into download URLs and leaves other addresses alone', async () => {
  const picture = Buffer.from('picture bytes')
  const file = Buffer.from('%PDF-1.4 attachment')
  const { fileID: pictureId } = (await cb.sdk.uploadFile({ cloudPath: 'imports/t/picture.png', fileContent: picture })) as { fileID: string }
  const { fileID: fileId } = (await cb.sdk.uploadFile({ cloudPath: 'imports/t/report.pdf', fileContent: file })) as { fileID: string }
  const [stored] = await storeArticles(cb, [
    {
      blocks: [{ type: 'paragraph', text: '正文。' }, { type: 'image', src: pictureId, caption: '活动现场' }, { type: 'image', caption: '占位图' }],
      attachments: [{ name: '工作报告.pdf', url: fileId }, { name: '外链.pdf', url: 'https://example.org/a.pdf' }],
    },
  ])
  const detail = data(await callContent(cb, 'getArticle', { id: stored.id }))
  const image = detail.blocks[1] as { src: string }
  expect(image.src).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//)
  expect(Buffer.from(await (await fetch(image.src)).arrayBuffer()).equals(picture)).toBe(true)
  expect(detail.blocks[2]).toEqual({ type: 'image', caption: '占位图' })
  expect(Buffer.from(await (await fetch(detail.attachments[0].url)).arrayBuffer()).equals(file)).toBe(true)
  expect(detail.attachments[1]).toEqual({ name: '外链.pdf', url: 'https://example.org/a.pdf' })
})
