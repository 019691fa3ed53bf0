// The `wechatSync` function's on-demand action (a publisher's 立即同步公众号) and the summary a run
// returns, shared by the function and the staff pages.

/** What one sync run did. */
export interface WechatSyncSummary {
  listed: number
  fetched: number
  imported: number
  updated: number
  unchanged: number
  withdrawn: number
  /** Of the new and updated items, how many wait in 待审核 (their channel is 需审核). */
  awaitingReview: number
  failed: Array<{ articleId: string; reason: string }>
  /** Set when WeChat's quota stopped the run before it finished. */
  stoppedBy?: 'rate-limit'
}

export interface WechatSyncActions {
  sync: { input: Record<string, never>; result: WechatSyncSummary }
}
