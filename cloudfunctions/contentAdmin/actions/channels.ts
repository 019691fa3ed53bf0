// listChannels, saveChannel and removeChannel: the readers' tabs. A publisher names, orders and
// gives a share image to a channel; a channel that still has articles cannot be deleted.
import { listChannelsInput, removeChannelInput, saveChannelInput, type ChannelRow } from '../../../contracts/content-admin/actions'
import { appError } from '../../../contracts/errors'
import { ok } from '../../_shared/handler'
import { auditContent } from '../../_shared/content-admin/audit-content'
import { fileUrls } from '../../_shared/file-urls'
import { channelsCollection, countArticles, type ChannelDoc } from '../../_shared/content-admin/channels'
import { contentAction, PUBLISHERS, READERS } from '../content-action'

const toRow = (d: ChannelDoc): ChannelRow => ({ name: d.name, order: d.order, articleCount: d.articleCount, ...(d.shareImage ? { shareImage: d.shareImage } : {}), autoPublish: d.autoPublish !== false })

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
  run: async ({ name, order, shareImage, autoPublish }, { caller, now }) => {
    const before = ((await channelsCollection().where({ _id: name }).limit(1).get()).data[0] as ChannelDoc | undefined) ?? null
    // Saving without the setting keeps it (callers that predate it send name, order and image only).
    const mode = autoPublish ?? before?.autoPublish
    const doc = { name, order, articleCount: await countArticles(name), managed: true, ...(mode === undefined ? {} : { autoPublish: mode }) }
    await channelsCollection()
      .doc(name)
      .set({ ...doc, ...(shareImage ? { shareImage } : {}) })
    await auditContent(caller, 'saveChannel', { id: `channel:${name}` }, before, { ...doc, shareImage }, now)
    return ok(toRow({ _id: name, ...doc, ...(shareImage ? { shareImage } : {}) }))
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
