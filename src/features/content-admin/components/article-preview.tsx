// 预览: the article as readers will see it — the readers' own body component, the date and source
// line, the attachments — in normal or 关怀 mode, for staff only (it is drawn from the working copy,
// never from what is live).
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { ArticleBody as Body } from '@contracts/content-admin/words'
import type { ArticleBlock } from '@contracts/content/article'
import { formatDate } from '@/lib/dates'
import { readingRootClass, readingRootStyle } from '@/lib/reading-settings'
import { useReadingSettings } from '@/lib/use-reading-settings'
import { ArticleBody } from '@/features/news'
import { Chip } from '@/components/chip'
import './article-preview.css'

function readerBlocks(body: Body, urls: Record<string, string>): ArticleBlock[] {
  return body.blocks.flatMap((b): ArticleBlock[] => {
    if (b.type === 'image') return [{ type: 'image', src: urls[b.fileID] || undefined, alt: b.alt, ...(b.caption ? { caption: b.caption } : {}) }]
    if (b.type === 'attachment') return []
    return [{ type: b.type, text: b.text }]
  })
}

export function ArticlePreview({ body, urls }: { body: Body; urls: Record<string, string> }) {
  const { settings, fontFactor } = useReadingSettings()
  const [care, setCare] = useState(false)
  const shown = { ...settings, care }
  const attachments = body.blocks.flatMap((b) => (b.type === 'attachment' ? [b] : []))
  return (
    <View className='ca-preview' data-testid='article-preview' data-care={care ? 'true' : 'false'}>
      <View className='ca-preview__modes' role='radiogroup' aria-label='预览模式'>
        <Chip label='普通' checked={!care} onToggle={() => setCare(false)} testId='preview-normal' />
        <Chip label='关怀模式' checked={care} onToggle={() => setCare(true)} testId='preview-care' />
      </View>
      <View className={`ca-preview__page ${readingRootClass(shown)}`} style={readingRootStyle(shown, fontFactor)}>
        <Text className='ca-preview__title' role='heading' aria-level='1' data-testid='preview-title'>{body.title || '（无标题）'}</Text>
        <Text className='ca-preview__meta ui-text ui-text--meta ui-tone--secondary'>{`${body.publishedAt ? formatDate(body.publishedAt) : '发布时填入日期'}　来源：${body.source}${body.byline ? `　${body.byline}` : ''}`}</Text>
        <ArticleBody blocks={readerBlocks(body, urls)} />
        {attachments.length ? (
          <View className='ca-preview__files'>
            <Text className='ca-preview__files-title'>相关附件</Text>
            {attachments.map((a) => (
              <Text key={a.fileID} className='ca-preview__file'>{a.name}</Text>
            ))}
          </View>
        ) : null}
      </View>
    </View>
  )
}
