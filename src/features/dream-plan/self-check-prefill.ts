// The self-check's answers, handed to the application form on this device only (nothing of the
// check reaches the server): the form fills its empty fields from them once, then forgets them.
import Taro from '@tarojs/taro'
import type { EligibilityAnswers } from '@contracts/dream-plan/eligibility'
import { prefillOf } from '@contracts/dream-plan/eligibility'

const KEY = 'futian.dreamPlan.selfCheck'

export type Prefill = ReturnType<typeof prefillOf>

/** Keeps eligible answers for the form the worker is about to open. */
export function keepPrefill(answers: EligibilityAnswers): void {
  try {
    Taro.setStorageSync(KEY, prefillOf(answers))
  } catch {
    // Storage full or unavailable: the form simply starts empty.
  }
}

/** The kept answers, removed as they are read. */
export function takePrefill(): Prefill | null {
  try {
    const saved = Taro.getStorageSync(KEY) as unknown
    Taro.removeStorageSync(KEY)
    if (!saved || typeof saved !== 'object') return null
    const { work, education } = saved as Partial<Prefill>
    return { work: { ...(work ?? {}) }, education: { level: '', studyMode: '', enrolledOn: '', expectedGraduation: '', ...(education ?? {}) } }
  } catch {
    return null
  }
}
