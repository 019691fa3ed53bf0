// submit: the caller's draft becomes this year's application. Idempotent by the client's key (the
// application's id derives from it: a retry or a double tap finds the same one). "Once per person"
// and "one per worker and year" are unique indexes (personKey, openKey) that the insert itself
// checks; the reads before it only give an early, clearer answer.
import { submitInput } from '../../../contracts/dream-plan/actions'
import { PENDING_NUMBER_PREFIX, type ApplicationDoc, type HistoryEntry } from '../../../contracts/dream-plan/documents'
import { appError } from '../../../contracts/errors'
import { isDuplicateKey } from '../../_shared/db-errors'
import { ok } from '../../_shared/handler'
import { userAction } from '../action'
import { ensureNumbered } from '../application-numbers'
import {
  alreadyApplied,
  appliedBefore,
  applicationIdFor,
  applications,
  findOwnApplication,
  keyTaken,
  openKeyOf,
  personKeyOf,
  sealForm
} from '../../_shared/dream-plan/applications'
import { deleteDraft, loadDraft, newDraftId, openSections } from '../drafts'
import { checkForm, missingSections } from '../form'
import { verifyMaterials } from '../../_shared/dream-plan/materials'
import { allPolicies, currentPolicy, windowState } from '../../_shared/dream-plan/policies'
import { noticeFor } from '../../_shared/dream-plan/status-change'
import { detailOf } from '../views'

export const submit = userAction({
  input: submitInput,
  run: async ({ idempotencyKey }, { openid, crypto, now }) => {
    const id = applicationIdFor(openid, idempotencyKey)
    // A retry of a submit that already happened (or is happening right now, with the same key): the
    // same application, even after the window closed. Every refusal below looks for it first.
    const same = async () => {
      const earlier = await findOwnApplication(id, openid)
      return earlier ? ok(await detailOf(await ensureNumbered(earlier, { wait: true }), now)) : null
    }
    const refuse = async (which: 'thisYear' | 'person', oncePerPerson: boolean) => (await same()) ?? alreadyApplied(which, oncePerPerson)
    const earlier = await same()
    if (earlier) return earlier

    const policy = currentPolicy(await allPolicies(), now)
    if (!policy) return appError('POLICY_NOT_FOUND')
    const window = windowState(policy, now)
    if (!window.isOpen) return appError('WINDOW_CLOSED', window.closedReason)
    const openKey = openKeyOf(openid, policy.year)
    if (await keyTaken('openKey', openKey)) return refuse('thisYear', policy.oncePerPerson)

    const draftId = newDraftId(openid, policy.year)
    const draft = await loadDraft(draftId)
    const sections = draft ? openSections(draft, crypto) : {}
    // A submit of the same draft may have just won and deleted it: its application was inserted
    // before the draft went, so looking again tells "already applied" from "not filled in".
    if (missingSections(sections) && (await keyTaken('openKey', openKey))) return refuse('thisYear', policy.oncePerPerson)
    const checked = checkForm(sections, policy, now)
    if ('error' in checked) return checked.error
    const { form } = checked
    const refused = await verifyMaterials(form.materials, { openid, year: policy.year })
    if (refused) return refused

    const sealed = sealForm(form, crypto)
    if (policy.oncePerPerson && (await appliedBefore(sealed.idNumberHash, id))) return refuse('person', true)
    const at = now.toISOString()
    const first: HistoryEntry = { at, from: null, to: 'submitted', by: 'applicant' }
    const doc: ApplicationDoc = {
      _id: id,
      applicationNo: `${PENDING_NUMBER_PREFIX}${id}`,
      year: policy.year,
      openid,
      status: 'submitted',
      version: 1,
      amount: policy.amount,
      ...sealed,
      personKey: personKeyOf(sealed.idNumberHash, policy.year, policy.oncePerPerson),
      openKey,
      submitKey: idempotencyKey,
      resubmitKeys: [],
      history: [first],
      notices: [noticeFor(id, 0, first)],
      noticesPending: 1,
      submittedAt: at,
      updatedAt: at
    }
    try {
      await applications().add(doc)
    } catch (err) {
      if (!isDuplicateKey(err)) throw err
      return refuse((await keyTaken('openKey', openKey)) ? 'thisYear' : 'person', policy.oncePerPerson)
    }
    const numbered = await ensureNumbered(doc, { wait: false })
    await deleteDraft(draftId)
    return ok(await detailOf(numbered, now))
  }
})
