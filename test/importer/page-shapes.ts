// Generated page shapes for the property tests: the chrome of many sites (menus, breadcrumbs, date
// and field lines, share/print/QR lines, editors, disclaimers, footers) around a body whose
// paragraphs, headings, pictures and credits are known, so a reading can be checked against them.
import fc from 'fast-check'

const CLAUSES = [
  '区总工会走访慰问了坚守一线的环卫工人',
  '活动现场气氛热烈',
  '职工们纷纷表示感受到了工会娘家人的温暖',
  '街道总工会联合社区工联会开展了送清凉活动',
  '共发放防暑降温物资1,000余份',
  '活动于14:30在职工服务中心正式开始',
  '报名方式详见http://www.example.cn/a,b页面',
  '今年以来全区新建职工书屋12家',
  '2024年9月18日上午区总工会召开了工作会议',
  '下一步将继续做好新就业形态劳动者服务工作',
  '福田区总工会持续推进暖蜂驿站建设',
  '参加培训的职工达300人次',
]
const SEPARATORS = ['，', ',', '；']

/** A paragraph: two to four clauses, ending with 。; may carry numbers, times, a URL and a date in prose. */
export const paragraphArb = fc
  .tuple(fc.array(fc.constantFrom(...CLAUSES), { minLength: 2, maxLength: 4 }), fc.constantFrom(...SEPARATORS), fc.nat(999))
  .map(([clauses, sep, n]) => `${clauses.join(sep)}，编号${n}。`)

const HEADINGS = ['打造先行示范工会', '一、强化思想政治引领', '聚焦职工急难愁盼', '（二）服务阵地建设', '回眸与展望：交出亮眼成绩单']
const CAPTIONS = ['▲活动现场', '▲区总工会领导为职工代表颁奖', '图为职工参加技能比赛', '志愿者为外卖小哥送上清凉包 张三 摄']
const BYLINES = ['记者 王小明', '（通讯员 李四 王五）', '文/图 福田区总工会', '深圳特区报记者 刘莎莎 文/图']

/** Lines a site prints around an article; none of them may end up in the body. */
export const CHROME = {
  nav: ['• 网站首页', '  • 工会动态', '机构职能 | 工会文件 | 法律法规 |', '关于我们| 网站地图| 联系我们'],
  top: ['热门关键字: 劳动 博览 维权', '无障碍版 长者助手', '轻触这里', '2024年3月2日 星期三', '今天是'],
  share: ['分享到:', '分享', '【收藏此页】 【打印本页】 【关闭窗口】', '扫一扫在手机打开当前页', '扫一扫在手机上打开当前页', '打印 | 收藏 | 发给好友 【字号 大 中 小】 |', '[保存] [全文浏览] [打印]'],
  fields: ['来源:南方工报 作者:许接英', '作者:沈亚红 来源:晶报', '浏览次数:364', '字号:[大中小 ] 视力保护色:12345', '文字大小:[ ] 背景色:'],
  closing: ['编辑:张苑', '[责任编辑:海燕]', '责任编辑：段马水', '免责声明：本站部分文字内容来源于网络，如有侵权请联系删除。', '声明：转载请注明来源'],
  footer: ['主办:深圳市福田区人民政府办公室', '联系电话:0755-83936670', '网站标识码:4403040003 备案序号:粤ICP备12001664号', '地址:荆州市园林路25号 热线电话:0716-8212336'],
}

/** Date lines as sites print them, with the instant they stand for (Shanghai time). */
export const DATE_LINES: Array<[string, string]> = [
  ['日期:2022-12-28 18:00 字号:[大中小 ] 视力保护色:12345', '2022-12-28T10:00:00.000Z'],
  ['信息来源:沙市区总工会 | 发布时间 2022-04-02', '2022-04-01T16:00:00.000Z'],
  ['发布时间:2024-08-05信息来源:宣传部', '2024-08-04T16:00:00.000Z'],
  ['2012-05-16 11:18:30 浏阳网| 编辑:戴鹏', '2012-05-16T03:18:30.000Z'],
  ['29.12.2014  11:10', '2014-12-29T03:10:00.000Z'],
  ['【发布日期:2015-08-24】 【来源:】', '2015-08-23T16:00:00.000Z'],
  ['2023年07月24日09:02', '2023-07-24T01:02:00.000Z'],
  ['中國網 |    發佈時間:2024-07-25 14:21:22.0 |', '2024-07-25T06:21:22.000Z'],
]

export type BodyItem = { kind: 'paragraph'; text: string } | { kind: 'heading'; text: string } | { kind: 'caption'; text: string } | { kind: 'byline'; text: string }

export interface PageShape {
  lines: string[]
  /** The ISO date the page prints, or null. */
  date: string | null
  title: string
  body: BodyItem[]
  chrome: string[]
}

const bodyArb = fc
  .tuple(
    fc.uniqueArray(paragraphArb, { minLength: 1, maxLength: 6 }),
    fc.array(fc.tuple(fc.nat(5), fc.constantFrom<'heading' | 'caption' | 'byline'>('heading', 'caption', 'byline')), { maxLength: 4 }),
    fc.constantFrom(...HEADINGS),
    fc.constantFrom(...CAPTIONS),
    fc.constantFrom(...BYLINES),
  )
  .map(([paragraphs, extras, heading, caption, byline]) => {
    const items: BodyItem[] = paragraphs.map((text) => ({ kind: 'paragraph', text }))
    for (const [at, kind] of extras) {
      // Headings go before a paragraph; pictures and credits anywhere after the first paragraph.
      const index = Math.min(at, items.length - 1) + (kind === 'heading' ? 0 : 1)
      if (kind === 'heading' && items[index]?.kind !== 'paragraph') continue
      if (kind === 'heading' && items[index - 1]?.kind === 'heading') continue
      items.splice(index, 0, { kind, text: kind === 'heading' ? heading : kind === 'caption' ? caption : byline })
    }
    return items
  })

/** A page of some site: any mix of its chrome, with or without a date line. */
export const pageArb: fc.Arbitrary<PageShape> = fc
  .record({
    nav: fc.subarray(CHROME.nav),
    top: fc.subarray(CHROME.top),
    crumb: fc.constantFrom('你的当前位置: 首页 > 区总工会 > 工会动态', '首页 > 福田信息 > 新闻动态 > 福田动态', '中国工会新闻>>基层动态', null),
    title: fc.constantFrom('罗湖区总工会举办职工篮球联赛', '市总工会广泛开展“送清凉”活动', '福田工会部署2026年高质量发展重点工作'),
    date: fc.option(fc.constantFrom(...DATE_LINES), { nil: null }),
    fields: fc.subarray(CHROME.fields, { maxLength: 2 }),
    share: fc.subarray(CHROME.share, { maxLength: 2 }),
    body: bodyArb,
    closing: fc.subarray(CHROME.closing, { maxLength: 2 }),
    footer: fc.subarray(CHROME.footer),
    blankLines: fc.boolean(),
  })
  .map((r) => {
    const bodyLines = r.body.map((item) => (item.kind === 'caption' && item.text.startsWith('▲') ? ['图片', item.text] : [item.text])).flat()
    const lines = [
      ...r.nav,
      ...r.top,
      ...(r.crumb ? [r.crumb] : []),
      r.title,
      ...(r.date ? [r.date[0]] : []),
      ...r.fields,
      ...r.share.slice(0, 1),
      ...bodyLines.map((line) => `  ${line}`),
      ...r.closing,
      ...r.share.slice(1),
      ...r.footer,
    ]
    const body = r.body.map((item) => (item.kind === 'caption' ? { ...item, text: item.text.replace(/^▲/, '') } : item))
    return {
      lines: r.blankLines ? lines.flatMap((l) => [l, '']) : lines,
      date: r.date ? r.date[1] : null,
      title: r.title,
      body,
      chrome: [...r.nav, ...r.top, ...r.fields, ...r.share, ...r.closing, ...r.footer].map((l) => l.trim()),
    }
  })
