// Lint: bugs the type checker lets through (floating promises, stale hook dependencies) and the
// boundaries between the parts of the repository, so that a wrong import fails `npm test`.
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import boundaries from './eslint/boundaries.mjs'

export default tseslint.config(
  {
    ignores: ['build/**', 'dist/**', '.data/**', '.temp/**', '.swc/**', 'node_modules/**', 'test/artifacts/**', 'bench/results/**', 'types/**', '**/*.js', '**/*.mjs', '**/*.cjs']
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.base],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
    },
    linterOptions: { reportUnusedDisableDirectives: 'warn' },
    rules: {
      // A promise nobody awaits loses its error: await it, or say `void` where that is meant.
      '@typescript-eslint/no-floating-promises': 'error'
    }
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // On H5, ScrollView and Button are src/components/h5-host's, which leave the browser to scroll
      // and have no Form to submit to: these props would do nothing there.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXOpeningElement[name.name='ScrollView'] > JSXAttribute[name.name=/^(scrollTop|scrollLeft|scrollIntoView|scrollWithAnimation|onScroll|onScrollToUpper|onScrollToLower|upperThreshold|lowerThreshold|refresherEnabled|onRefresherRefresh)$/]",
          message: 'H5 的 ScrollView 由 src/components/h5-host 绘制，只支持 scrollX / scrollY：滚动位置与滚动事件请直接用元素的 scroll API。'
        },
        {
          selector: "JSXOpeningElement[name.name='Button'] > JSXAttribute[name.name='formType']",
          message: 'H5 的 Button 由 src/components/h5-host 绘制，不提交 Form：请在 onClick 里提交。'
        }
      ],
      // On H5 these controls come from src/components/taro-controls, with only the pages that use them,
      // and with the stylesheet of the Checkbox's icon font (config/h5-host.ts drops Taro's own import).
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@tarojs/components',
              importNames: ['Checkbox', 'CheckboxGroup', 'Picker', 'Textarea', 'Radio', 'RadioGroup', 'Icon'],
              message: '表单控件请从 @/components/taro-controls 引入：H5 上它们只随用到的页面下载，并带上勾选框图标字体的样式（Radio、Icon 请先加到那里）。'
            }
          ]
        }
      ],
      // On H5 these would put Taro's toast and dialog code back into every first screen.
      'no-restricted-properties': ['error', ...['showToast', 'showModal', 'showLoading', 'hideLoading', 'setClipboardData'].map((property) => ({ object: 'Taro', property, message: `请用 @/lib/feedback 的 ${property}：H5 上它在页面加载后才下载提示框的代码。` }))]
    }
  },
  {
    files: ['src/lib/taro-feedback.ts'],
    rules: { 'no-restricted-properties': 'off' }
  },
  {
    files: ['src/components/taro-controls/*.ts'],
    rules: { 'no-restricted-imports': 'off' }
  },
  {
    // The repository's boundaries (eslint/boundaries.mjs says which and why).
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { boundaries },
    rules: { 'boundaries/imports': 'error' }
  }
)
