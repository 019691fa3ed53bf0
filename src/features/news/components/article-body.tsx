// An article's body blocks in reading order: paragraphs, headings and images. Images with a
// source open the viewer (all of the article's pictures, swipeable); placeholders stay frames.
import { previewImage } from '@/lib/preview-image'
import { Image, Text, View } from '@tarojs/components'
import type { ArticleBlock } from '@contracts/content/article'
import './article-body.css'
import { showToast } from '@/lib/feedback'

type ImageBlock = Extract<ArticleBlock, { type: 'image' }>

/** Every picture of the article with a source, in reading order (for the viewer). */
export function imageUrlsOf(blocks: ArticleBlock[]): string[] {
  return blocks.flatMap((block) => (block.type === 'image' && block.src ? [block.src] : []))
}

/** An image (tap to view it large), or a captioned frame when the source gave only a placeholder. */
function ArticleImage({ block, onOpen }: { block: ImageBlock; onOpen: (src: string) => void }) {
  const label = block.caption ? `查看大图：${block.caption}` : '查看大图'
  return (
    <View className='article-image' data-testid='article-block-image'>
      {block.src ? (
        <View className='article-image__button' role='button' tabIndex={0} aria-label={label} data-testid='article-image-open' onClick={() => onOpen(block.src!)}>
          <Image
            className='article-image__img'
            src={block.src}
            mode='widthFix'
            lazyLoad
            showMenuByLongpress
            nativeProps={{ alt: block.alt ?? block.caption ?? '文章配图' }}
          />
        </View>
      ) : (
        <View className='article-image__frame' role='img' aria-label={block.caption ? `图片：${block.caption}` : '图片'}>
          <View className='article-image__icon'>
            <View className='article-image__sun' />
            <View className='article-image__hill' />
          </View>
          <Text className='article-image__label ui-text ui-text--note ui-tone--secondary'>图片</Text>
        </View>
      )}
      {block.caption ? (
        <Text className='article-image__caption' data-testid='image-caption'>
          {block.caption}
        </Text>
      ) : null}
    </View>
  )
}

const readingClass = (reading: boolean) => (reading ? ' article-body__block--reading' : '')

/** Renders `blocks`; unknown block types (from newer data) are skipped rather than crashing.
 * `readingBlock` is the block 朗读 is reading (highlighted). */
export function ArticleBody({ blocks, readingBlock = null }: { blocks: ArticleBlock[]; readingBlock?: number | null }) {
  const urls = imageUrlsOf(blocks)
  const open = (current: string) => {
    previewImage({ current, urls }).catch(() => showToast({ title: '图片暂时无法查看', icon: 'none' }))
  }
  return (
    <View className='article-body'>
      {blocks.map((block, index) => {
        switch (block.type) {
          case 'paragraph':
            return (
              <Text key={index} id={`article-block-${index}`} className={`article-body__paragraph${readingClass(readingBlock === index)}`} data-testid='article-block-paragraph' aria-current={readingBlock === index ? 'true' : undefined} userSelect>
                {block.text}
              </Text>
            )
          case 'heading':
            return (
              <Text key={index} id={`article-block-${index}`} className={`article-body__heading${readingClass(readingBlock === index)}`} data-testid='article-block-heading' aria-current={readingBlock === index ? 'true' : undefined} userSelect role='heading' aria-level='2'>
                {block.text}
              </Text>
            )
          case 'quote':
            return (
              <Text key={index} className='article-body__quote' data-testid='article-block-quote' userSelect>
                {block.text}
              </Text>
            )
          case 'image':
            return <ArticleImage key={index} block={block} onOpen={open} />
          default:
            return null
        }
      })}
    </View>
  )
}
