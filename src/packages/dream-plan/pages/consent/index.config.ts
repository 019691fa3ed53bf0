export default definePageConfig({
  navigationBarTitleText: '个人信息保护告知'
})
