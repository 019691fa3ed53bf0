export default definePageConfig({
  navigationBarTitleText: '找阵地',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  onReachBottomDistance: 200
})
