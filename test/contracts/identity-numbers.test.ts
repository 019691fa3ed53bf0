// The number checks of a 圆梦计划 application, against published examples and by property: the
// right check character passes, every other one fails.
import fc from 'fast-check'
import {
  checkCardNumber,
  checkCreditCode,
  checkIdNumber,
  checkMobile,
  creditCodeCheckChar,
  idCheckChar,
  maskCardNumber,
  maskIdNumber,
  maskMobile,
  maskName
} from '../../contracts/dream-plan/identity-numbers'

describe('居民身份证号码 (GB 11643)', () => {
  test.each(['11010519491231002X', '11010519491231002x'])('the standard’s example %s is valid', (id) => {
    expect(checkIdNumber(id)).toBeNull()
  })

  test.each([
    ['11010519491231002', '应为 18 位'],
    ['1101051949123100AX', '应为 18 位'],
    ['110105194912310021', '校验位不正确'],
    ['110105194902300021', '出生日期无效'], // 30 February
    ['440524188001010014', '出生日期无效'], // the standard's other example: born 1880, too old to apply
    ['110105209912310021', '出生日期无效'] // in the future
  ])('%s is refused (%s)', (id, reason) => {
    expect(checkIdNumber(id, new Date('2026-11-25'))).toContain(reason)
  })

  test('boundary dates: born today is valid, born tomorrow is not', () => {
    const today = new Date('2026-11-25T00:00:00Z')
    const make = (date: string) => {
      const first17 = `440304${date}123`
      return first17 + idCheckChar(first17)
    }
    expect(checkIdNumber(make('20261125'), today)).toBeNull()
    expect(checkIdNumber(make('20261126'), today)).toContain('出生日期无效')
    expect(checkIdNumber(make('20240229'), today)).toBeNull() // a leap day
    expect(checkIdNumber(make('20230229'), today)).toContain('出生日期无效')
  })

  test('for any real birth date, only the computed check character passes', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1930-01-01'), max: new Date('2008-12-31'), noInvalidDate: true }), fc.stringMatching(/^\d{6}$/), fc.stringMatching(/^\d{3}$/), (birth, region, seq) => {
        const first17 = `${region}${birth.toISOString().slice(0, 10).replace(/-/g, '')}${seq}`
        const right = idCheckChar(first17)
        expect(checkIdNumber(first17 + right)).toBeNull()
        for (const wrong of '0123456789X'.replace(right, '')) expect(checkIdNumber(first17 + wrong)).not.toBeNull()
      })
    )
  })
})

describe('统一社会信用代码 (GB 32100)', () => {
  test('a published example is valid, lower case too', () => {
    expect(checkCreditCode('91350100M000100Y43')).toBeNull()
    expect(checkCreditCode('91350100m000100y43')).toBeNull()
  })

  test.each([
    ['91350100M000100Y44', '校验位不正确'],
    ['91350100M000100Y4', '应为 18 位'],
    ['91350100I000100Y43', '不含 I、O、Z、S、V']
  ])('%s is refused', (code, reason) => {
    expect(checkCreditCode(code)).toContain(reason)
  })

  test('only the computed check character passes', () => {
    const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY'
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { minLength: 17, maxLength: 17 }), (arr) => {
        const first17 = arr.join('')
        const right = creditCodeCheckChar(first17)
        expect(checkCreditCode(first17 + right)).toBeNull()
        expect(checkCreditCode(first17 + (right === '0' ? '1' : '0'))).not.toBeNull()
      })
    )
  })
})

describe('bank card numbers (Luhn)', () => {
  test('known-good numbers pass, with or without spaces', () => {
    expect(checkCardNumber('4111111111111111')).toBeNull()
    expect(checkCardNumber('4111 1111 1111 1111')).toBeNull()
    expect(checkCardNumber('79927398713')).toContain('12–19 位') // valid Luhn, too short for a card
  })

  test('changing any one digit breaks the check', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const digits = '4111111111111111'.split('')
        digits[pos] = String((Number(digits[pos]) + delta) % 10)
        expect(checkCardNumber(digits.join(''))).toBe('银行卡号有误，请核对')
      })
    )
  })
})

test('mobile numbers', () => {
  expect(checkMobile('13800138000')).toBeNull()
  expect(checkMobile('12800138000')).not.toBeNull()
  expect(checkMobile('1380013800')).not.toBeNull()
})

test('masks keep only what a person needs to recognise their own data', () => {
  expect(maskIdNumber('440304199001011234')).toBe('4403**********1234')
  expect(maskCardNumber('6222 0212 3456 7890 123')).toBe('**** **** **** 0123')
  expect(maskMobile('13800138000')).toBe('138****8000')
  expect([maskName('张三'), maskName('张小三'), maskName('欧阳小明')]).toEqual(['张*', '张*三', '欧**明'])
})
