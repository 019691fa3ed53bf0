// The `dreamPlanDrafts` collection: a worker's form between steps, under an id derived from who
// and what it is for, so a worker can only ever address their own. Sections holding personal
// numbers (个人信息, 收款信息) are sealed whole.
import { createHash } from 'node:crypto'
import type { ApplicationForm, DraftView, FormSection } from '../../contracts/dream-plan/application'
import { DREAM_PLAN_COLLECTIONS, type DraftDoc } from '../../contracts/dream-plan/documents'
import type { FieldCrypto } from '../_shared/field-crypto'
import { database } from '../_shared/cloudbase'
import { isDuplicateKey } from '../_shared/db-errors'

/** The collection handle. */
export function drafts() {
  return database().collection(DREAM_PLAN_COLLECTIONS.drafts)
}

const hashId = (...parts: string[]) => createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 32)

/** Where a draft lives: a new application's for (openid, year), or an amendment's for a returned application. */
export interface DraftTarget {
  id: string
  openid: string
  year: number
  applicationId?: string
  /** An amendment starts from the application's form, as of `baseUpdatedAt`. */
  base?: ApplicationForm
  baseUpdatedAt?: string
}

/** The draft of a new application. */
export function newDraftId(openid: string, year: number): string {
  return hashId('draft', openid, String(year))
}

/** The draft amending a returned application. */
export function amendDraftId(openid: string, applicationId: string): string {
  return hashId('amend', openid, applicationId)
}

const SEALED_SECTIONS = new Set<FormSection>(['personal', 'bank'])
const sealField = (section: FormSection) => `${DREAM_PLAN_COLLECTIONS.drafts}.${section}`

/** A section as stored. */
export function sealSection<S extends FormSection>(section: S, data: ApplicationForm[S], crypto: FieldCrypto): unknown {
  return SEALED_SECTIONS.has(section) ? { sealed: crypto.seal(JSON.stringify(data), sealField(section)) } : data
}

/** The saved sections, opened. */
export function openSections(doc: DraftDoc, crypto: FieldCrypto): Partial<ApplicationForm> {
  const out: Record<string, unknown> = {}
  for (const [section, value] of Object.entries(doc.sections ?? {})) {
    if (value === undefined || value === null) continue
    out[section] = SEALED_SECTIONS.has(section as FormSection) ? JSON.parse(crypto.open((value as { sealed: string }).sealed, sealField(section as FormSection))) : value
  }
  return out as Partial<ApplicationForm>
}

/** The draft, or null. */
export async function loadDraft(id: string): Promise<DraftDoc | null> {
  const { data } = await drafts().where({ _id: id }).limit(1).get()
  return (data[0] as DraftDoc | undefined) ?? null
}

/** Stores one section (replacing that section whole, leaving the others), creating the draft if needed. */
export async function writeSection(target: DraftTarget, section: FormSection, stored: unknown, now: Date): Promise<DraftDoc> {
  const _ = database().command
  const at = now.toISOString()
  const ref = drafts().doc(target.id)
  // `_.set` replaces the section: a plain object would be merged field by field and keep a
  // field the worker has since cleared.
  const patch = { sections: { [section]: _.set(stored) }, updatedAt: at }
  const res = (await ref.update(patch)) as { updated?: number }
  if (!res.updated) {
    const doc: DraftDoc = {
      _id: target.id,
      openid: target.openid,
      year: target.year,
      ...(target.applicationId ? { applicationId: target.applicationId } : {}),
      sections: { [section]: stored },
      createdAt: at,
      updatedAt: at
    }
    try {
      await drafts().add(doc)
    } catch (err) {
      // Created a moment ago by another save (or unchanged): apply this section over it.
      if (!isDuplicateKey(err)) throw err
      await ref.update(patch)
    }
  }
  const saved = await loadDraft(target.id)
  if (!saved) throw new Error('draft vanished after saving')
  return saved
}

/** Removes a draft once it has become (part of) an application. */
export async function deleteDraft(id: string): Promise<void> {
  await drafts().doc(id).remove()
}

/** The owner's view: the saved sections in clear (over the application's form, for an amendment). */
export function draftView(target: DraftTarget, doc: DraftDoc | null, crypto: FieldCrypto): DraftView {
  const sections = { ...(target.base ?? {}), ...(doc ? openSections(doc, crypto) : {}) }
  return {
    year: target.year,
    sections,
    ...(target.applicationId ? { applicationId: target.applicationId } : {}),
    updatedAt: doc?.updatedAt ?? target.baseUpdatedAt ?? ''
  }
}
