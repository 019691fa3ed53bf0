// H5 only: Taro renders tappable Views as custom elements, which a keyboard cannot press. Views
// that say they are buttons, links, tabs, radios or switches (role + tabIndex={0}) get Enter and
// Space, as native controls do. The mini-program has no keyboard focus, so nothing runs there.

const PRESSABLE = new Set(['button', 'link', 'tab', 'radio', 'switch'])

function onKeyDown(event: KeyboardEvent) {
  if (event.key !== 'Enter' && event.key !== ' ') return
  const target = event.target as HTMLElement | null
  if (!target || target.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON|A)$/.test(target.tagName)) return
  const role = target.getAttribute('role')
  if (!role || !PRESSABLE.has(role)) return
  // Links answer Enter only, as native links do.
  if (role === 'link' && event.key !== 'Enter') return
  event.preventDefault()
  target.click()
}

let installed = false

/** Installs the key handler once (call at app start). */
export function installH5Keyboard(): void {
  if (process.env.TARO_ENV !== 'h5' || installed || typeof document === 'undefined') return
  installed = true
  document.addEventListener('keydown', onKeyDown)
}
