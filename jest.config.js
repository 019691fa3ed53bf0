// jest for everything: unit and integration tests in Node (functions run through the real SDK
// against a local CloudBase each test file starts), and browser tests in Chromium.
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022', transform: { react: { runtime: 'automatic' } } }, module: { type: 'commonjs' } }]
const BUILD_OUTPUT = ['<rootDir>/build/', '<rootDir>/dist/', '<rootDir>/.data/', '<rootDir>/.temp/', '<rootDir>/.swc/', '<rootDir>/test/artifacts/']
const shared = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@contracts/(.*)$': '<rootDir>/contracts/$1',
    '^@/(.*)$': '<rootDir>/src/$1',
    // zod's locale files are ESM-only .js; jest loads their .cjs twins.
    '^zod/v4/locales/(.*)\\.js$': 'zod/v4/locales/$1.cjs'
  },
  // query-string (which test/h5-router compares a stand-in with) and its helpers are ESM only.
  transformIgnorePatterns: ['/node_modules/(?!(query-string|decode-uri-component|split-on-first|filter-obj)/)'],
  testEnvironment: 'node',
  // Build output holds copies of package.json files (build/functions/*, build/bench-functions/*,
  // dist/): jest's module map must never see them, or every run warns of naming collisions.
  modulePathIgnorePatterns: BUILD_OUTPUT,
  watchPathIgnorePatterns: BUILD_OUTPUT,
  setupFiles: ['<rootDir>/test/helpers/setup-env.ts']
}

module.exports = {
  // A worker per core (jest's default leaves one idle): the tests mostly wait on servers and
  // browsers, and a 2-core CI machine runs the suite in about two thirds of the time.
  maxWorkers: '100%',
  projects: [
    {
      ...shared,
      displayName: 'node',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['<rootDir>/test/browser/', '<rootDir>/test/weapp/'],
      setupFilesAfterEnv: ['<rootDir>/test/helpers/patient-timeout.ts'],
      globalSetup: '<rootDir>/test/helpers/build-functions-once.ts'
    },
    {
      ...shared,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
      // Node's, and it knows when a test failed: browser-file.ts then prints what its pages showed.
      testEnvironment: '<rootDir>/test/helpers/failure-aware-environment.ts',
      setupFilesAfterEnv: ['<rootDir>/test/helpers/patient-timeout.ts'],
      globalSetup: '<rootDir>/test/helpers/build-app-once.ts',
      globalTeardown: '<rootDir>/test/helpers/seed-cache-teardown.ts'
    },
    {
      // The mini-program build (dist/) run as WeChat's logic layer runs it: see test/helpers/weapp/.
      ...shared,
      displayName: 'weapp',
      testMatch: ['<rootDir>/test/weapp/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/helpers/patient-timeout.ts'],
      globalSetup: '<rootDir>/test/helpers/build-weapp-once.ts',
      globalTeardown: '<rootDir>/test/helpers/seed-cache-teardown.ts'
    }
  ]
}
