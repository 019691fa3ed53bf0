export default definePageConfig({
  navigationBarTitleText: '福田区总工会',
  // Shared cards land here: to a chat (转发) and to Moments (朋友圈, single-page mode).
  enableShareAppMessage: true,
  enableShareTimeline: true
})
