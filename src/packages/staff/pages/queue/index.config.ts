export default definePageConfig({
  navigationBarTitleText: '申请列表',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark'
})
