export default definePageConfig({
  navigationBarTitleText: '福田区总工会',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  onReachBottomDistance: 200
})
