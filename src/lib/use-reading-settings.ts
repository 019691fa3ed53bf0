// The reading settings as a hook: every page root uses it, and the settings panels change it.
import { useMemo, useSyncExternalStore } from 'react'
import {
  getReadingSettings,
  readingRootClass,
  readingRootStyle,
  subscribeReadingSettings,
  systemFontScale,
  updateReadingSettings
} from './reading-settings'

/** Current settings, a setter, and the class/style to put on the page root. */
export function useReadingSettings() {
  const settings = useSyncExternalStore(subscribeReadingSettings, getReadingSettings, getReadingSettings)
  // WeChat restarts mini-programs when its font size changes, so reading it once per page is enough.
  const fontFactor = useMemo(systemFontScale, [])
  return {
    settings,
    fontFactor,
    update: updateReadingSettings,
    rootClassName: readingRootClass(settings),
    rootStyle: readingRootStyle(settings, fontFactor)
  }
}
