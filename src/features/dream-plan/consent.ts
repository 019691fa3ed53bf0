// The worker's consent to the privacy notice, remembered on this device per policy year (the form
// asks again on another device, or for another year). The server keeps no record of it yet.
import Taro from '@tarojs/taro'

const KEY = 'futian.dreamPlan.consent'

interface ConsentRecord {
  year: number
  at: string
}

function read(): ConsentRecord[] {
  try {
    const saved = Taro.getStorageSync(KEY) as unknown
    return Array.isArray(saved) ? saved.filter((r): r is ConsentRecord => typeof r?.year === 'number' && typeof r?.at === 'string') : []
  } catch {
    return []
  }
}

/** True when the worker agreed to `year`'s notice on this device. */
export function hasConsent(year: number): boolean {
  return read().some((r) => r.year === year)
}

/** Remembers that the worker agreed to `year`'s notice now. */
export function recordConsent(year: number): void {
  const records = read().filter((r) => r.year !== year)
  records.push({ year, at: new Date().toISOString() })
  try {
    Taro.setStorageSync(KEY, records.slice(-5))
  } catch {
    // Storage full or disabled: the form asks again next time.
  }
}
