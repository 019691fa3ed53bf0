// H5-only demo identity: which openid the local gateway should treat as the caller. In the
// mini-program WeChat supplies the real openid, so nothing here is used there.

/** localStorage key a persona switcher writes. */
export const PERSONA_STORAGE_KEY = 'futian.persona'
/** Openid used until someone picks another persona. */
export const DEFAULT_PERSONA = 'demo-worker'

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    // Some browsers throw on access when storage is disabled.
    return null
  }
}

/** The openid sent as X-WX-OPENID by the H5 transport. */
export function getPersonaOpenid(): string {
  const stored = storage()?.getItem(PERSONA_STORAGE_KEY)?.trim()
  return stored ? stored : DEFAULT_PERSONA
}

/** Switches the demo persona; an empty value goes back to the default. */
export function setPersonaOpenid(openid: string): void {
  const store = storage()
  if (!store) return
  const value = openid.trim()
  if (value) store.setItem(PERSONA_STORAGE_KEY, value)
  else store.removeItem(PERSONA_STORAGE_KEY)
}
