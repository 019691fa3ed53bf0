// Where a share card's 5:4 is cut from a picture of another shape (kept apart from the canvas code
// so it is tested in Node).

/** The largest 5:4 rectangle in the middle of a `width` × `height` picture. */
export function shareCardCrop(width: number, height: number): { x: number; y: number; width: number; height: number } {
  if (width * 4 > height * 5) {
    const w = Math.round((height * 5) / 4)
    return { x: Math.floor((width - w) / 2), y: 0, width: w, height }
  }
  const h = Math.round((width * 4) / 5)
  return { x: 0, y: Math.floor((height - h) / 2), width, height: h }
}
