// The picture of an article's share card (5:4): its own cover; else the picture a publisher gave its
// channel (栏目 on the content settings page); else the channel's packaged picture (src/assets/share/,
// copied to /assets/share/ by the build).

const BY_CHANNEL: Record<string, string> = {
  工会动态: 'ghdt',
  通知公告: 'tzgg',
  政务信息公开: 'zwxxgk'
}

/** Package path of `channel`'s share image (the default one for other channels). */
export function channelShareImage(channel: string): string {
  return `/assets/share/${BY_CHANNEL[channel] ?? 'default'}.png`
}

/** The picture for a share card: the article's cover, else its channel's picture. */
export function shareImageOf(article: { cover?: string; channel: string; channelShareImage?: string }): string {
  return article.cover || article.channelShareImage || channelShareImage(article.channel)
}
