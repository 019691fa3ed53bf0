// The design tokens where CSS cannot reach: app.json's tab bar and window (read by WeChat before
// any stylesheet) and the `color` attribute of native components. Same values as tokens.css; a
// test keeps the two in step. Plain literals: Taro reads app.config.ts outside webpack.
export const NATIVE_COLOURS = {
  text: '#1F1F1F',
  textTertiary: '#595959',
  surface: '#FFFFFF',
  page: '#F5F5F5',
  brand: '#C8102E'
} as const
