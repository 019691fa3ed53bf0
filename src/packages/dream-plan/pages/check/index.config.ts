export default definePageConfig({
  navigationBarTitleText: '能否申请自测'
})
