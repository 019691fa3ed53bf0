// Pages, tab bar and window of the app. Page paths stay literals: Taro reads this file at build time.
// Tab pages and the article page (where shared cards land) are in the main package; pages most
// users never open on first load live in the news subpackage.
export default defineAppConfig({
  pages: [
    'pages/index/index',
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
    }
  ],
  tabBar: {
    color: '#595959',
    selectedColor: '#C8102E',
    backgroundColor: '#FFFFFF',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-active.png' },
      { pagePath: 'pages/mine/index', text: '我的', iconPath: 'assets/tab/mine.png', selectedIconPath: 'assets/tab/mine-active.png' }
    ]
  },
  window: {
    navigationBarTitleText: '福田区总工会',
    navigationBarBackgroundColor: '#C8102E',
    navigationBarTextStyle: 'white',
    backgroundColor: '#F5F5F5',
    backgroundTextStyle: 'dark'
  },
  lazyCodeLoading: 'requiredComponents',
  style: 'v2'
})
