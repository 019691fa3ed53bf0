// Pages, tab bar and window of the app. Page paths stay literals: Taro reads this file at build time.
// Tab pages and the article page (where shared cards land) are in the main package; pages most
// users never open on first load live in subpackages (news: search, favourites; services: a
// service, the places finder, FAQ), preloaded from the tab that leads to them.
import { NATIVE_COLOURS } from './components/tokens/native-colours'

/** A tab's icons in WeChat's native bar; none on H5 (see tabBar). */
function tabIcons(name: string): { iconPath?: string; selectedIconPath?: string } {
  if (process.env.TARO_ENV === 'h5') return {}
  return { iconPath: `assets/tab/${name}.png`, selectedIconPath: `assets/tab/${name}-active.png` }
}

export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/services/index',
    'pages/mine/index',
    'pages/article/index'
  ],
  subPackages: [
    {
      root: 'packages/news',
      pages: [
        'pages/search/index',
        'pages/favourites/index'
      ]
    },
    {
      root: 'packages/services',
      pages: [
        'pages/service/index',
        'pages/places/index',
        'pages/faq/index'
      ]
    },
    {
      // 圆梦计划: the form and its zod schemas stay out of the main package.
      root: 'packages/dream-plan',
      pages: [
        'pages/intro/index',
        'pages/consent/index',
        'pages/apply/index',
        'pages/success/index',
        'pages/mine/index',
        'pages/detail/index',
        'pages/check/index'
      ]
    },
    {
      // Staff only (工作台, review, 公示, 发放, 人员管理): workers never download it.
      root: 'packages/staff',
      pages: [
        'pages/home/index',
        'pages/queue/index',
        'pages/review/index',
        'pages/publish/index',
        'pages/pay/index',
        'pages/members/index',
        // 内容管理 (editors and publishers).
        'pages/content-list/index',
        'pages/content-editor/index',
        'pages/content-review/index',
        'pages/content-channels/index',
        'pages/content-settings/index'
      ]
    }
  ],
  preloadRule: {
    'pages/services/index': { network: 'all', packages: ['packages/services'] }
  },
  // On H5 the pages draw the app's own bar (src/components/tab-bar), which follows 关怀模式; Taro's
  // H5 bar would not. In WeChat the bar stays native. The icons are WeChat's: Taro's H5 build would
  // put all six in the start-up code of every page (3.8 KB), while the app's bar brings them itself.
  tabBar: {
    custom: process.env.TARO_ENV === 'h5',
    color: NATIVE_COLOURS.textTertiary,
    selectedColor: NATIVE_COLOURS.brand,
    backgroundColor: NATIVE_COLOURS.surface,
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', text: '首页', ...tabIcons('home') },
      { pagePath: 'pages/services/index', text: '服务', ...tabIcons('services') },
      { pagePath: 'pages/mine/index', text: '我的', ...tabIcons('mine') }
    ]
  },
  // 找阵地's 附近 asks for the position once, on a tap; the place editor (staff) picks a point with
  // chooseLocation. Both must be declared here and in the 用户隐私保护指引 (README, deployment).
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  permission: {
    'scope.userLocation': { desc: '用于查找离您最近的工会服务阵地' }
  },
  window: {
    navigationBarTitleText: '福田区总工会',
    navigationBarBackgroundColor: NATIVE_COLOURS.brand,
    navigationBarTextStyle: 'white',
    backgroundColor: NATIVE_COLOURS.page,
    backgroundTextStyle: 'dark'
  },
  lazyCodeLoading: 'requiredComponents',
  // Staff do long work in WeChat for Windows/Mac: the window may be resized (two columns from 768 px).
  resizable: true,
  style: 'v2'
})
