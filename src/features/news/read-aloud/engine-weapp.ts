// WeChat's 微信同声传译 plugin (WechatSI, provider wx069ba97219f66d99): textToSpeech turns up to
// ~200 characters a call into an audio file (its link lasts 3 hours), played with an
// InnerAudioContext whose playbackRate gives the speed. The plugin must be added to the app in the
// admin console and declared in app.config.ts `plugins` (README, 朗读); without it requirePlugin
// throws and the button says 朗读暂不可用.
import Taro from '@tarojs/taro'
import type { SpeechEngine } from './reader'
import { chunksOf } from './speech-chunks'

declare const requirePlugin: ((name: string) => unknown) | undefined

interface WechatSI {
  textToSpeech(options: { lang: 'zh_CN'; tts: true; content: string; success: (res: { retcode: number; filename: string }) => void; fail: (err: unknown) => void }): void
}

function loadPlugin(): WechatSI | null {
  try {
    return typeof requirePlugin === 'function' ? (requirePlugin('WechatSI') as WechatSI) : null
  } catch {
    return null
  }
}

export function weappEngine(): SpeechEngine {
  const plugin = loadPlugin()
  let audio: Taro.InnerAudioContext | null = null
  let turn = 0
  const halt = () => {
    turn++
    audio?.stop()
    audio?.destroy()
    audio = null
  }
  return {
    unavailableReason: () => Promise.resolve(plugin ? null : '朗读需要微信同声传译插件，当前版本暂未开通'),
    speak: (text, rate, done, failed) => {
      if (!plugin) return failed()
      halt()
      const mine = turn
      const pieces = chunksOf(text)
      const next = (i: number) => {
        if (mine !== turn) return
        if (i >= pieces.length) return done()
        plugin.textToSpeech({
          lang: 'zh_CN',
          tts: true,
          content: pieces[i],
          fail: () => mine === turn && failed(),
          success: ({ retcode, filename }) => {
            if (mine !== turn) return
            if (retcode !== 0 || !filename) return failed()
            audio = Taro.createInnerAudioContext()
            audio.playbackRate = rate
            audio.src = filename
            audio.onEnded(() => next(i + 1))
            audio.onError(() => mine === turn && failed())
            audio.play()
          }
        })
      }
      next(0)
    },
    pause: () => audio?.pause(),
    resume: () => audio?.play(),
    stop: halt
  }
}
