// The end of a paged list: 加载更多, 正在加载…, a retry after a failed page, or 没有更多了.
import { Button, Text, View } from '@tarojs/components'
import './index.css'

export interface ListFooterProps {
  loadingMore: boolean
  /** Why the last page failed to load, or null. */
  moreError: object | null
  hasMore: boolean
  onMore: () => void
}

/** One footer for every paged list, so they all say and look the same. */
export function ListFooter({ loadingMore, moreError, hasMore, onMore }: ListFooterProps) {
  return (
    <View className='ui-list-footer'>
      {loadingMore ? <Text className='ui-list-footer__text'>正在加载…</Text> : null}
      {moreError ? (
        <Button className='outline-button ui-list-footer__more' role='button' tabIndex={0} onClick={onMore}>
          加载失败，点此重试
        </Button>
      ) : null}
      {!loadingMore && !moreError && hasMore ? (
        <Button className='outline-button ui-list-footer__more' role='button' tabIndex={0} data-testid='load-more' onClick={onMore}>
          加载更多
        </Button>
      ) : null}
      {!hasMore ? <Text className='ui-list-footer__text'>没有更多了</Text> : null}
    </View>
  )
}
