// listMine: the caller's applications for 我的申请, newest first.
import { listMineInput } from '../../../contracts/dream-plan/actions'
import type { ApplicationDoc } from '../../../contracts/dream-plan/documents'
import { ok } from '../../_shared/handler'
import { userAction } from '../action'
import { applications, toSummary } from '../../_shared/dream-plan/applications'

/** A worker applies at most once a year (plus withdrawn ones): a page of 100 is all of them. */
const LIMIT = 100
const SUMMARY_FIELDS = { applicationNo: true, year: true, openid: true, status: true, stage: true, publicity: true, education: true, amount: true, submittedAt: true, updatedAt: true }

export const listMine = userAction({
  input: listMineInput,
  run: async (_input, { openid, now }) => {
    const { data } = await applications().where({ openid }).orderBy('submittedAt', 'desc').orderBy('_id', 'desc').field(SUMMARY_FIELDS).limit(LIMIT).get()
    return ok({ items: (data as ApplicationDoc[]).map((doc) => toSummary(doc, now)) })
  }
})
