// Taro's form controls that few pages use (Picker, Textarea, Checkbox). In the mini-program they
// are WeChat's own; this file is what type-checks and what the weapp build uses. The H5 build
// takes index.h5.ts instead (Taro picks `.h5` files for H5), which keeps them out of the pages that
// do not use them.
export { Checkbox, CheckboxGroup, Picker, Textarea } from '@tarojs/components'
