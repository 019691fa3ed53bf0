// Ambient types for the Taro app: asset imports and the build-time environment variables.
/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.gif'
declare module '*.jpg'
declare module '*.jpeg'
declare module '*.svg'
declare module '*.css'

declare namespace NodeJS {
  interface ProcessEnv {
    /** The platform being built, inlined by Taro. */
    TARO_ENV: 'weapp' | 'swan' | 'alipay' | 'h5' | 'rn' | 'tt' | 'qq' | 'jd' | 'harmony' | 'jdrn'
    /** Mini-program appid override (see project.config.json). */
    TARO_APP_ID?: string
    /** CloudBase environment id used by Taro.cloud.init on weapp. */
    TARO_APP_CLOUD_ENV?: string
    /** H5 gateway base URL; '' means same origin. */
    TARO_APP_API_BASE?: string
  }
}

/** package.json's version, inlined by config/index.ts (defineConstants). */
declare const __APP_VERSION__: string
