// toCloudError (src/lib/cloud.ts) decides what text a caught error shows a person: a CloudError as
// it is, the app's own Chinese-worded checks with their text, and anything else (a TypeError, an
// English platform message) as the table's INTERNAL text, so internals never reach the screen.
import { CloudError, toCloudError } from '../../src/lib/cloud-error'
import { ERRORS } from '../../contracts/errors'

describe('toCloudError', () => {
  it('returns a CloudError unchanged', () => {
    const original = new CloudError('FORBIDDEN', '您没有权限进行此操作')
    expect(toCloudError(original)).toBe(original)
  })

  it("keeps the text of the app's own Chinese-worded Error, as an input problem", () => {
    const shown = toCloudError(new Error('图片太大，请选择 10 MB 以内的图片'))
    expect(shown.message).toBe('图片太大，请选择 10 MB 以内的图片')
    expect(shown.code).toBe('INVALID_INPUT')
  })

  it.each([
    ['a TypeError', new TypeError("Cannot read properties of undefined (reading 'x')")],
    ['an English platform error', new Error('chooseImage:fail internal error')],
    ['a thrown string', '图片太大'],
    ['a WeChat errMsg object', { errMsg: 'cropImage:fail' }]
  ])('shows the table’s INTERNAL text for %s', (_label, thrown) => {
    const shown = toCloudError(thrown)
    expect(shown.code).toBe('INTERNAL')
    expect(shown.message).toBe(ERRORS.INTERNAL.message)
  })
})
