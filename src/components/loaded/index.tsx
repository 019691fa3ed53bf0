// A load's three states drawn the one way the app draws them: skeleton rows while there is nothing
// to show yet, the failure with 重试, the empty message, and otherwise the content. Rows already
// shown stay while a newer request runs (useLoad's keepPrevious), so a search never blanks.
import type { ReactNode } from 'react'
import type { CloudError } from '@/lib/cloud-error'
import { EmptyState } from '../empty-state'
import { ErrorState } from '../error-state'
import { LoadingState } from '../loading-state'

/** What useLoad (and the app's other request hooks) give a screen. */
export interface Loadable<T> {
  status: 'loading' | 'ready' | 'error'
  data: T | null
  error: CloudError | null
  retry: () => unknown
}

interface LoadedProps<T> {
  state: Loadable<T>
  loadingRows?: number
  loadingLabel?: string
  /** With `emptyMessage`: when the reply has nothing to show. */
  isEmpty?: (data: T) => boolean
  emptyMessage?: string
  children: (data: T) => ReactNode
}

export function Loaded<T>({ state, loadingRows = 3, loadingLabel, isEmpty, emptyMessage, children }: LoadedProps<T>) {
  if (state.status === 'error' && state.error) return <ErrorState message={state.error.message} onRetry={() => void state.retry()} />
  if (state.data === null) return state.status === 'loading' ? <LoadingState rows={loadingRows} label={loadingLabel} /> : null
  if (emptyMessage && isEmpty?.(state.data)) return <EmptyState message={emptyMessage} />
  return <>{children(state.data)}</>
}
