// Who and what the app is, for 关于.

/** The organisation behind the app. */
export const ORG_NAME = '福田区总工会'

/** The app's version (package.json), inlined at build time by config/index.ts. */
export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : ''
