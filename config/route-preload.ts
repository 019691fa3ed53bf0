// H5: the page a URL opens starts downloading with the app, not after it, and so do its first calls
// (config/early-calls-script.ts).
//
// Taro's router imports a page's code only once the app's own scripts have arrived and run, so a
// phone waited for two downloads in a row (app, then page) before it could ask for the page's data.
// This plugin writes, into index.html, a small script with each route's files (from webpack's chunk
// graph) that adds <link rel="preload"> for the route being opened as the HTML is read. The router's
// later import finds the files already there. Works on any static host: one index.html serves
// every route, as it did.
import { createRequire } from 'node:module'
import type { Compilation, Compiler } from 'webpack'
import { EARLY_CALLS } from './early-calls'
import { earlyCallsScript } from './early-calls-script'

const NAME = 'RoutePreloadPlugin'
/** The route `/` opens: the first page of app.config.ts (which Taro's config compiler cannot import; a test keeps the two equal). */
export const HOME_ROUTE = 'pages/index/index'

// The html-webpack-plugin instance Taro's runner uses: its hooks belong to that copy.
const runnerRequire = createRequire(require.resolve('@tarojs/webpack5-runner'))
const HtmlWebpackPlugin = runnerRequire('html-webpack-plugin') as {
  getHooks(compilation: Compilation): { beforeEmit: { tap(name: string, fn: (data: { html: string }) => { html: string }): void } }
}

/** route → its files (js and css), from the import() that Taro's router makes for each page. */
export function routeFiles(compilation: Compilation): Record<string, string[]> {
  const routes: Record<string, string[]> = {}
  for (const group of compilation.chunkGroups) {
    if (group.isInitial()) continue
    for (const origin of group.origins) {
      const route = /^\.\/((?:pages|packages)\/[\w/-]+)$/.exec(origin.request ?? '')?.[1]
      if (!route) continue
      routes[route] = group.chunks.flatMap((chunk) => [...chunk.files].filter((file) => /\.(js|css)$/.test(file)))
    }
  }
  return routes
}

/** The inline script: preloads the files of the route in the address bar (nothing for an unknown one). */
export function preloadScript(routes: Record<string, string[]>, publicPath: string): string {
  return `!function(r){var p=location.pathname.replace(/^\\/+|\\/+$/g,"")||${JSON.stringify(HOME_ROUTE)};(r[p]||[]).forEach(function(f){var l=document.createElement("link");l.rel="preload";l.as=/\\.css$/.test(f)?"style":"script";l.href=${JSON.stringify(publicPath)}+f;document.head.appendChild(l)})}(${JSON.stringify(routes)})`
}

/**
 * Puts `script` ahead of the app's own script and style tags. An inline script placed after a
 * stylesheet waits for that stylesheet to arrive before it runs, and this one only starts requests:
 * placed first, the page's files and data are asked for as soon as the HTML is read.
 */
export function beforeStylesAndScripts(html: string, script: string): string {
  const first = html.search(/<script\b[^>]*\bsrc=|<link\b[^>]*\brel="?stylesheet/)
  return first < 0 ? html.replace('</head>', `${script}</head>`) : html.slice(0, first) + script + html.slice(first)
}

/**
 * Asks for the app's own scripts at high priority. Nothing is drawn until they have run (index.html's
 * body is an empty #app), yet as `defer` scripts a browser fetches them at low priority, behind the
 * route's preloaded files and the page's data. Raised, they arrive first; they still run after the
 * HTML is read.
 */
export function appScriptsFirst(html: string): string {
  return html.replace(/<script\b(?![^>]*\bfetchpriority=)([^>]*\bsrc=)/g, '<script fetchpriority="high"$1')
}

export class RoutePreloadPlugin {
  apply(compiler: Compiler): void {
    compiler.hooks.compilation.tap(NAME, (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap(NAME, (data) => {
        const publicPath = typeof compilation.outputOptions.publicPath === 'string' ? compilation.outputOptions.publicPath : '/'
        const apiBase = process.env.TARO_APP_API_BASE ?? ''
        const script = `<script>${preloadScript(routeFiles(compilation), publicPath)};${earlyCallsScript(EARLY_CALLS, { homeRoute: HOME_ROUTE, apiBase })}</script>`
        return { ...data, html: appScriptsFirst(beforeStylesAndScripts(data.html, script)) }
      })
    })
  }
}
