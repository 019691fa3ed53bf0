export default definePageConfig({
  navigationBarTitleText: '人员管理',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark'
})
