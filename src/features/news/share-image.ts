// The 5:4 share picture of each channel (src/assets/share/, copied to /assets/share/ by the
// build), used when an article has no cover of its own.

const BY_CHANNEL: Record<string, string> = {
  工会动态: 'ghdt',
  通知公告: 'tzgg',
  政务信息公开: 'zwxxgk'
}

/** Package path of `channel`'s share image (the default one for other channels). */
export function channelShareImage(channel: string): string {
  return `/assets/share/${BY_CHANNEL[channel] ?? 'default'}.png`
}

/** The picture for a share card: the article's cover, else its channel's image. */
export function shareImageOf(article: { cover?: string; channel: string }): string {
  return article.cover || channelShareImage(article.channel)
}
