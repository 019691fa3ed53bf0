// What dist/app.json declares, read the way WeChat reads it: every page (main package and
// subpackages), the tab bar's pages, and the privacy-sensitive APIs the app declared.
import { readFileSync } from 'node:fs'
import path from 'node:path'

export interface AppJson {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
  subpackages?: { root: string; pages: string[] }[]
  tabBar?: { list: { pagePath: string; text: string }[] }
  requiredPrivateInfos?: string[]
  permission?: Record<string, { desc: string }>
  window?: Record<string, unknown>
}

export interface Manifest {
  root: string
  json: AppJson
  /** Every page route, main package first. */
  pages: string[]
  tabPages: string[]
  /** The subpackage root a route lives in, or '' for the main package. */
  packageOf: (route: string) => string
}

export function readManifest(root: string): Manifest {
  const json = JSON.parse(readFileSync(path.join(root, 'app.json'), 'utf8')) as AppJson
  const subs = json.subPackages ?? json.subpackages ?? []
  const pages = [...json.pages, ...subs.flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`))]
  return {
    root,
    json,
    pages,
    tabPages: (json.tabBar?.list ?? []).map((t) => t.pagePath),
    packageOf: (route) => subs.find((s) => route.startsWith(`${s.root.replace(/\/$/, '')}/`))?.root ?? ''
  }
}

/** A url as the app passes it to navigateTo & co., resolved against the current page like WeChat does. */
export function resolveUrl(url: string, currentRoute: string | undefined): { route: string; query: Record<string, string>; hadQuery: boolean } {
  const [rawPath, rawQuery = ''] = url.split('?')
  let route: string
  if (rawPath.startsWith('/')) route = rawPath.slice(1)
  else route = path.posix.normalize(path.posix.join(path.posix.dirname(currentRoute ?? ''), rawPath))
  route = route.replace(/\.html$/, '')
  const query: Record<string, string> = {}
  for (const pair of rawQuery.split('&')) {
    if (!pair) continue
    const eq = pair.indexOf('=')
    // WeChat hands the page its query values as written (still percent-encoded).
    if (eq < 0) query[pair] = ''
    else query[pair.slice(0, eq)] = pair.slice(eq + 1)
  }
  return { route, query, hadQuery: rawQuery !== '' }
}
