// publish (district reviewer): the approved list goes out as a 公示 article in 通知公告, and each
// application gets its 公示 period (status stays 已通过; the owner sees 公示中). Every application
// is checked before anything is written; then one transaction writes the article (its id derives
// from the list) and every application, each still at the version checked — all of it or nothing,
// so no article ever lists someone whose application a colleague changed meanwhile.
// https://docs.cloudbase.net/database/transaction (single-document operations only)
import { publishInput, REVIEW_ACTION_ROLES } from '../../../contracts/dream-plan/review'
import { DREAM_PLAN_COLLECTIONS, type ApplicationDoc, type HistoryEntry } from '../../../contracts/dream-plan/documents'
import { channelOrder } from '../../../contracts/content/channels'
import { appError } from '../../../contracts/errors'
import { database, type Transaction } from '../../_shared/cloudbase'
import { findPolicy } from '../../_shared/dream-plan/policies'
import { statusChangeUpdate } from '../../_shared/dream-plan/status-change'
import { ok } from '../../_shared/handler'
import { staffAction } from '../../_shared/staff-action'
import { loadAll } from '../batch'
import { notAllowedIn, takenByOther } from '../conflicts'
import { PUBLICITY_CHANNEL, publicityArticle, publicityArticleId, shanghaiDay } from '../publicity-article'

const DAY_MS = 86_400_000

/** Thrown inside the transaction when an application moved on since it was checked. */
class ChangedMeanwhile extends Error {}

export const publish = staffAction({
  roles: REVIEW_ACTION_ROLES.publish,
  input: publishInput,
  run: async ({ ids }, { caller, now }) => {
    const loaded = await loadAll(ids)
    if ('error' in loaded) return loaded.error
    const { docs } = loaded
    const years = new Set(docs.map((d) => d.year))
    if (years.size > 1) return appError('INVALID_INPUT', '一次只能公示同一年度的申请')
    const articleId = publicityArticleId(ids)
    for (const d of docs) {
      if (d.status !== 'approved') return notAllowedIn(d.status, '公示', d.applicationNo)
      if (d.publicity && d.publicity.articleId !== articleId) return appError('WRONG_STATE', `申请 ${d.applicationNo} 已在公示名单中`)
    }
    if (docs.every((d) => d.publicity)) return appError('WRONG_STATE', '所选申请已在公示中')
    const year = docs[0].year
    const policy = await findPolicy(year)
    if (!policy) return appError('POLICY_NOT_FOUND')

    const db = database()
    // A retry of the same list keeps the period it was first given.
    const earlier = docs.find((d) => d.publicity)?.publicity
    const startsAt = earlier?.startsAt ?? now.toISOString()
    const endsAt = earlier?.endsAt ?? new Date(Date.parse(startsAt) + policy.publicityDays * DAY_MS).toISOString()
    const article = publicityArticle(articleId, year, docs, { startsAt, endsAt, days: policy.publicityDays }, policy.sample)
    const note = `拟发放名单公示，公示期至${shanghaiDay(new Date(Date.parse(endsAt) - 1).toISOString())}`
    let count: number
    try {
      count = await db.runTransaction(async (tx: Transaction) => {
        if (!(await tx.collection('articles').doc(articleId).get()).data) await tx.collection('articles').add(article)
        let marked = 0
        for (const d of docs) {
          if (d.publicity) continue
          const current = (await tx.collection(DREAM_PLAN_COLLECTIONS.applications).doc(d._id).get()).data as ApplicationDoc | null
          if (current?.version !== d.version || current.status !== 'approved') throw new ChangedMeanwhile()
          const entry: HistoryEntry = { at: now.toISOString(), from: 'approved', to: 'approved', by: { role: 'district_reviewer', staffId: caller.openid }, note }
          await tx.collection(DREAM_PLAN_COLLECTIONS.applications).doc(d._id).update(statusChangeUpdate(d._id, d.history.length, entry, { publicity: { startsAt, endsAt, articleId } }))
          marked += 1
        }
        return marked
      })
    } catch (err) {
      if (err instanceof ChangedMeanwhile || (err as { code?: string }).code === 'DATABASE_TRANSACTION_CONFLICT') return takenByOther()
      throw err
    }
    // Recounted rather than incremented, as the importer does: right even if this runs twice.
    const { total } = (await db.collection('articles').where({ channel: PUBLICITY_CHANNEL }).count()) as { total: number }
    await db.collection('channels').doc(PUBLICITY_CHANNEL).set({ name: PUBLICITY_CHANNEL, order: channelOrder(PUBLICITY_CHANNEL), articleCount: total })
    return ok({ articleId, count: docs.filter((d) => d.publicity).length + count, startsAt, endsAt })
  }
})
