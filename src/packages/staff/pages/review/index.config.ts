export default definePageConfig({
  navigationBarTitleText: '审核申请',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark'
})
