// Registers the H5 app's service worker (src/h5-shell/sw.js), which keeps the app shell so a reload
// with no network still opens the app and its offline articles. H5 production builds only: the
// mini-program has no service workers (its code lives on the phone), and a development server's
// changing bundles must not be kept.

/** The same-origin files this page loaded, for the worker to keep (it did not see them pass). */
function loadedFiles(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((u) => u.startsWith(location.origin))
}

export function registerShellWorker(): void {
  if (process.env.TARO_ENV !== 'h5' || process.env.NODE_ENV !== 'production') return
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return
  const tell = () => navigator.serviceWorker.controller?.postMessage({ type: 'shell-files', urls: loadedFiles() })
  window.addEventListener('load', () => {
    navigator.serviceWorker.addEventListener('controllerchange', tell)
    navigator.serviceWorker
      .register('/sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then(tell)
      // Without a worker the app still works online; offline articles read until a reload.
      .catch(() => undefined)
  })
}
