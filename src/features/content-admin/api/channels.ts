// A publisher's calls for channels: save one (order, share image, 自动发布/需审核), and run the 公众号
// sync now. Listing is in content-items.ts.
import type { ContentAdminActions } from '@contracts/content-admin/actions'
import { callFunction } from '@/lib/cloud'

export const saveContentChannel = (input: ContentAdminActions['saveChannel']['input']) => callFunction('contentAdmin', 'saveChannel', input)
export const runWechatSync = () => callFunction('wechatSync', 'sync', {})
