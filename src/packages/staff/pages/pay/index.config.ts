export default definePageConfig({
  navigationBarTitleText: '发放',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark'
})
