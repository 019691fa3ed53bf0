export default definePageConfig({
  navigationBarTitleText: '福田区总工会',
  enableShareAppMessage: true
})
