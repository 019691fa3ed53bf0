import { isFooterStart, isNavLine, isPageToolLine, parseBreadcrumb } from '../../../importer/parse/chrome'
import { cleanLine } from '../../../importer/parse/normalize'

describe('isNavLine', () => {
  it.each([['• 网站首页'], ['机构职能 | 工会文件 | 法律法规 |'], ['网上办事 | 常见问题 |'], ['常见问题 |'], [cleanLine('宣传资料\u00a0\u00a0 | 工会培训\u00a0\u00a0 |')]])(
    'recognises %s',
    (line) => expect(isNavLine(line)).toBe(true),
  )

  it.each([['对标先行示范 争创一流工会'], ['全年服务职工超过20万人次 | 这是一句很长的正文内容而不是菜单项目。']])('leaves %s alone', (line) =>
    expect(isNavLine(line)).toBe(false),
  )
})

describe('parseBreadcrumb', () => {
  it('takes the last item as channel, with ASCII or full-width separators', () => {
    expect(parseBreadcrumb('你的当前位置: 首页 > 非政府部门网站 > 区总工会 > 工会动态')?.channel).toBe('工会动态')
    expect(parseBreadcrumb('当前位置：首页＞通知公告')?.channel).toBe('通知公告')
    expect(parseBreadcrumb('您现在的位置：首页 » 政务信息公开')?.trail).toEqual(['首页', '政务信息公开'])
  })

  it('reads an unlabelled trail only when it cannot be prose', () => {
    expect(parseBreadcrumb('首页 > 工会动态')?.channel).toBe('工会动态')
    expect(parseBreadcrumb('中國共產黨新聞網>>中國工會新聞')?.channel).toBe('中國工會新聞')
    expect(parseBreadcrumb('上海分类信息网 > 上海新闻网 > 青浦新闻')?.channel).toBe('青浦新闻')
    expect(parseBreadcrumb('您当前的位置:首页>>新闻中心>>总工会>>内容')?.channel).toBe('总工会')
    expect(parseBreadcrumb('收入 > 支出')).toBeNull()
  })

  it('ignores other lines', () => {
    expect(parseBreadcrumb('区总工会所在位置便利')).toBeNull()
  })
})

describe('isFooterStart', () => {
  it.each([
    ['相关附件:'],
    ['分享到：'],
    ['【收藏此页】 【打印本页】 【关闭窗口】'],
    ['【打印本页】'],
    ['扫一扫在手机打开当前页'],
    ['主办:深圳市福田区人民政府办公室'],
    ['主办单位：深圳市总工会'],
    ['联系电话:0755-83936670'],
    ['网站标识码:4403040003 备案序号:粤ICP备12001664号'],
    ['备案序号：粤ICP备12001664号'],
    ['福田概况 | 版权保护 | 隐私声明 | 网站地图 | 联系方式'],
  ])('recognises %s', (line) => expect(isFooterStart(line)).toBe(true))

  it.each([['联系人：张三，电话：0755-1234'], ['区总工会主办的职工运动会圆满落幕。'], ['分享经验']])('leaves %s alone', (line) =>
    expect(isFooterStart(line)).toBe(false),
  )
})

describe('isPageToolLine', () => {
  it('recognises font-size and eye-care tools on their own line', () => {
    expect(isPageToolLine('字号：[大 中 小]')).toBe(true)
    expect(isPageToolLine('视力保护色:12345')).toBe(true)
    expect(isPageToolLine('【字体：大 中 小】')).toBe(true)
    expect(isPageToolLine('字号大小影响阅读体验，区总工会对此进行了改版。')).toBe(false)
  })
})
