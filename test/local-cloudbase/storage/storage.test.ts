// Cloud storage through the real SDK (uploadFile, getTempFileURL, downloadFile, deleteFile), the
// signed URLs it hands out, and the H5 client upload path with its owner rule.
import { startTestCloudbase, type TestCloudbase } from '../../helpers/local-cloudbase'

let cb: TestCloudbase
beforeAll(async () => {
  cb = await startTestCloudbase()
})
afterAll(() => cb.stop())

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')

test('upload, temporary URL, download and delete, all through the SDK', async () => {
  const { fileID } = await cb.sdk.uploadFile({ cloudPath: 'proofs/worker-a/enrolment.png', fileContent: PNG })
  expect(fileID).toBe('cloud://futian-local.local-bucket/proofs/worker-a/enrolment.png')

  const { fileList } = await cb.sdk.getTempFileURL({ fileList: [fileID] })
  expect(fileList[0]).toMatchObject({ code: 'SUCCESS', fileID })
  const viaUrl = await fetch(fileList[0].tempFileURL)
  expect(viaUrl.headers.get('content-type')).toBe('image/png')
  expect(Buffer.from(await viaUrl.arrayBuffer())).toEqual(PNG)

  const { fileContent } = await cb.sdk.downloadFile({ fileID })
  expect(Buffer.from(fileContent as Buffer)).toEqual(PNG)

  const removed = await cb.sdk.deleteFile({ fileList: [fileID] })
  expect(removed.fileList[0]).toMatchObject({ fileID, code: 'SUCCESS' })
  const after = await cb.sdk.getTempFileURL({ fileList: [fileID] })
  expect(after.fileList[0].code).toBe('STORAGE_FILE_NONEXIST')
})

test('a temporary URL is bound to its file and expires', async () => {
  await cb.sdk.uploadFile({ cloudPath: 'a/one.txt', fileContent: Buffer.from('一') })
  const { fileList } = await cb.sdk.getTempFileURL({ fileList: [{ fileID: 'cloud://futian-local.local-bucket/a/one.txt', maxAge: 60 }] })
  const url = new URL(fileList[0].tempFileURL)
  const forged = new URL(url)
  forged.pathname = forged.pathname.replace('one.txt', 'two.txt')
  expect((await fetch(forged)).status).toBe(403)
  const expired = new URL(url)
  expired.searchParams.set('expires', String(Date.now() - 1000))
  expect((await fetch(expired)).status).toBe(403)
})

test('an unsigned PUT is refused the way COS refuses it', async () => {
  const res = await fetch(`${cb.url}/__storage/put/evil.txt?expires=${Date.now() + 60000}`, { method: 'PUT', body: 'x', headers: { authorization: 'nope' } })
  expect(res.status).toBe(403)
  expect(await res.text()).toContain('<Code>SignatureDoesNotMatch</Code>')
})

test('H5 client uploads need an openid, record the owner, and cannot overwrite another user’s file', async () => {
  const put = (openid: string | undefined, body: string) =>
    fetch(`${cb.url}/__storage/client/uploads/x/receipt.pdf`, { method: 'PUT', body, headers: { 'content-type': 'application/pdf', ...(openid ? { 'x-wx-openid': openid } : {}) } })
  expect((await put(undefined, '%PDF')).status).toBe(401)
  const mine = await put('worker-a', '%PDF-1.4')
  expect(await mine.json()).toEqual({ ok: true, data: { fileID: 'cloud://futian-local.local-bucket/uploads/x/receipt.pdf' } })
  expect(cb.local.files.stat('cloud://futian-local.local-bucket/uploads/x/receipt.pdf')).toMatchObject({ owner: 'worker-a', size: 8, contentType: 'application/pdf' })
  expect((await put('worker-b', 'overwrite')).status).toBe(403)
})

test('paths that escape the storage folder are refused', async () => {
  await expect(cb.sdk.uploadFile({ cloudPath: '../outside.txt', fileContent: Buffer.from('x') })).rejects.toBeTruthy()
  const res = await fetch(`${cb.url}/__storage/client/a/..%2F..%2Fx.txt`, { method: 'PUT', body: 'x', headers: { 'x-wx-openid': 'worker-a' } })
  expect(res.status).toBe(400)
})
