// The H5 app's service worker: it keeps the app shell — index.html and the content-hashed JS, CSS
// and pictures of the build — so a reload with no network opens the app, which then reads the
// articles kept by the offline reader (src/features/news/offline/, its own Cache API cache). It
// never answers API calls, uploads, downloads or anything of another origin: those go to the
// network as if it were not here. Plain JS, copied as is to build/h5/sw.js (config/index.ts): it
// must sit at the site's root to control every page, and bundling would rename it.
// https://developer.mozilla.org/docs/Web/API/Service_Worker_API/Using_Service_Workers

const SHELL = 'futian-shell-v1'
// The offline reader's cache, which this worker must never delete.
const KEEP = [SHELL, 'futian-offline-v1']
// Webpack's output names carry an 8-hex content hash: the same URL is always the same bytes. Only
// the build's own folders: an uploaded file may have any name.
const HASHED = /^\/(js|css|static)\/.+\.[0-9a-f]{8}\.[a-z0-9]+$/
const PAGE = '/'

function isShellAsset(url) {
  return url.origin === self.location.origin && HASHED.test(url.pathname)
}

// The page the server gives every route (browser-history router): kept under one key.
function fetchPage(request) {
  return fetch(request).then(
    (response) => {
      const html = (response.headers.get('content-type') || '').includes('text/html')
      if (response.ok && html) {
        const copy = response.clone()
        void caches.open(SHELL).then((cache) => cache.put(PAGE, copy))
      }
      return response
    },
    () => caches.match(PAGE).then((kept) => kept || Response.error())
  )
}

// A hashed file never changes: the kept copy if there is one, else the network (then kept).
function fetchAsset(request) {
  return caches.match(request).then(
    (kept) =>
      kept ||
      fetch(request).then((response) => {
        if (response.ok) {
          const copy = response.clone()
          void caches.open(SHELL).then((cache) => cache.put(request, copy))
        }
        return response
      })
  )
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.add(PAGE))
      .then(() => self.skipWaiting())
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('futian-') && !KEEP.includes(n)).map((n) => caches.delete(n))))
      .then(() => self.clients.claim())
  )
})

// The page lists the hashed files it loaded before this worker controlled it (its first visit).
self.addEventListener('message', (event) => {
  const urls = event.data && event.data.type === 'shell-files' && Array.isArray(event.data.urls) ? event.data.urls : []
  const mine = urls.filter((u) => typeof u === 'string' && isShellAsset(new URL(u)))
  event.waitUntil(
    caches.open(SHELL).then((cache) =>
      Promise.all(mine.map((u) => cache.match(u).then((kept) => kept || cache.add(u).catch(() => undefined))))
    )
  )
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (request.mode === 'navigate' && url.origin === self.location.origin) event.respondWith(fetchPage(request))
  else if (isShellAsset(url)) event.respondWith(fetchAsset(request))
})
