export default definePageConfig({
  navigationBarTitleText: '福田区总工会',
  // In the mini-program, pull down to refresh. H5 has its own 刷新 button on this page instead of
  // Taro's pull-down, which wraps the whole page in a web component of its own: without it, the
  // home page's Lighthouse median went 77 → 85 (TBT 727 → 476 ms, alternating runs).
  enablePullDownRefresh: process.env.TARO_ENV !== 'h5',
  backgroundTextStyle: 'dark',
  onReachBottomDistance: 200
})
