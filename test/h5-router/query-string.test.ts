// src/h5-router/query-string.ts stands in for the `query-string` package inside Taro's H5 router,
// which calls `parse(search, { decode: false })` to hand a page its query. Whatever the address
// bar holds, the stand-in must give what the package gives: the same keys, in the same order, with
// the same values.
import fc from 'fast-check'
import queryString from 'query-string'
import { parse } from '@/h5-router/query-string'

/** What the package gives, as plain data: keys in order, with their values. */
function packageParse(search: string) {
  return Object.entries(queryString.parse(search, { decode: false }))
}

function standInParse(search: string) {
  return Object.entries(parse(search, { decode: false }))
}

test.each([
  // The app's own addresses: an article, a shared card with its source, a search, a service.
  'id=8f2c1a',
  'id=8f2c1a&from=share',
  '?id=8f2c1a&from=share',
  'q=%E5%B7%A5%E4%BC%9A%E5%8A%A8%E6%80%81&channel=notices',
  'id=svc-legal-aid',
  // What a hand-edited or mangled address can hold.
  'a=1&a=2&b',
  'z=1&a=2&m',
  'a=1&a&a=3',
  '&&a=1&&b=2&',
  '=x',
  'a==b',
  '  a=1  ',
  '#a=1',
  '&a=1',
  'a+b=c+d',
  'a=%ZZ',
  '__proto__=1&constructor=2',
  '',
  '?',
  '&&&'
])('%j parses as the package parses it', (search) => {
  expect(standInParse(search)).toEqual(packageParse(search))
})

test('any query parses as the package parses it', () => {
  const part = fc.stringMatching(/^[a-z=&?#+% _]{0,6}$/)
  fc.assert(
    fc.property(fc.array(part, { maxLength: 8 }), (parts) => {
      const search = parts.join('')
      expect(standInParse(search)).toEqual(packageParse(search))
    }),
    { numRuns: 2000 }
  )
})

test('the result has no prototype, as the package gives it (a "__proto__" key is a key)', () => {
  const result = parse('__proto__=1', { decode: false })
  expect(Object.getPrototypeOf(result)).toBeNull()
  expect(result.__proto__).toBe('1')
})
