// WeChat's privacy authorization (用户隐私保护指引) around the consent page: whether the user still
// has to agree, the agreement itself (`requirePrivacyAuthorize` or a Button with
// openType="agreePrivacyAuthorization"), and the guide. Weapp only; H5 has nothing to ask.
import Taro from '@tarojs/taro'

const isWeapp = () => process.env.TARO_ENV === 'weapp'

/** True when WeChat will ask this user to agree before privacy APIs (file choosers) work. */
export function needsPrivacyAuthorization(): Promise<boolean> {
  if (!isWeapp() || typeof Taro.getPrivacySetting !== 'function') return Promise.resolve(false)
  return new Promise((resolve) => {
    Taro.getPrivacySetting({
      success: (res) => resolve(Boolean(res.needAuthorization)),
      fail: () => resolve(false)
    })
  })
}

/** Asks WeChat for the authorization where the API exists; resolves when granted (or not needed). */
export function requirePrivacyAuthorization(): Promise<void> {
  if (!isWeapp() || typeof Taro.requirePrivacyAuthorize !== 'function') return Promise.resolve()
  return new Promise((resolve, reject) => {
    Taro.requirePrivacyAuthorize({ success: () => resolve(), fail: (err) => reject(err) })
  })
}

/** True when the app can show WeChat's 用户隐私保护指引 page. */
export function canOpenPrivacyContract(): boolean {
  return isWeapp() && typeof Taro.openPrivacyContract === 'function'
}

/** Opens WeChat's 用户隐私保护指引 for this mini-program. */
export function openPrivacyContract(): void {
  if (canOpenPrivacyContract()) Taro.openPrivacyContract({})
}
