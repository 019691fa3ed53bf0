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
      'react-hooks/exhaustive-deps': 'error'
    }
  },
  {
    // The repository's boundaries (eslint/boundaries.mjs says which and why).
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { boundaries },
    rules: { 'boundaries/imports': 'error' }
  }
)
