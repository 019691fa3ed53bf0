// The share card's picture (src/features/news/share-image.ts): the article's cover, else the picture a
// publisher gave its channel, else the channel's packaged picture (a default one for other channels).
import { shareImageOf } from '../../../src/features/news/share-image'

test('a cover wins, then the channel’s own picture, then the packaged one', () => {
  expect(shareImageOf({ channel: '通知公告', cover: 'https://x/cover.jpg', channelShareImage: 'https://x/share.jpg' })).toBe('https://x/cover.jpg')
  expect(shareImageOf({ channel: '通知公告', channelShareImage: 'https://x/share.jpg' })).toBe('https://x/share.jpg')
  expect(shareImageOf({ channel: '通知公告' })).toBe('/assets/share/tzgg.png')
  expect(shareImageOf({ channel: '新栏目' })).toBe('/assets/share/default.png')
})
