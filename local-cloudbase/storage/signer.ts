// Short-lived signatures for the upload and download URLs the local storage hands out, standing in
// for COS's signed URLs: a URL works for its one path until it expires, and for nothing else.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export class UrlSigner {
  private readonly secret = randomBytes(32)

  /** A signature over (purpose, path, expiry). */
  sign(purpose: 'put' | 'get', cloudPath: string, expiresAt: number): string {
    return createHmac('sha256', this.secret).update(`${purpose}\n${cloudPath}\n${expiresAt}`).digest('base64url')
  }

  /** True when `signature` is ours for these values and has not expired. */
  verify(purpose: 'put' | 'get', cloudPath: string, expiresAt: number, signature: string, now = Date.now()): boolean {
    if (!Number.isFinite(expiresAt) || expiresAt < now) return false
    const expected = Buffer.from(this.sign(purpose, cloudPath, expiresAt))
    const given = Buffer.from(signature)
    return expected.length === given.length && timingSafeEqual(expected, given)
  }
}
