// listArticles: one page of a channel's articles, and the hook the home feed uses.
import { useCallback } from 'react'
import type { ArticleSummary } from '@contracts/content/article'
import type { ListArticlesInput, ListArticlesResult } from '@contracts/content/actions'
import { callFunction, toCloudError } from '@/lib/cloud'
import { useCursorPages } from '@/lib/use-cursor-pages'
import { whenIdle } from '@/lib/when-idle'
import { isOffline, offlineStore } from '../offline'
import type { OfflineStore } from '../offline/offline-store'
import { getArticle } from './get-article'
import type { FirstScreen } from './get-home'

/** Rows asked per page: enough to fill two screens, small enough for one setData. */
export const ARTICLES_PAGE_SIZE = 20

/** Calls content.listArticles. */
export function listArticles(input: ListArticlesInput): Promise<ListArticlesResult> {
  return callFunction('content', 'listArticles', input)
}

/** A first page, possibly the copy kept on the device (then with when it was saved). */
export type FeedPage = ListArticlesResult & { offlineSavedAt?: number }

/**
 * Articles being fetched for offline reading. The feed and the headlines keep their lists at the
 * same moment and share articles; without this both fetched each shared article.
 */
const keeping = new Map<string, Promise<unknown>>()

function keepArticle(store: OfflineStore, id: string): Promise<unknown> {
  const pending = keeping.get(id)
  if (pending) return pending
  const kept = store
    .has(id)
    .then((has) => (has ? null : getArticle(id, true).then(store.saveArticle)))
    .finally(() => keeping.delete(id))
  keeping.set(id, kept)
  return kept
}

/** Keeps the articles of a first page for reading offline, one at a time, those not kept yet. */
function keepForOffline(store: OfflineStore, items: ArticleSummary[]): Promise<unknown> {
  return items.reduce<Promise<unknown>>((done, item) => done.then(() => keepArticle(store, item.id)), Promise.resolve())
}

/** `page`, a list's first page from the server, kept (once the phone is idle) for reading offline with its articles. */
function keptFirstPage<P extends ListArticlesResult>(listName: string, page: P): P {
  const store = offlineStore()
  if (store) whenIdle(() => void store.saveList(listName, page.items).then(() => keepForOffline(store, page.items)).catch(() => undefined))
  return page
}

/**
 * A list from the server (kept for offline with its articles), or, with no network, the kept copy.
 * `listName` is the channel for its first page, `headlines/<channel>` for its headlines.
 */
export function firstPageOrKept(listName: string, fetch: () => Promise<ListArticlesResult>): Promise<FeedPage> {
  const store = offlineStore()
  return fetch().then(
    (page) => keptFirstPage(listName, page),
    (error) => {
      if (!store || !isOffline(toCloudError(error).code)) throw error
      return store.readList(listName).then((kept) => {
        if (!kept) throw error
        return { items: kept.items, nextCursor: null, offlineSavedAt: kept.at }
      })
    }
  )
}

/**
 * The articles of `channel`, newest first, with `retry` (start over), `refresh` (pull-down:
 * keeps rows on failure and rejects with the error) and `loadMore` (next page).
 */
export function useArticles(channel: string, firstScreen?: FirstScreen, pageSize = ARTICLES_PAGE_SIZE) {
  const fetchPage = useCallback(
    (cursor?: string): Promise<FeedPage> =>
      cursor
        ? listArticles({ channel, limit: pageSize, cursor })
        : firstPageOrKept(channel, () => firstScreen?.take('articles', { channel, limit: pageSize }) ?? listArticles({ channel, limit: pageSize })),
    [channel, pageSize, firstScreen]
  )
  return useCursorPages<ArticleSummary, FeedPage>(fetchPage, channel !== '')
}
