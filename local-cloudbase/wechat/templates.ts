// The subscribe-message templates the WeChat stand-in knows: what the mini-program's admin console
// (订阅消息 → 我的模板) would list. Each keyword's kind is its name without the trailing number
// (`thing1` is a `thing`), as in WeChat's template ids and keys.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** The local template for 圆梦计划 status updates; `{{env.DREAM_PLAN_TEMPLATE_ID}}` resolves to it locally. */
export const LOCAL_TEMPLATE_ID = 'local-dream-plan-status'

/** One template: its title and keywords (`key` → label shown to the user). */
export interface Template {
  title: string
  keywords: Record<string, string>
}

export const BUILT_IN_TEMPLATES: Record<string, Template> = {
  [LOCAL_TEMPLATE_ID]: {
    title: '申请进度提醒',
    keywords: { thing1: '申请项目', phrase2: '审核状态', thing3: '备注', time4: '更新时间' }
  }
}

/** The file a developer may add to define other templates (same shape as BUILT_IN_TEMPLATES). */
export function templatesFile(dataDir: string): string {
  return path.join(dataDir, 'wechat', 'templates.json')
}

/** Built-in templates, with `<dataDir>/wechat/templates.json` adding to or replacing them by id.
 * Read on every send, so an edit takes effect without a restart. */
export function loadTemplates(dataDir: string): Record<string, Template> {
  const file = templatesFile(dataDir)
  if (!existsSync(file)) return BUILT_IN_TEMPLATES
  const extra = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Template>
  return { ...BUILT_IN_TEMPLATES, ...extra }
}

/** A keyword's kind: `thing1` → `thing`, `character_string2` → `character_string`. */
export function keywordKind(key: string): string {
  return key.replace(/\d+$/, '')
}
