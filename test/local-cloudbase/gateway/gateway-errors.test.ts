// test/local-cloudbase/gateway: the local gateway keeps its own copy of the errors it answers (it imports no product code); the
// product's app reads the same codes, statuses and messages from contracts/errors. Equal, or this fails.
import { ERRORS, statusOf } from '../../../contracts/errors'
import { defaultStatusOf, GATEWAY_ERRORS, isEnvelope } from '../../../local-cloudbase/gateway/gateway-errors'
import { isEnvelope as productIsEnvelope } from '../../../contracts/envelope'

test('every gateway error is the product error of the same code', () => {
  for (const [code, entry] of Object.entries(GATEWAY_ERRORS)) {
    expect({ code, ...entry }).toEqual({ code, ...(ERRORS as Record<string, { status: number; message: string }>)[code] })
  }
})

test('without the product table, gateway codes keep their status and other refusals are 400', () => {
  expect(defaultStatusOf('FUNCTION_TIMEOUT')).toBe(504)
  expect(defaultStatusOf('SOMETHING_THE_FUNCTION_SAID')).toBe(400)
  expect(statusOf('FUNCTION_TIMEOUT')).toBe(defaultStatusOf('FUNCTION_TIMEOUT'))
})

test('the gateway tells envelopes apart as the product does', () => {
  const samples = [{ ok: true, data: 1 }, { ok: true }, { ok: false, error: { code: 'X', message: 'y' } }, { ok: false, error: { code: 1 } }, null, 'ok', []]
  for (const s of samples) expect(isEnvelope(s)).toBe(productIsEnvelope(s))
})
