// The 5:4 cut of a share card's cover: the largest 5:4 rectangle in the middle of the picture.
import { shareCardCrop } from '../../../src/features/content-admin/share-card-crop'

test.each([
  // [width, height] → the rectangle kept
  [1600, 900, { x: 237, y: 0, width: 1125, height: 900 }],
  [900, 1600, { x: 0, y: 440, width: 900, height: 720 }],
  [1000, 800, { x: 0, y: 0, width: 1000, height: 800 }],
  [1001, 800, { x: 0, y: 0, width: 1000, height: 800 }],
  [1, 1, { x: 0, y: 0, width: 1, height: 1 }]
])('a %i × %i picture keeps %o', (width, height, kept) => {
  const crop = shareCardCrop(width, height)
  expect(crop).toEqual(kept)
  // Inside the picture, and 5:4 to the pixel (rounding aside).
  expect(crop.x + crop.width).toBeLessThanOrEqual(width)
  expect(crop.y + crop.height).toBeLessThanOrEqual(height)
  if (width > 4) expect(Math.abs(crop.width * 4 - crop.height * 5)).toBeLessThanOrEqual(5)
})
