// Pages and window of the app. Page paths stay literals: Taro reads this file at build time.
export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/article/index'
  ],
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
