// Registers the H5 app's service worker (src/h5-shell/sw.js), which keeps the app shell so a reload
// with no network still opens the app and its offline articles. H5 production builds only: the
// mini-program has no service workers (its code lives on the phone), and a development server's
// changing bundles must not be kept. It waits for the first screen (src/lib/when-idle.ts): its
// install downloads the page again and keeps every file the page fetched, and on a slow line that
// took bandwidth from the reply the screen was waiting for.
import { whenIdle } from './when-idle'

/** The same-origin files among these, for the worker to keep (it did not see them pass). */
function ownFiles(entries: PerformanceEntryList): string[] {
  return entries.map((e) => e.name).filter((u) => u.startsWith(location.origin))
}

export function registerShellWorker(): void {
  if (process.env.TARO_ENV !== 'h5' || process.env.NODE_ENV !== 'production') return
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return
  const tell = (entries: PerformanceEntryList) => {
    const urls = ownFiles(entries)
    if (urls.length > 0) navigator.serviceWorker.controller?.postMessage({ type: 'shell-files', urls })
  }
  const tellAll = () => tell(performance.getEntriesByType('resource'))
  whenIdle(() => {
    // A file whose download started before the worker took control but ended after the worker was
    // told (code loaded once the page is idle) passed neither way: each file is told as it arrives.
    new PerformanceObserver((list) => tell(list.getEntries())).observe({ type: 'resource' })
    navigator.serviceWorker.addEventListener('controllerchange', tellAll)
    navigator.serviceWorker
      .register('/sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then(tellAll)
      // Without a worker the app still works online; offline articles read until a reload.
      .catch(() => undefined)
  })
}
