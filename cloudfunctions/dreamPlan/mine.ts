// The caller's own applications, newest first: 我的申请's rows, and the intro's standing.
import type { ApplicationSummary } from '../../contracts/dream-plan/application'
import type { ApplicationDoc } from '../../contracts/dream-plan/documents'
import { applications, toSummary } from '../_shared/dream-plan/applications'

/** A worker applies at most once a year (plus withdrawn ones): a page of 100 is all of them. */
const LIMIT = 100
const SUMMARY_FIELDS = { applicationNo: true, year: true, openid: true, status: true, stage: true, publicity: true, education: true, amount: true, submittedAt: true, updatedAt: true }

export async function applicationsOf(openid: string, now: Date): Promise<ApplicationSummary[]> {
  const { data } = await applications().where({ openid }).orderBy('submittedAt', 'desc').orderBy('_id', 'desc').field(SUMMARY_FIELDS).limit(LIMIT).get()
  return (data as ApplicationDoc[]).map((doc) => toSummary(doc, now))
}
