// contentAdmin: union staff write, review, schedule and publish the app's content — articles,
// service pages, FAQs, places and the year's 圆梦计划 policy — through one life cycle
// (contracts/content-admin/words.ts). Roles are checked on every call (content-action.ts).
import { createHandler } from '../_shared/handler'
import { auditQuery } from './actions/audit-query'
import { listChannels, removeChannel, saveChannel } from './actions/channels'
import { diff } from './actions/diff'
import { get } from './actions/get'
import { importPasted } from './actions/import-pasted'
import { list } from './actions/list'
import { listLive } from './actions/list-live'
import { pin, reorderPins, unpin } from './actions/pins'
import { publish, schedule } from './actions/publish'
import { remove } from './actions/remove'
import { restore } from './actions/restore'
import { save } from './actions/save'
import { returnForChanges, submit, unschedule } from './actions/transitions'
import { confirmUpload, prepareUpload } from './actions/uploads'
import { withdraw } from './actions/withdraw'

export const main = createHandler({
  list,
  listLive,
  get,
  save,
  submit,
  return: returnForChanges,
  publish,
  schedule,
  unschedule,
  withdraw,
  restore,
  remove,
  diff,
  pin,
  unpin,
  reorderPins,
  listChannels,
  saveChannel,
  removeChannel,
  prepareUpload,
  confirmUpload,
  importPasted,
  auditQuery
})
