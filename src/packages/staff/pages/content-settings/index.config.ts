export default definePageConfig({
  navigationBarTitleText: '栏目、头条与操作记录'
})
