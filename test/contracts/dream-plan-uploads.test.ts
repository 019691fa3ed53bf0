// The upload path convention of 圆梦计划 materials, and the check the function applies to a fileID.
import fc from 'fast-check'
import { MATERIAL_KINDS, MATERIAL_TYPES } from '../../contracts/dream-plan/policy'
import { checkMaterialFileId, cloudPathOf, materialCloudPath, parseMaterialPath } from '../../contracts/dream-plan/uploads'

const OPENID = 'oAbC-12_xyz'
const fileId = (path: string) => `cloud://futian-local.local-bucket/${path}`

test('a path made by the convention parses back, and its fileID passes for its owner, year, slot and type', () => {
  fc.assert(
    fc.property(
      fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
      fc.integer({ min: 2020, max: 2100 }),
      fc.constantFrom(...MATERIAL_KINDS),
      fc.constantFrom(...MATERIAL_TYPES),
      fc.stringMatching(/^[A-Za-z0-9]{16,40}$/),
      (openid, year, kind, contentType, random) => {
        const path = materialCloudPath({ openid, year, kind, contentType, random })
        expect(path.startsWith(`dream-plan/${openid}/${year}/${kind}-`)).toBe(true)
        expect(parseMaterialPath(path)).toMatchObject({ openid, year, kind, random })
        expect(checkMaterialFileId(fileId(path), { openid, year, kind, contentType })).toBeNull()
      }
    )
  )
})

test('another owner, year, slot or type is refused; another owner reads as "not found"', () => {
  const path = materialCloudPath({ openid: OPENID, year: 2026, kind: 'enrolmentProof', contentType: 'image/png', random: 'a'.repeat(24) })
  const id = fileId(path)
  expect(checkMaterialFileId(id, { openid: 'o-someone-else', year: 2026, kind: 'enrolmentProof', contentType: 'image/png' })).toBe('文件不存在，请重新上传')
  expect(checkMaterialFileId(id, { openid: OPENID, year: 2027, kind: 'enrolmentProof', contentType: 'image/png' })).toContain('不符')
  expect(checkMaterialFileId(id, { openid: OPENID, year: 2026, kind: 'tuitionReceipt', contentType: 'image/png' })).toContain('不符')
  expect(checkMaterialFileId(id, { openid: OPENID, year: 2026, kind: 'enrolmentProof', contentType: 'application/pdf' })).toContain('类型')
})

test.each([
  'https://example.com/dream-plan/x/2026/enrolmentProof-aaaaaaaaaaaaaaaa.png',
  'cloud://env/dream-plan/oAbC-12_xyz/2026/enrolmentProof-aaaaaaaaaaaaaaaa.png/../x.png',
  'cloud://env/dream-plan/oAbC-12_xyz/../2026/enrolmentProof-aaaaaaaaaaaaaaaa.png',
  'cloud://env/dream-plan/oAbC-12_xyz/2026/enrolmentProof-short.png',
  'cloud://env/dream-plan/oAbC-12_xyz/2026/idCard-aaaaaaaaaaaaaaaa.png',
  'cloud://env/dream-plan/oAbC-12_xyz/2026/enrolmentProof-aaaaaaaaaaaaaaaa.exe',
  'cloud://env/uploads/oAbC-12_xyz/2026/enrolmentProof-aaaaaaaaaaaaaaaa.png',
  'cloud://env/',
  ''
])('%j does not follow the convention', (id) => {
  expect(checkMaterialFileId(id, { openid: OPENID, year: 2026, kind: 'enrolmentProof', contentType: 'image/png' })).not.toBeNull()
})

test('the cloud path inside a fileID', () => {
  expect(cloudPathOf('cloud://futian-local.local-bucket/a/b.png')).toBe('a/b.png')
  expect(cloudPathOf('a/b.png')).toBeNull()
})

test('the path maker refuses parts that would break the convention', () => {
  expect(() => materialCloudPath({ openid: '../x', year: 2026, kind: 'enrolmentProof', contentType: 'image/png', random: 'a'.repeat(16) })).toThrow()
  expect(() => materialCloudPath({ openid: OPENID, year: 2026, kind: 'enrolmentProof', contentType: 'image/png', random: 'short' })).toThrow()
})
