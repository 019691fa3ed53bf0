// `requirePlugin` as WeChat's logic layer answers it, from what app.json declares under `plugins`.
// - Nothing declared: WeChat throws `Error: This application has not registered any plugins yet.`
//   (its checkWxConfig; the text as WeChat's developer community quotes it from base libraries
//   2.10–2.31, e.g. developers.weixin.qq.com/community/develop/doc/000c2229d54a3035c52a5e2d756000).
// - Declared, but not under this name: WeChat throws too; its exact text is not documented, so the
//   message here is ours.
// - Declared: the harness has no stand-in for any plugin, which is a problem to fix here (like an
//   unknown wx API), not a pass.
// https://developers.weixin.qq.com/miniprogram/dev/framework/plugin/using.html
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Recorder } from './recorder'

export function requirePluginFor(root: string, recorder: Recorder): (name: string) => unknown {
  const declared = (JSON.parse(readFileSync(path.join(root, 'app.json'), 'utf8')) as { plugins?: Record<string, unknown> }).plugins ?? {}
  return (name: string) => {
    if (Object.keys(declared).length === 0) throw new Error('This application has not registered any plugins yet.')
    if (!(name in declared)) throw new Error(`plugin "${name}" is not declared in app.json plugins`)
    recorder.problem('unknown-api', `requirePlugin(${name}) 没有替身：请在 test/helpers/weapp/plugins.ts 中按插件文档补上`)
    throw new Error(`requirePlugin(${name}) is not available in the weapp harness`)
  }
}
