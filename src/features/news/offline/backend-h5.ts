// The H5 offline backend: one Cache API cache holds the entries (as JSON under synthetic same-origin
// URLs) and the images (under their own URLs); kept images are shown through object URLs, since a
// plain <img src> would go to the network.
import type { OfflineBackend } from './offline-store'

const CACHE = 'futian-offline-v1'
const keyUrl = (key: string) => `/__offline__/${key}`

/** The backend, or null where the Cache API is missing (an insecure origin, an old browser). */
export function h5Backend(): OfflineBackend | null {
  if (typeof caches === 'undefined') return null
  const open = () => caches.open(CACHE)
  const shown = new Map<string, string>()
  return {
    read: async (key) => {
      const res = await (await open()).match(keyUrl(key))
      return res ? res.json() : null
    },
    write: async (key, value) => {
      const body = JSON.stringify(value)
      await (await open()).put(keyUrl(key), new Response(body, { headers: { 'content-type': 'application/json' } }))
      return body.length * 2
    },
    remove: async (key) => {
      await (await open()).delete(keyUrl(key))
    },
    saveImage: async (url) => {
      const res = await fetch(url, { mode: 'cors', credentials: 'omit' })
      if (!res.ok) return null
      const bytes = (await res.clone().blob()).size
      await (await open()).put(url, res)
      return { local: url, bytes }
    },
    showImage: async (local) => {
      const known = shown.get(local)
      if (known) return known
      const res = await (await open()).match(local)
      if (!res) return null
      const url = URL.createObjectURL(await res.blob())
      shown.set(local, url)
      return url
    },
    dropImage: async (local) => {
      await (await open()).delete(local)
    }
  }
}
