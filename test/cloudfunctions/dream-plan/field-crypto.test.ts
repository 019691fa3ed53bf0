// The field crypto the dreamPlan function seals personal numbers with (cloudfunctions/_shared/
// field-crypto.ts): AES-256-GCM with a fresh IV, bound to its field; keyed hashes; the key's format.
import { randomBytes } from 'node:crypto'
import fc from 'fast-check'
import { DataKeyError, fieldCrypto, parseSecret, SealError } from '../../../cloudfunctions/_shared/field-crypto'
import { makeCardNumber, makeIdNumber } from './dream-plan-kit'

const key = () => randomBytes(32)

test('seal then open gives the value back, for any text', () => {
  const crypto = fieldCrypto(key())
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ minLength: 1, maxLength: 20 }), (value, field) => {
      expect(crypto.open(crypto.seal(value, field), field)).toBe(value)
    })
  )
})

test('a sealed value is compact, holds no trace of the number, and is fresh every time', () => {
  const crypto = fieldCrypto(key())
  const id = makeIdNumber()
  const a = crypto.seal(id, 'idNumber')
  const b = crypto.seal(id, 'idNumber')
  expect(a).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{24}\.[A-Za-z0-9_-]{22}$/)
  expect(a).not.toBe(b)
  expect(a).not.toContain(id.slice(-4))
})

test('another key cannot open it, nor can the same key under another field, nor after tampering', () => {
  const secret = key()
  const crypto = fieldCrypto(secret)
  const card = makeCardNumber()
  const sealed = crypto.seal(card, 'cardNumber')
  expect(() => fieldCrypto(key()).open(sealed, 'cardNumber')).toThrow(SealError)
  expect(() => crypto.open(sealed, 'idNumber')).toThrow(SealError)
  const [v, iv, body, tag] = sealed.split('.')
  const flipped = Buffer.from(body, 'base64url')
  flipped[0] ^= 1
  expect(() => crypto.open([v, iv, flipped.toString('base64url'), tag].join('.'), 'cardNumber')).toThrow(SealError)
  expect(() => crypto.open('not sealed', 'cardNumber')).toThrow(SealError)
  // The same secret again (a new instance) opens it.
  expect(fieldCrypto(Buffer.from(secret)).open(sealed, 'cardNumber')).toBe(card)
})

test('keyed hashes are stable for one key and field, and differ across keys and fields', () => {
  const secret = key()
  const id = makeIdNumber()
  const h = fieldCrypto(secret).keyedHash(id, 'idNumber')
  expect(fieldCrypto(secret).keyedHash(id, 'idNumber')).toBe(h)
  expect(h).toMatch(/^[A-Za-z0-9_-]{43}$/)
  expect(fieldCrypto(key()).keyedHash(id, 'idNumber')).not.toBe(h)
  expect(fieldCrypto(secret).keyedHash(id, 'cardNumber')).not.toBe(h)
  expect(fieldCrypto(secret).keyedHash(makeIdNumber(), 'idNumber')).not.toBe(h)
})

test('the secret must be 32 bytes of base64; what is wrong says so without showing it', () => {
  const good = randomBytes(32).toString('base64')
  expect(parseSecret(good, 'K')).toHaveLength(32)
  expect(parseSecret(`${good}\n`, 'K')).toHaveLength(32)
  for (const bad of [undefined, '', '   ', 'not-a-key', randomBytes(16).toString('base64'), randomBytes(33).toString('base64'), good.replace(/.$/, '!')]) {
    expect(() => parseSecret(bad, 'K')).toThrow(DataKeyError)
    try {
      parseSecret(bad, 'K')
    } catch (err) {
      if (bad && bad.trim()) expect((err as Error).message).not.toContain(bad.trim())
    }
  }
  expect(() => fieldCrypto(randomBytes(31))).toThrow(DataKeyError)
})
