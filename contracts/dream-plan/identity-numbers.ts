// Checks and masks for the numbers a 圆梦计划 application carries: 居民身份证号码 (GB 11643-1999),
// 统一社会信用代码 (GB 32100-2015), bank card numbers (Luhn) and mobile numbers. Pure and zod-free,
// so the form checks as the worker types and the function checks again with the same code.

/** A check's verdict: null when valid, else the Chinese reason to show beside the field. */
export type CheckResult = string | null

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK_CHARS = '10X98765432'

/** The GB 11643 check character for the first 17 digits of an ID number. */
export function idCheckChar(first17: string): string {
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(first17[i]), 0)
  return ID_CHECK_CHARS[sum % 11]
}

/** 18-character 居民身份证号码: digits, a real birth date in the past, and the right check character. */
export function checkIdNumber(value: string, today = new Date()): CheckResult {
  const id = value.trim().toUpperCase()
  if (!/^\d{17}[\dX]$/.test(id)) return '身份证号应为 18 位，最后一位可以是数字或 X'
  const y = Number(id.slice(6, 10))
  const m = Number(id.slice(10, 12))
  const d = Number(id.slice(12, 14))
  const birth = new Date(Date.UTC(y, m - 1, d))
  const real = birth.getUTCFullYear() === y && birth.getUTCMonth() === m - 1 && birth.getUTCDate() === d
  if (!real || y < 1900 || birth.getTime() > today.getTime()) return '身份证号中的出生日期无效'
  if (idCheckChar(id.slice(0, 17)) !== id[17]) return '身份证号校验位不正确，请核对'
  return null
}

/** The birth date (YYYY-MM-DD) inside a valid ID number. */
export function birthDateOf(id: string): string {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`
}

const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** The GB 32100 check character for the first 17 characters of a credit code. */
export function creditCodeCheckChar(first17: string): string {
  const sum = CODE_WEIGHTS.reduce((acc, w, i) => acc + w * CODE_CHARS.indexOf(first17[i]), 0)
  return CODE_CHARS[(31 - (sum % 31)) % 31]
}

/** 18-character 统一社会信用代码 with the right check character (letters I, O, Z, S, V never occur). */
export function checkCreditCode(value: string): CheckResult {
  const code = value.trim().toUpperCase()
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return '统一社会信用代码应为 18 位数字或大写字母（不含 I、O、Z、S、V）'
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return '统一社会信用代码校验位不正确，请核对'
  return null
}

/** The Luhn check digit that completes `body` (the card number without its last digit). */
export function luhnCheckDigit(body: string): string {
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    let n = Number(body[body.length - 1 - i])
    if (i % 2 === 0) {
      n *= 2
      if (n > 9) n -= 9
    }
    sum += n
  }
  return String((10 - (sum % 10)) % 10)
}

/** Bank card number: 12–19 digits passing the Luhn check (spaces allowed while typing). */
export function checkCardNumber(value: string): CheckResult {
  const digits = value.replace(/\s+/g, '')
  if (!/^\d{12,19}$/.test(digits)) return '银行卡号应为 12–19 位数字'
  return luhnCheckDigit(digits.slice(0, -1)) === digits[digits.length - 1] ? null : '银行卡号有误，请核对'
}

/** Mainland mobile number: 11 digits starting 13–19. */
export function checkMobile(value: string): CheckResult {
  return /^1[3-9]\d{9}$/.test(value.trim()) ? null : '手机号应为 11 位数字'
}

/** 4403**********1234: the region and the last four stay, the rest is hidden. */
export function maskIdNumber(id: string): string {
  return id.length < 8 ? '*'.repeat(id.length) : `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`
}

/** 6222 **** **** 1234 style: only the last four digits stay. */
export function maskCardNumber(card: string): string {
  const digits = card.replace(/\s+/g, '')
  return digits.length < 4 ? '*'.repeat(digits.length) : `**** **** **** ${digits.slice(-4)}`
}

/** 138****1234 */
export function maskMobile(mobile: string): string {
  return mobile.length === 11 ? `${mobile.slice(0, 3)}****${mobile.slice(7)}` : '*'.repeat(mobile.length)
}

/** 张*三 / 李* : the family name and, for longer names, the last character stay. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim())
  if (chars.length <= 1) return chars.join('')
  if (chars.length === 2) return `${chars[0]}*`
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`
}
