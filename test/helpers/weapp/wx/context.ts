// What the `wx` stand-ins share: the package, the recorder, who is using the phone and what they
// will tap when WeChat asks them something, and the device's own state.
import type { TestCloudbase } from '../../local-cloudbase'
import type { Manifest } from '../manifest'
import type { Recorder } from '../recorder'
import type { TempFiles } from './temp-files'

/** The WeChat user: the openid WeChat injects into every cloud call they make. */
export interface Persona {
  openid: string
  appid: string
}

/** A file the user will pick in chooseMedia / chooseMessageFile. */
export interface PickedFile {
  name: string
  bytes: Buffer
  /** 'image' | 'video' for chooseMedia, 'file' | 'image' for chooseMessageFile. */
  type?: string
}

/** What the user answers when WeChat asks; tests change these before the tap that asks. */
export interface UserChoices {
  /** WeChat's own privacy popup (when the app shows none): 同意 or 拒绝. */
  privacyPopup: 'agree' | 'disagree'
  /** The scope.userLocation prompt. */
  location: 'allow' | 'deny'
  position: { latitude: number; longitude: number }
  /** The point the user picks on WeChat's map (chooseLocation), or closing the map without one. */
  mapPick: { name: string; address: string; latitude: number; longitude: number } | 'cancel'
  /** Each template in the subscribe-message dialog. */
  subscribe: 'accept' | 'reject'
  /** Answers to showModal, in order; when empty the user taps 确定. */
  modalAnswers: boolean[]
  /** WeChat's cropper (cropImage): confirm its first frame, or close it. */
  crop: 'confirm' | 'cancel'
  /** Files for the next chooseMedia / chooseMessageFile; when empty the user cancels. */
  media: PickedFile[][]
  messageFiles: PickedFile[][]
}

/** The phone: sizes and WeChat's font-size setting (关怀 mode follows it). */
export interface DeviceSettings {
  windowWidth: number
  windowHeight: number
  pixelRatio: number
  fontSizeScaleFactor: number
  SDKVersion: string
}

/** The page stack, as the navigation stand-ins drive it (implemented by the app driver). */
export interface Navigator {
  routes: () => string[]
  push: (route: string, query: Record<string, string>) => Promise<void>
  redirect: (route: string, query: Record<string, string>) => Promise<void>
  switchTab: (route: string) => Promise<void>
  reLaunch: (route: string, query: Record<string, string>) => Promise<void>
  back: (delta: number) => Promise<void>
}

export interface WxContext {
  root: string
  manifest: Manifest
  recorder: Recorder
  persona: Persona
  choices: UserChoices
  device: DeviceSettings
  files: TempFiles
  cloudbase: TestCloudbase
  navigator: Navigator
  /** True while a tap's handler runs synchronously: WeChat allows some APIs only then. */
  gesture: { inTap: boolean }
  /** The logic layer's own Promise (set once its realm exists): promise-style wx calls answer with
   * one, as in WeChat, so an uncaught failure is the app's unhandled rejection. */
  logicLayerPromise?: PromiseConstructor
}

export function defaultChoices(): UserChoices {
  return {
    privacyPopup: 'agree',
    location: 'allow',
    // 福田区政府 (Futian district government), for 附近.
    position: { latitude: 22.5218, longitude: 114.0553 },
    mapPick: 'cancel',
    crop: 'confirm',
    subscribe: 'accept',
    modalAnswers: [],
    media: [],
    messageFiles: []
  }
}

export function defaultDevice(): DeviceSettings {
  return { windowWidth: 375, windowHeight: 667, pixelRatio: 2, fontSizeScaleFactor: 1, SDKVersion: '3.7.12' }
}
