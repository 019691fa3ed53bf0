// HTTP side of the local storage: the signed PUT the SDK uploads to (answering like COS: empty body
// on success, an XML <Error> otherwise), signed GETs for temporary URLs, and the upload path the
// H5 app uses where the mini-program would call `wx.cloud.uploadFile` (owner = the caller's openid).
import type { FastifyInstance, FastifyReply } from 'fastify'
import { replyError } from '../gateway/api-routes'
import { isValidCloudPath, type FileStore } from './file-store'
import { STORAGE_PREFIX } from './service'
import type { UrlSigner } from './signer'

/** Largest file the local storage accepts in one upload. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024
const OPENID = /^[A-Za-z0-9_-]{1,64}$/

function cosError(reply: FastifyReply, status: number, code: string, message: string) {
  return reply
    .code(status)
    .type('application/xml')
    .send(`<?xml version='1.0' encoding='utf-8' ?>\n<Error>\n  <Code>${code}</Code>\n  <Message>${message}</Message>\n</Error>`)
}

export async function registerStorageRoutes(app: FastifyInstance, files: FileStore, signer: UrlSigner): Promise<void> {
  await app.register(async (scope) => {
    // Uploads are raw bytes of any type (or none): take them as a Buffer.
    scope.removeAllContentTypeParsers()
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES }, (_req, body, done) => done(null, body))

    scope.put<{ Params: { '*': string }; Querystring: { expires?: string } }>(`${STORAGE_PREFIX}/put/*`, async (req, reply) => {
      const cloudPath = decodeURIComponent(req.params['*'])
      const signature = String(req.headers.authorization ?? '')
      if (!isValidCloudPath(cloudPath) || !signer.verify('put', cloudPath, Number(req.query.expires), signature)) {
        return cosError(reply, 403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.')
      }
      files.put(cloudPath, Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0), '')
      return reply.code(200).send('')
    })

    scope.put<{ Params: { '*': string } }>(`${STORAGE_PREFIX}/client/*`, async (req, reply) => {
      const openid = String(req.headers['x-wx-openid'] ?? '')
      if (!OPENID.test(openid)) return replyError(reply, 'UNAUTHENTICATED')
      const cloudPath = decodeURIComponent(req.params['*'])
      if (!isValidCloudPath(cloudPath)) return replyError(reply, 'INVALID_INPUT', '文件路径无效')
      const existing = files.stat(files.fileIdOf(cloudPath))
      // Like CloudBase's default rule for user files: only the creator may write them.
      if (existing && existing.owner !== openid) return replyError(reply, 'FORBIDDEN')
      const stored = files.put(cloudPath, Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0), openid)
      return { ok: true, data: { fileID: stored.fileId } }
    })
  })

  app.get<{ Params: { '*': string }; Querystring: { expires?: string; sign?: string } }>(`${STORAGE_PREFIX}/get/*`, async (req, reply) => {
    const cloudPath = decodeURIComponent(req.params['*'])
    if (!signer.verify('get', cloudPath, Number(req.query.expires), String(req.query.sign ?? ''))) {
      return cosError(reply, 403, 'AccessDenied', 'Request has expired or the signature is invalid.')
    }
    const file = files.stat(files.fileIdOf(cloudPath))
    if (!file) return cosError(reply, 404, 'NoSuchKey', 'The specified key does not exist.')
    return reply.type(file.contentType).header('content-length', file.size).send(files.read(file))
  })
}
