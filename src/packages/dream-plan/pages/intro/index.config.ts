export default definePageConfig({
  navigationBarTitleText: '圆梦计划',
  enableShareAppMessage: true
})
