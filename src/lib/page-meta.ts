// H5 only: the browser title and Open Graph tags for a page, so a link pasted into WeChat or
// another app shows the article's title, summary and picture. No-ops in the mini-program.

/** What a shared link should show. */
export interface PageMeta {
  title: string
  description?: string
  /** og:type; 'article' for news. */
  type?: string
  /** Absolute or site-relative image URL; made absolute here. */
  image?: string
}

const OWNED = 'data-page-meta'

function absolute(url: string): string {
  try {
    return new URL(url, window.location.href).href
  } catch {
    return url
  }
}

/** Sets (or, without content, removes) one <meta> keyed by `property` or `name`. */
function setMeta(key: 'property' | 'name', value: string, content: string | undefined) {
  let tag = document.head.querySelector<HTMLMetaElement>(`meta[${key}="${value}"]`)
  if (!content) {
    if (tag?.hasAttribute(OWNED)) tag.remove()
    return
  }
  if (!tag) {
    tag = document.createElement('meta')
    tag.setAttribute(key, value)
    tag.setAttribute(OWNED, '')
    document.head.appendChild(tag)
  }
  tag.setAttribute('content', content)
}

/** Sets document.title and og:title / og:description / og:type / og:url / og:image. */
export function setPageMeta(meta: PageMeta): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return
  document.title = meta.title
  setMeta('property', 'og:title', meta.title)
  setMeta('property', 'og:description', meta.description)
  setMeta('name', 'description', meta.description)
  setMeta('property', 'og:type', meta.type ?? 'website')
  setMeta('property', 'og:url', window.location.href)
  setMeta('property', 'og:image', meta.image ? absolute(meta.image) : undefined)
}

/** Puts the site's own title back and drops the tags this helper added (leaving a page). */
export function resetPageMeta(title: string): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return
  document.title = title
  document.head.querySelectorAll(`meta[${OWNED}]`).forEach((tag) => tag.remove())
}
