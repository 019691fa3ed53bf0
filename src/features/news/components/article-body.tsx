// An article's body blocks in reading order: paragraphs, headings and images.
import { Image, Text, View } from '@tarojs/components'
import type { ArticleBlock } from '@contracts/content/article'
import './article-body.css'

type ImageBlock = Extract<ArticleBlock, { type: 'image' }>

/** An image, or a captioned frame when the source gave only a placeholder. */
function ArticleImage({ block }: { block: ImageBlock }) {
  return (
    <View className='article-image' data-testid='article-block-image'>
      {block.src ? (
        <Image className='article-image__img' src={block.src} mode='widthFix' lazyLoad showMenuByLongpress />
      ) : (
        <View className='article-image__frame'>
          <View className='article-image__icon'>
            <View className='article-image__sun' />
            <View className='article-image__hill' />
          </View>
          <Text className='article-image__label'>图片</Text>
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

/** Renders `blocks`; unknown block types (from newer data) are skipped rather than crashing. */
export function ArticleBody({ blocks }: { blocks: ArticleBlock[] }) {
  return (
    <View className='article-body'>
      {blocks.map((block, index) => {
        switch (block.type) {
          case 'paragraph':
            return (
              <Text key={index} className='article-body__paragraph' data-testid='article-block-paragraph' userSelect>
                {block.text}
              </Text>
            )
          case 'heading':
            return (
              <Text key={index} className='article-body__heading' data-testid='article-block-heading' userSelect>
                {block.text}
              </Text>
            )
          case 'image':
            return <ArticleImage key={index} block={block} />
          default:
            return null
        }
      })}
    </View>
  )
}
