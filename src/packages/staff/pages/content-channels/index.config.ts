export default definePageConfig({
  navigationBarTitleText: '栏目设置',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark'
})
