// dreamPlan: 圆梦计划, the worker's side — the policy (open to anyone), the draft saved at every
// step, the upload path of the materials, submit, 我的申请, withdraw and resubmit after 退回补正,
// and subscribe-message grants. Everything but getPolicy and getIntro needs a signed-in WeChat user
// (getIntro tells a signed-in one where they stand); identity comes from the platform only.
import { createHandler } from '../_shared/handler'
import { getDraft } from './actions/get-draft'
import { getIntro } from './actions/get-intro'
import { getMine } from './actions/get-mine'
import { getPolicy } from './actions/get-policy'
import { getSubscribeTemplates } from './actions/get-subscribe-templates'
import { listMine } from './actions/list-mine'
import { prepareUpload } from './actions/prepare-upload'
import { recordSubscription } from './actions/record-subscription'
import { resubmit } from './actions/resubmit'
import { saveDraft } from './actions/save-draft'
import { submit } from './actions/submit'
import { withdraw } from './actions/withdraw'

export const main = createHandler({
  getPolicy,
  getIntro,
  getDraft,
  saveDraft,
  prepareUpload,
  submit,
  listMine,
  getMine,
  withdraw,
  resubmit,
  recordSubscription,
  getSubscribeTemplates
})
