// Field-level protection for personal numbers at rest: AES-256-GCM with a random IV per value, and a
// keyed hash (HMAC-SHA256) for uniqueness and lookups. Both keys are derived (HKDF-SHA256) from one
// 32-byte secret that lives only in the function's environment, so a database copy alone reveals
// neither the numbers nor, by hashing guesses, which numbers they are (an ID number has too few
// possible values for a plain hash to hide it).
// https://nodejs.org/api/crypto.html#class-cipheriv (GCM: 12-byte IV, 16-byte tag)
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto'

/** The secret is missing or malformed: a deployment fault. The message names no data. */
export class DataKeyError extends Error {
  override name = 'DataKeyError'
}

/** A sealed value could not be opened: wrong key, wrong field, or tampered. */
export class SealError extends Error {
  override name = 'SealError'
}

/** What a function does with personal numbers. `field` binds a value to its place (as AES-GCM
 * associated data, and as the hash's domain), so one field's ciphertext or hash never passes for another's. */
export interface FieldCrypto {
  /** `v1.<iv>.<ciphertext>.<tag>`, base64url: compact, and fresh for every call. */
  seal(plain: string, field: string): string
  open(sealed: string, field: string): string
  /** Deterministic for (field, value) under one secret; base64url of HMAC-SHA256. */
  keyedHash(value: string, field: string): string
}

const FORMAT = 'v1'
const STRICT_BASE64_32 = /^[A-Za-z0-9+/]{43}=$/

/** Reads a base64 32-byte secret (as `{{env.X}}` resolves it), or throws DataKeyError. */
export function parseSecret(value: string | undefined, name: string): Buffer {
  const text = (value ?? '').trim()
  if (!text) throw new DataKeyError(`${name} is not set`)
  if (!STRICT_BASE64_32.test(text)) throw new DataKeyError(`${name} must be 32 bytes in base64`)
  return Buffer.from(text, 'base64')
}

/** The crypto for one secret. */
export function fieldCrypto(secret: Buffer): FieldCrypto {
  if (secret.length !== 32) throw new DataKeyError('the data key must be 32 bytes')
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), info, 32))
  const encKey = derive('futian/field-crypto/aes-256-gcm/v1')
  const macKey = derive('futian/field-crypto/hmac-sha256/v1')

  return {
    seal(plain, field) {
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', encKey, iv)
      cipher.setAAD(Buffer.from(field, 'utf8'))
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
      return [FORMAT, iv.toString('base64url'), body.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.')
    },
    open(sealed, field) {
      const parts = typeof sealed === 'string' ? sealed.split('.') : []
      if (parts.length !== 4 || parts[0] !== FORMAT) throw new SealError('not a sealed value')
      const [, iv, body, tag] = parts.map((p) => Buffer.from(p, 'base64url'))
      if (iv.length !== 12 || tag.length !== 16) throw new SealError('not a sealed value')
      try {
        const decipher = createDecipheriv('aes-256-gcm', encKey, iv)
        decipher.setAAD(Buffer.from(field, 'utf8'))
        decipher.setAuthTag(tag)
        return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8')
      } catch {
        throw new SealError('sealed value does not open with this key and field')
      }
    },
    keyedHash(value, field) {
      return createHmac('sha256', macKey).update(field).update('\u0000').update(value).digest('base64url')
    }
  }
}
