export default definePageConfig({
  navigationBarTitleText: '职工服务',
  // In the mini-program, pull down to refresh. Not on H5 (as on home): Taro's pull-down wraps the
  // whole page in a web component of its own, and a browser reloads the page instead; the list
  // failing to load still offers 重试.
  enablePullDownRefresh: process.env.TARO_ENV !== 'h5',
  backgroundTextStyle: 'dark'
})
