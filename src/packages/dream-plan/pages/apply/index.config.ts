export default definePageConfig({
  navigationBarTitleText: '圆梦计划申请'
})
