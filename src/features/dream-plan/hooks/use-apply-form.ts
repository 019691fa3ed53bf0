// The application form's controller: loads the policy and the server draft (resume anywhere), keeps
// what the worker types per section, validates a step with the contract's schema before saving it
// (saveDraft), and submits from the review step with one idempotency key per visit. With an
// application id it amends a returned application instead (getDraft/saveDraft/prepareUpload with
// applicationId, then resubmit).
import { useCallback, useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import type { ApplicationDetail, ApplicationForm, FormSection, MaterialsSection } from '@contracts/dream-plan/application'
import type { SaveDraftInput } from '@contracts/dream-plan/actions'
import type { PolicyView } from '@contracts/dream-plan/policy'
import { MATERIAL_KINDS } from '@contracts/dream-plan/policy'
import { toCloudError, type CloudError } from '@/lib/cloud'
import { getDraft } from '../api/get-draft'
import { getMine } from '../api/get-mine'
import { getPolicy } from '../api/get-policy'
import { saveDraft } from '../api/save-draft'
import { resubmitApplication, submitApplication } from '../api/submit'
import {
  REVIEW_STEP,
  SECTION_FIELDS,
  STEP_SECTIONS,
  firstMissingStep,
  normaliseInput,
  serverFieldErrors,
  stepOfFields,
  toValues,
  validateSection,
  type FieldErrors,
  type TextSection,
  type Values
} from '../form/fields'
import { materialDocs } from '../form/materials'
import { newIdempotencyKey } from '../idempotency-key'
import { takePrefill, type Prefill } from '../self-check-prefill'
import { useMaterialUploads } from './use-material-uploads'
import { useRequestTicket } from '@/lib/use-request-ticket'

const TEXT_SECTIONS: TextSection[] = ['personal', 'work', 'education', 'bank']

/** The fields from saved sections; an unsaved 收款信息 starts with the applicant as the holder. */
function valuesFrom(sections: Partial<ApplicationForm>): Record<TextSection, Values> {
  const values = Object.fromEntries(TEXT_SECTIONS.map((s) => [s, toValues(s, sections[s])])) as Record<TextSection, Values>
  if (!values.bank.accountHolder && sections.personal?.name) values.bank.accountHolder = sections.personal.name
  return values
}

/** The self-check's answers in the sections not saved yet (they never override what was saved). */
function withPrefill(values: Record<TextSection, Values>, sections: Partial<ApplicationForm>, prefill: Prefill | null): Record<TextSection, Values> {
  if (!prefill) return values
  const fill = (section: 'work' | 'education', from: Record<string, string | undefined>): Values => {
    if (sections[section]) return values[section]
    const given = Object.entries(from).filter((e): e is [string, string] => Boolean(e[1]) && !values[section][e[0]])
    return { ...values[section], ...Object.fromEntries(given) }
  }
  return { ...values, work: fill('work', prefill.work), education: fill('education', prefill.education) }
}

/** A problem with the step as a whole (not one field), shown as a banner. */
export interface StepNotice {
  message: string
  code: string
}

export type ApplyLoad = { status: 'loading' } | { status: 'error'; error: CloudError } | { status: 'ready' }

export function useApplyForm(applicationId: string) {
  const amend = Boolean(applicationId)
  const [load, setLoad] = useState<ApplyLoad>({ status: 'loading' })
  const [policy, setPolicy] = useState<PolicyView | null>(null)
  const [application, setApplication] = useState<ApplicationDetail | null>(null)
  const [saved, setSaved] = useState<Partial<ApplicationForm>>({})
  const [values, setValues] = useState<Record<TextSection, Values>>(() => valuesFrom({}))
  const [touched, setTouched] = useState<Record<string, true>>({})
  const [attempted, setAttempted] = useState<Partial<Record<FormSection, true>>>({})
  const [serverErrors, setServerErrors] = useState<Partial<Record<FormSection, FieldErrors>>>({})
  const [step, setStep] = useState(0)
  const [returnToReview, setReturnToReview] = useState(false)
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<StepNotice | null>(null)
  const [focusRequest, setFocusRequest] = useState(0)
  const materials = useMaterialUploads(undefined, applicationId || undefined)
  const resetMaterials = materials.reset
  // One key per visit to the review step, reused for retries of that submit.
  const submitKey = useRef('')
  const submitting = useRef(false)
  const ticket = useRequestTicket()

  const loadAll = useCallback(async () => {
    const mine = ticket.next()
    setLoad({ status: 'loading' })
    try {
      let draft: Awaited<ReturnType<typeof getDraft>>
      let current: PolicyView
      let app: ApplicationDetail | null = null
      if (amend) {
        ;[draft, app] = await Promise.all([getDraft(applicationId), getMine(applicationId)])
        current = await getPolicy(app.year)
      } else {
        ;[current, draft] = await Promise.all([getPolicy(), getDraft()])
      }
      if (!ticket.isCurrent(mine)) return
      const sections = draft?.sections ?? {}
      setPolicy(current)
      setApplication(app)
      setSaved(sections)
      setValues(amend ? valuesFrom(sections) : withPrefill(valuesFrom(sections), sections, takePrefill()))
      resetMaterials(sections.materials)
      setTouched({})
      setAttempted({})
      setServerErrors({})
      setNotice(null)
      setReturnToReview(false)
      // Resume where the worker stopped; an amendment opens on the review with its 修改 links.
      const resumeAt = amend ? REVIEW_STEP : firstMissingStep(sections)
      setStep(resumeAt)
      if (resumeAt === REVIEW_STEP) submitKey.current = newIdempotencyKey()
      setLoad({ status: 'ready' })
    } catch (error) {
      if (ticket.isCurrent(mine)) setLoad({ status: 'error', error: toCloudError(error) })
    }
  }, [amend, applicationId, resetMaterials, ticket])

  useEffect(() => {
    void loadAll()
    return () => {
      ticket.invalidate()
    }
  }, [loadAll, ticket])

  // H5: after a refused 下一步, put the keyboard on the first field with an error.
  useEffect(() => {
    if (!focusRequest || process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return
    const timer = setTimeout(() => {
      const first = document.querySelector<HTMLElement>('.dp-apply input[aria-invalid="true"], .dp-apply [role="button"][aria-invalid="true"]')
      first?.focus()
    }, 50)
    return () => clearTimeout(timer)
  }, [focusRequest])

  const applicantName = (values.personal.name || saved.personal?.name || '').trim()

  /** Moves to a step: a new idempotency key on each arrival at the review; the bank step pre-fills the holder. */
  const goTo = useCallback(
    (next: number) => {
      setNotice(null)
      setStep(next)
      if (next === REVIEW_STEP) {
        submitKey.current = newIdempotencyKey()
        setReturnToReview(false)
      }
      if (STEP_SECTIONS[next] === 'bank') {
        setValues((v) => (v.bank.accountHolder ? v : { ...v, bank: { ...v.bank, accountHolder: applicantName } }))
      }
      void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
    },
    [applicantName]
  )

  /** The errors to show beside a text section's fields: the server's, else the schema's once a field was left or 下一步 tried. */
  const errorsFor = useCallback(
    (section: TextSection): FieldErrors => {
      const { errors } = validateSection(section, values[section], { applicantName: section === 'bank' ? applicantName : undefined })
      const shown: FieldErrors = {}
      for (const field of SECTION_FIELDS[section]) {
        const server = serverErrors[section]?.[field.key]
        if (server) shown[field.key] = server
        else if (errors[field.key] && (attempted[section] || touched[`${section}.${field.key}`])) shown[field.key] = errors[field.key]
      }
      return shown
    },
    [values, serverErrors, attempted, touched, applicantName]
  )

  const setValue = useCallback((section: TextSection, key: string, raw: string) => {
    const field = SECTION_FIELDS[section].find((f) => f.key === key)
    const value = field ? normaliseInput(field.kind, raw) : raw
    setValues((v) => ({ ...v, [section]: { ...v[section], [key]: value } }))
    setServerErrors((e) => (e[section]?.[key] ? { ...e, [section]: { ...e[section], [key]: '' } } : e))
    // Choices are complete the moment they are made: check them at once.
    if (field && (field.kind === 'select' || field.kind === 'date')) setTouched((t) => ({ ...t, [`${section}.${key}`]: true }))
  }, [])

  const touch = useCallback((section: TextSection, key: string) => {
    setTouched((t) => (t[`${section}.${key}`] ? t : { ...t, [`${section}.${key}`]: true }))
  }, [])

  /** Maps a server error with field messages onto the form, and goes to the step it concerns. */
  const showServerError = useCallback(
    (err: CloudError, fallbackStep: number) => {
      const target = stepOfFields(err.fields) ?? fallbackStep
      const section = STEP_SECTIONS[target]
      if (section === 'materials') {
        for (const kind of MATERIAL_KINDS) {
          const message = Object.entries(err.fields ?? {}).find(([k]) => k.startsWith(`materials.${kind}`) || k.startsWith(`data.${kind}`))?.[1]
          if (message) materials.setError(kind, message)
        }
      } else if (section) {
        setServerErrors((e) => ({ ...e, [section]: serverFieldErrors(section, err.fields) }))
        setAttempted((a) => ({ ...a, [section]: true }))
      }
      if (target !== step) goTo(target)
      setNotice({ message: err.message, code: err.code })
    },
    [goTo, materials, step]
  )

  /** 下一步 (or 保存并返回核对): checks the step, saves it to the server draft, moves on. */
  const next = useCallback(async () => {
    if (busy || step >= REVIEW_STEP || !policy) return
    setNotice(null)
    const section = STEP_SECTIONS[step]
    let data: ApplicationForm[FormSection]
    if (section === 'materials') {
      if (MATERIAL_KINDS.some((k) => materials.slots[k].uploading)) {
        setNotice({ message: '文件正在上传，请稍候', code: 'UPLOADING' })
        return
      }
      const missing = materialDocs(policy).filter((d) => !materials.slots[d.kind].file)
      if (missing.length) {
        missing.forEach((d) => materials.setError(d.kind, `请上传${d.name}`))
        setFocusRequest((n) => n + 1)
        return
      }
      data = Object.fromEntries(MATERIAL_KINDS.map((k) => [k, materials.slots[k].file])) as unknown as MaterialsSection
    } else {
      const checked = validateSection(section, values[section], { applicantName: section === 'bank' ? applicantName : undefined })
      if (!checked.data) {
        setAttempted((a) => ({ ...a, [section]: true }))
        setFocusRequest((n) => n + 1)
        return
      }
      data = checked.data
    }
    setBusy(true)
    try {
      const view = await saveDraft({ section, data, ...(amend ? { applicationId } : {}) } as SaveDraftInput)
      setSaved(view.sections)
      if (section !== 'materials') {
        setValues((v) => ({ ...v, [section]: toValues(section, view.sections[section]) }))
        setServerErrors((e) => ({ ...e, [section]: {} }))
      }
      // From the review's 修改: back to the review (or to a section still missing, should one be).
      goTo(returnToReview ? firstMissingStep(view.sections) : step + 1)
    } catch (error) {
      const err = toCloudError(error)
      if (err.fields) showServerError(err, step)
      else setNotice({ message: err.message, code: err.code })
    } finally {
      setBusy(false)
    }
  }, [busy, step, policy, materials, values, applicantName, amend, applicationId, returnToReview, goTo, showServerError])

  /** 上一步. */
  const back = useCallback(() => {
    if (step > 0) goTo(step - 1)
  }, [step, goTo])

  /** 修改 on the review: that step, then straight back to the review once saved. */
  const edit = useCallback(
    (target: number) => {
      goTo(target)
      setReturnToReview(true)
    },
    [goTo]
  )

  /** 返回核对 without saving: the step shows the saved data again. */
  const cancelEdit = useCallback(() => {
    const section = STEP_SECTIONS[step]
    if (section === 'materials') resetMaterials(saved.materials)
    else if (section) setValues((v) => ({ ...v, [section]: toValues(section, saved[section]) }))
    goTo(REVIEW_STEP)
  }, [step, saved, resetMaterials, goTo])

  /** 提交 (or resubmit after 退回补正): idempotent by this visit's key; the button waits while it runs. */
  const submit = useCallback(async () => {
    if (submitting.current || step !== REVIEW_STEP) return
    submitting.current = true
    setBusy(true)
    setNotice(null)
    let done = false
    try {
      const key = submitKey.current || (submitKey.current = newIdempotencyKey())
      const detail = amend ? await resubmitApplication(applicationId, key) : await submitApplication(key)
      done = true
      return detail
    } catch (error) {
      const err = toCloudError(error)
      if (err.code === 'DRAFT_INCOMPLETE') {
        showServerError(err, firstMissingStep(saved))
      } else if (err.code === 'FILE_NOT_FOUND') {
        showServerError(err, STEP_SECTIONS.indexOf('materials'))
      } else if (err.code === 'INVALID_INPUT' && stepOfFields(err.fields) !== null) {
        showServerError(err, REVIEW_STEP)
      } else {
        setNotice({ message: err.message, code: err.code })
      }
      return null
    } finally {
      submitting.current = false
      // After a success the page is leaving: keep the button disabled until it has.
      if (!done) setBusy(false)
    }
  }, [step, amend, applicationId, saved, showServerError])

  return {
    amend,
    load,
    reload: loadAll,
    policy,
    application,
    saved,
    values,
    step,
    returnToReview,
    busy,
    notice,
    materials,
    errorsFor,
    setValue,
    touch,
    next,
    back,
    edit,
    cancelEdit,
    submit
  }
}
