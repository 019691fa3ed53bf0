// The browser's speech synthesis in zh-CN. Chrome loads its voices after the page: wait for
// `voiceschanged` (a few seconds at most) before saying there is no Chinese voice.
import type { SpeechEngine } from './reader'

const VOICES_WAIT_MS = 3000

function chineseVoice(synth: SpeechSynthesis): SpeechSynthesisVoice | null {
  return synth.getVoices().find((v) => /^zh[-_](CN|Hans)/i.test(v.lang)) ?? synth.getVoices().find((v) => /^zh/i.test(v.lang)) ?? null
}

export function h5Engine(): SpeechEngine {
  const synth = typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null
  let voice: SpeechSynthesisVoice | null = null
  return {
    unavailableReason: async () => {
      if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return '此浏览器不支持朗读'
      voice = chineseVoice(synth)
      if (!voice && synth.getVoices().length === 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, VOICES_WAIT_MS)
          synth.addEventListener('voiceschanged', () => {
            clearTimeout(timer)
            resolve()
          }, { once: true })
        })
        voice = chineseVoice(synth)
      }
      return voice ? null : '本机没有中文语音，暂不能朗读'
    },
    speak: (text, rate, done, failed) => {
      if (!synth) return failed()
      const u = new SpeechSynthesisUtterance(text)
      u.lang = 'zh-CN'
      if (voice) u.voice = voice
      u.rate = rate
      u.onend = () => done()
      // 'interrupted' / 'canceled' come from our own stop(): not a failure.
      u.onerror = (e) => (e.error === 'interrupted' || e.error === 'canceled' ? undefined : failed())
      synth.speak(u)
    },
    pause: () => synth?.pause(),
    resume: () => synth?.resume(),
    stop: () => synth?.cancel()
  }
}
