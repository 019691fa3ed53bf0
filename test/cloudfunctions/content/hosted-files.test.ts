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

test("an article without a cover carries its channel's share picture, as a URL; one with a cover does not", async () => {
  const picture = Buffer.from('channel share picture')
  const { fileID: shareImage } = (await cb.sdk.uploadFile({ cloudPath: 'content/share/tzgg.jpg', fileContent: picture })) as { fileID: string }
  await cb.sdk.database().collection('channels').doc('通知公告').set({ name: '通知公告', order: 20, articleCount: 2, shareImage })
  const [bare, covered, elsewhere] = await storeArticles(cb, [{ channel: '通知公告' }, { channel: '通知公告', cover: 'https://example.org/cover.jpg' }, { channel: '工会动态' }])

  const bareDetail = data(await callContent(cb, 'getArticle', { id: bare.id }))
  expect(bareDetail.channelShareImage).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//)
  expect(Buffer.from(await (await fetch(bareDetail.channelShareImage!)).arrayBuffer()).equals(picture)).toBe(true)

  const coveredDetail = data(await callContent(cb, 'getArticle', { id: covered.id }))
  expect(coveredDetail.cover).toBe('https://example.org/cover.jpg')
  expect(coveredDetail).not.toHaveProperty('channelShareImage')
  // A channel without a picture of its own (or without a row): the app falls back to its packaged one.
  expect(data(await callContent(cb, 'getArticle', { id: elsewhere.id }))).not.toHaveProperty('channelShareImage')
})
