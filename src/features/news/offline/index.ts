// The app's one offline store, on the platform's backend (each build keeps only its own).
import { createOfflineStore, type OfflineStore } from './offline-store'

let store: OfflineStore | null | undefined

/** The store, or null where the platform cannot keep anything. */
export function offlineStore(): OfflineStore | null {
  if (store !== undefined) return store
  let backend = null
  if (process.env.TARO_ENV === 'h5') backend = require('./backend-h5').h5Backend()
  else backend = require('./backend-weapp').weappBackend()
  store = backend ? createOfflineStore(backend) : null
  return store
}

/** The failures that mean "no network" rather than "the server said no". */
export const isOffline = (code: string) => code === 'NETWORK'
