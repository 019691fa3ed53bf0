// Reading settings kept on the device: 字号 (小/中/大), 视力保护色 (five eye-care backgrounds like the
// union's site offers) and 关怀模式 (large text that follows WeChat's own font size, 60 px tap
// targets). One small store shared by every page; pages put `readingRootClass` / `readingRootStyle`
// on their root, and the CSS in app.css turns those into the variables components read.
import type { CSSProperties } from 'react'
import Taro from '@tarojs/taro'

/** 字号 steps. */
export type FontSizeKey = 'small' | 'medium' | 'large'
/** 视力保护色 backgrounds. */
export type EyeCareKey = 'white' | 'green' | 'yellow' | 'brown' | 'pink'

/** What the reader chose; saved on the device. */
export interface ReadingSettings {
  fontSize: FontSizeKey
  eyeCare: EyeCareKey
  /** 关怀模式 (长辈模式): larger text everywhere, 60×60 px tap targets. */
  care: boolean
}

/** 字号 choices in display order. */
export const FONT_SIZE_OPTIONS: ReadonlyArray<{ key: FontSizeKey; label: string }> = [
  { key: 'small', label: '小' },
  { key: 'medium', label: '中' },
  { key: 'large', label: '大' }
]

/**
 * 视力保护色 choices. Text on each, checked for WCAG contrast: body color-text ≥ 12.8:1, secondary
 * color-text-secondary ≥ 6.9:1, links color-brand-strong ≥ 6.1:1 (the lowest are on 豆沙绿).
 */
export const EYE_CARE_OPTIONS: ReadonlyArray<{ key: EyeCareKey; label: string; color: string }> = [
  { key: 'white', label: '默认白', color: 'var(--color-surface)' },
  { key: 'green', label: '豆沙绿', color: 'var(--color-eye-green)' },
  { key: 'yellow', label: '杏仁黄', color: 'var(--color-eye-yellow)' },
  { key: 'brown', label: '秋叶褐', color: 'var(--color-eye-brown)' },
  { key: 'pink', label: '胭脂红', color: 'var(--color-eye-pink)' }
]

/** Defaults for a first visit. */
export const DEFAULT_READING_SETTINGS: ReadingSettings = { fontSize: 'medium', eyeCare: 'white', care: false }

/** Storage key (Taro storage: wx storage on weapp, localStorage on H5). */
export const READING_SETTINGS_KEY = 'futian.readingSettings'

const isFontSize = (v: unknown): v is FontSizeKey => FONT_SIZE_OPTIONS.some((o) => o.key === v)
const isEyeCare = (v: unknown): v is EyeCareKey => EYE_CARE_OPTIONS.some((o) => o.key === v)

/** Reads saved settings, ignoring anything malformed (an older app version, a hand-edited store). */
export function loadReadingSettings(): ReadingSettings {
  let saved: unknown
  try {
    saved = Taro.getStorageSync(READING_SETTINGS_KEY)
  } catch {
    saved = null
  }
  const value = (typeof saved === 'object' && saved !== null ? saved : {}) as Partial<Record<keyof ReadingSettings, unknown>>
  return {
    fontSize: isFontSize(value.fontSize) ? value.fontSize : DEFAULT_READING_SETTINGS.fontSize,
    eyeCare: isEyeCare(value.eyeCare) ? value.eyeCare : DEFAULT_READING_SETTINGS.eyeCare,
    care: typeof value.care === 'boolean' ? value.care : DEFAULT_READING_SETTINGS.care
  }
}

// ---- the store: one copy for all pages, so 我的 and an open article agree --------------------

let current: ReadingSettings | null = null
const listeners = new Set<() => void>()

/** The settings now in force (loaded from the device on first use). */
export function getReadingSettings(): ReadingSettings {
  if (!current) current = loadReadingSettings()
  return current
}

/** Changes some settings, saves them and tells every subscribed page. */
export function updateReadingSettings(patch: Partial<ReadingSettings>): void {
  current = { ...getReadingSettings(), ...patch }
  try {
    Taro.setStorageSync(READING_SETTINGS_KEY, current)
  } catch {
    // Storage full or disabled: the choice still applies until the app closes.
  }
  listeners.forEach((listener) => listener())
}

/** Subscribes to changes; returns the unsubscribe function (useSyncExternalStore's shape). */
export function subscribeReadingSettings(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

// ---- WeChat's own font size ---------------------------------------------------------------------

/** Largest factor honoured: beyond it the layout stops being readable on a 320 px screen. */
const MAX_FONT_FACTOR = 2

/**
 * The user's WeChat font size as a factor of the standard size (`fontSizeScaleFactor`, base
 * library ≥ 2.20.1), falling back to getSystemInfoSync and then 1. Below 1 counts as 1: 关怀
 * mode never makes text smaller than its own floor. H5 has no such setting (browser zoom is free).
 */
export function systemFontScale(): number {
  // An if/else on the build's constant, so that the H5 build leaves out the system-info API (and the
  // 43 KB user-agent parser behind it) altogether.
  if (process.env.TARO_ENV === 'h5') {
    return 1
  } else {
    return wechatFontScale()
  }
}

function wechatFontScale(): number {
  const read = (get: () => unknown): number | null => {
    try {
      const info = get() as { fontSizeScaleFactor?: unknown } | undefined
      const factor = info?.fontSizeScaleFactor
      return typeof factor === 'number' && Number.isFinite(factor) && factor > 0 ? factor : null
    } catch {
      return null
    }
  }
  const factor =
    read(() => (typeof Taro.getAppBaseInfo === 'function' ? Taro.getAppBaseInfo() : undefined)) ??
    read(() => Taro.getSystemInfoSync()) ??
    1
  return Math.min(Math.max(factor, 1), MAX_FONT_FACTOR)
}

// ---- what a page root carries -----------------------------------------------------------------

/** Class names for a page root: `reading`, the 字号 and colour modifiers, and `reading--care`. */
export function readingRootClass(settings: ReadingSettings): string {
  const names = ['reading', `reading--size-${settings.fontSize}`, `reading--theme-${settings.eyeCare}`]
  if (settings.care) names.push('reading--care')
  return names.join(' ')
}

/** Inline style for a page root: in 关怀 mode, WeChat's font factor as a CSS variable. */
export function readingRootStyle(settings: ReadingSettings, fontFactor: number): CSSProperties | undefined {
  if (!settings.care) return undefined
  return { '--font-factor': String(Math.round(fontFactor * 100) / 100) } as CSSProperties
}
