// Builds varied union-site pages for the parser tests: chrome, header, body and footer are chosen
// per test so each case states only what it is about.

/** The parts of a synthetic page; `null` leaves a part out. */
export interface PageSpec {
  nav?: string[] | null
  breadcrumb?: string | null
  title?: string | null
  dateLines?: string[]
  body: string[]
  footer?: string[] | null
}

/** A navigation menu unlike the fixture's (another district, bullets and a wrapped `|` row). */
export const NAV = ['• 首页', '  • 工会动态', '  • 服务指南', '组织机构 | 政策法规 | 职工之家 |', '办事指南 |']

/** A footer in the sites' usual order. */
export const FOOTER = ['分享到：', '【收藏此页】 【打印本页】 【关闭窗口】', '主办：深圳市罗湖区总工会', '联系电话：0755-12345678', '网站标识码：4403030001']

/** Joins the parts the way extracted text does: indented lines separated by blank lines. */
export function buildPage(spec: PageSpec): string {
  const lines = [
    ...(spec.nav === null ? [] : (spec.nav ?? NAV)),
    ...(spec.breadcrumb === null ? [] : [spec.breadcrumb ?? '您现在的位置：首页 > 罗湖区总工会 > 工会动态']),
    ...(spec.title === null ? [] : [spec.title ?? '罗湖区总工会举办职工篮球联赛']),
    ...(spec.dateLines ?? ['发布时间：2024-06-01 09:30']),
    ...spec.body.map((line) => `  ${line}`),
    ...(spec.footer === null ? [] : (spec.footer ?? FOOTER)),
  ]
  return lines.join('\n\n') + '\n'
}

/** A long paragraph that cannot pass for a heading or caption. */
export function paragraph(topic: string): string {
  return `${topic}，来自辖区各基层工会的职工代表踊跃参加，现场气氛热烈，活动进一步丰富了职工的精神文化生活，增强了职工的凝聚力和归属感。`
}
