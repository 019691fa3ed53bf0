export default definePageConfig({
  navigationBarTitleText: '审核发布'
})
