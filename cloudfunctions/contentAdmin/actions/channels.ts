// listChannels, saveChannel and removeChannel: the readers' tabs. A publisher names, orders and
// gives a share image to a channel; a channel that still has articles cannot be deleted.
import { listChannelsInput, removeChannelInput, saveChannelInput, type ChannelRow } from '../../../contracts/content-admin/actions'
import { appError } from '../../../contracts/errors'
import { ok } from '../../_shared/handler'
import { auditContent } from '../../_shared/content-admin/audit-content'
import { fileUrls } from '../../_shared/file-urls'
import { database, type Transaction } from '../../_shared/cloudbase'
import { CHANNELS, channelsCollection, countArticles, type ChannelDoc } from '../../_shared/content-admin/channels'
import { contentAction, PUBLISHERS, READERS } from '../content-action'

const toRow = (d: ChannelDoc): ChannelRow => ({ name: d.name, order: d.order, articleCount: d.articleCount, ...(d.shareImage ? { shareImage: d.shareImage } : {}), autoPublish: d.autoPublish !== false, version: d.version ?? 0 })

export const listChannels = contentAction({
  roles: READERS,
  input: listChannelsInput,
  run: async () => {
    const { data } = await channelsCollection().orderBy('order', 'asc').orderBy('name', 'asc').limit(100).get()
    const rows = (data as ChannelDoc[]).map(toRow)
    // The share pictures as URLs a browser can show (a mini-program <Image> takes the fileID too).
    const urls = await fileUrls(rows.flatMap((r) => (r.shareImage ? [r.shareImage] : [])))
    return ok({ channels: rows.map((r) => (r.shareImage && urls[r.shareImage] ? { ...r, shareImageUrl: urls[r.shareImage] } : r)) })
  }
})

export const saveChannel = contentAction({
  roles: PUBLISHERS,
  input: saveChannelInput,
  run: async ({ name, order, shareImage, autoPublish, version }, { caller, now }) => {
    const articleCount = await countArticles(name)
    // Read, check the version and write in one transaction: of two publishers saving the row they
    // both listed, one wins and the other is told, as with every other content save.
    let outcome: { before: ChannelDoc | null; doc: ChannelDoc } | { refused: string | undefined }
    try {
      outcome = await database().runTransaction(async (tx: Transaction) => {
        const ref = tx.collection(CHANNELS).doc(name)
        const before = ((await ref.get()).data as ChannelDoc | null) ?? null
        // No version: a new channel, refused if the name exists. A version: the row as listed,
        // refused if it was saved since or deleted meanwhile.
        if (version === undefined && before) return { refused: `已有名为“${name}”的栏目` }
        if (version !== undefined && (!before || (before.version ?? 0) !== version)) return { refused: undefined }
        // Saving without the setting keeps it (callers that predate it send name, order and image only).
        const mode = autoPublish ?? before?.autoPublish
        const doc: ChannelDoc = { _id: name, name, order, articleCount, managed: true, ...(mode === undefined ? {} : { autoPublish: mode }), ...(shareImage ? { shareImage } : {}), version: (version ?? 0) + 1 }
        const { _id: _, ...fields } = doc
        await ref.set(fields)
        return { before, doc }
      }, 5)
    } catch (err) {
      if ((err as { code?: string }).code === 'DATABASE_TRANSACTION_CONFLICT') return appError('CONTENT_CONFLICT')
      throw err
    }
    if ('refused' in outcome) return appError('CONTENT_CONFLICT', outcome.refused)
    await auditContent(caller, 'saveChannel', { id: `channel:${name}` }, outcome.before, outcome.doc, now)
    return ok(toRow(outcome.doc))
  }
})

export const removeChannel = contentAction({
  roles: PUBLISHERS,
  input: removeChannelInput,
  run: async ({ name }, { caller, now }) => {
    const before = (await channelsCollection().where({ _id: name }).limit(1).get()).data[0] as ChannelDoc | undefined
    if (!before) return appError('CONTENT_NOT_FOUND', '该栏目不存在')
    const count = await countArticles(name)
    if (count > 0) return appError('CHANNEL_NOT_EMPTY', `该栏目下还有 ${count} 篇文章，不能删除`)
    await channelsCollection().doc(name).remove()
    await auditContent(caller, 'removeChannel', { id: `channel:${name}` }, before, null, now)
    return ok({ name })
  }
})
