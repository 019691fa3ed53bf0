// H5: the inline script that starts a page's first calls (config/early-calls.ts) as index.html is read,
// in parallel with the app's own download. ES5 by hand, all in a try: it runs on any browser that
// opens the page, and if it cannot run the app simply makes its calls itself, as before.
import type { EarlyCall } from './early-calls'

// Taro reads the config with a compiler that sees only config/, so these three are written here as
// the app writes them (src/lib/early-reply.ts, src/lib/persona.ts); a test keeps them equal.
export const EARLY_CALLS_GLOBAL = '__earlyCalls'
export const PERSONA_STORAGE_KEY = 'futian.persona'
export const DEFAULT_PERSONA = 'demo-worker'

interface ScriptOptions {
  /** Route `/` opens. */
  homeRoute: string
  /** The gateway's base URL (TARO_APP_API_BASE), '' for the same origin. */
  apiBase: string
}

/**
 * The inline script. It asks as `callH5` in src/lib/cloud.ts asks (same URL, headers and body, the
 * persona read as src/lib/persona.ts reads it) and files each reply under `earlyCallKey`'s key. A
 * reply the app never takes (it failed, or the page went elsewhere) is not an unhandled rejection.
 */
export function earlyCallsScript(calls: Record<string, EarlyCall[]>, { homeRoute, apiBase }: ScriptOptions): string {
  const args = [calls, EARLY_CALLS_GLOBAL, homeRoute, apiBase.replace(/\/+$/, ''), PERSONA_STORAGE_KEY, DEFAULT_PERSONA].map((a) => JSON.stringify(a)).join(',')
  return `!function(t,g,h,b,k,d){try{var c=t[location.pathname.replace(/^\\/+|\\/+$/g,"")||h];if(!c||!window.fetch)return;var w=d;try{var s=(localStorage.getItem(k)||"").trim();if(s)w=s}catch(e){}var q=new URLSearchParams(location.search),o=window[g]={};c.forEach(function(x){var v={},f,m=0;for(f in x.event)v[f]=x.event[f];for(f in x.fromQuery||{}){var a=q.get(x.fromQuery[f]);if(a===null)m=1;else v[f]=a}if(m)return;var r=fetch(b+"/api/"+encodeURIComponent(x.fn),{method:"POST",headers:{"Content-Type":"application/json","X-WX-OPENID":w},body:JSON.stringify(v)});o[x.fn+" "+JSON.stringify(Object.keys(v).sort().map(function(f){return[f,v[f]]}))]={at:Date.now(),reply:r};r.catch(function(){})})}catch(e){}}(${args})`
}
