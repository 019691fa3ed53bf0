// The action row under an article: 收藏 (optimistic toggle) and 分享. In WeChat the share button
// opens WeChat's own share sheet; on H5 it copies the page link.
import { Button, Text, View } from '@tarojs/components'
import { useFavourite } from '../hooks/use-favourite'
import './article-actions.css'
import { setClipboardData, showToast } from '@/lib/feedback'

interface ArticleActionsProps {
  id: string
  favourited: boolean
  /** False in Moments' single-page mode, which has no login (收藏 needs one). */
  canFavourite: boolean
  /** H5: after the link was copied (the page counts it as a share). */
  onLinkCopied?: () => void
}

/** `disabled` only while busy: on H5 even disabled="false" picks up the disabled look. */
function busyProps(busy: boolean): { disabled?: boolean } {
  return busy ? { disabled: true } : {}
}

/** 收藏 and 分享 buttons, each at least 44×44 px (60×60 in 关怀模式). */
export function ArticleActions({ id, favourited: initial, canFavourite, onLinkCopied }: ArticleActionsProps) {
  const { favourited, busy, toggle } = useFavourite(id, initial)

  const copyLink = () => {
    setClipboardData({ data: window.location.href })
      .then(() => {
        void showToast({ title: '链接已复制', icon: 'none' })
        onLinkCopied?.()
      })
      .catch(() => showToast({ title: '复制失败，请手动复制地址栏链接', icon: 'none' }))
  }

  return (
    <View className='article-actions'>
      {canFavourite ? (
        <Button
          className={`ui-control ui-button ui-button--secondary article-actions__button${favourited ? ' article-actions__button--on' : ''}`}
          role='button' tabIndex={0}
          data-testid='favourite-button'
          data-favourited={favourited ? 'true' : 'false'}
          {...busyProps(busy)}
          onClick={() => void toggle()}
        >
          <Text className='article-actions__icon' aria-hidden='true'>
            {favourited ? '★' : '☆'}
          </Text>
          <Text className='article-actions__text'>{favourited ? '已收藏' : '收藏'}</Text>
        </Button>
      ) : null}
      {process.env.TARO_ENV === 'h5' ? (
        <Button className='ui-control ui-button ui-button--secondary article-actions__button' role='button' tabIndex={0} data-testid='share-button' onClick={copyLink}>
          <Text className='article-actions__text'>复制链接</Text>
        </Button>
      ) : (
        <Button className='ui-control ui-button ui-button--secondary article-actions__button' openType='share' data-testid='share-button'>
          <Text className='article-actions__text'>分享给好友</Text>
        </Button>
      )}
    </View>
  )
}
