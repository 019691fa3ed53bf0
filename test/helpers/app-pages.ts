// Every page path the app declares (main package and subpackages), read from src/app.config.ts
// itself, so a test that visits "every page" notices a page added later.
import path from 'node:path'

interface AppConfigPages {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
  subpackages?: { root: string; pages: string[] }[]
  tabBar?: { list: { pagePath: string; text: string }[] }
}

/** Loads app.config.ts (Taro's `defineAppConfig` is a build-time global: an identity here). */
function loadAppConfig(): AppConfigPages {
  const g = globalThis as { defineAppConfig?: (c: unknown) => unknown }
  g.defineAppConfig ??= (c) => c
  return require(path.join(__dirname, '..', '..', 'src', 'app.config')).default as AppConfigPages
}

/** Page paths without a leading slash, as app.json lists them: main package first. */
export function appPages(): string[] {
  const config = loadAppConfig()
  const subs = config.subPackages ?? config.subpackages ?? []
  return [...config.pages, ...subs.flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`))]
}

/** The tab bar's entries (page path and label), in order. */
export function tabBarList(): { pagePath: string; text: string }[] {
  return (loadAppConfig().tabBar?.list ?? []).map(({ pagePath, text }) => ({ pagePath, text }))
}
