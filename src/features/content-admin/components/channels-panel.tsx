// Channels (publishers): the readers' tabs in order, moved up or down (each saved with its new
// order, its share picture kept), a new one added by name, an empty one deleted (the server refuses
// a channel with articles, and says how many), and each one's 分享图: the 5:4 picture that the share
// card of its articles without a cover shows.
import { useCallback, useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import type { ChannelRow } from '@contracts/content-admin/actions'
import { EmptyState } from '@/components/empty-state'
import { ErrorState } from '@/components/error-state'
import { FormField } from '@/components/form-field'
import { LoadingState } from '@/components/loading-state'
import { Section } from '@/components/section'
import { useLoad } from '@/lib/use-load'
import { useAction } from '@/lib/use-action'
import { removeChannel, saveChannel } from '../api/content-decisions'
import { listContentChannels } from '../api/content-items'
import { CoverField, type CoverWords } from './cover-field'
import { moved, OrderButtons } from './order-buttons'

const SHARE_WORDS: CoverWords = { label: '栏目分享图（5:4，本栏目无封面的文章转发时显示）', none: '未设：转发时显示默认图片', kept: '已设分享图', remove: '移除分享图' }

/** The channel as saved: its order and share picture; its 自动发布 setting is kept by leaving it out. */
const saved = (c: ChannelRow, changes: Partial<Pick<ChannelRow, 'order' | 'shareImage'>>) => {
  const next = { ...c, ...changes }
  return { name: next.name, order: next.order, version: next.version, ...(next.shareImage ? { shareImage: next.shareImage } : {}) }
}

export function ChannelsPanel() {
  const load = useCallback(async () => (await listContentChannels()).channels, [])
  const { status, data, error, retry } = useLoad(load, { keepPrevious: true })
  const { busy, note, failure, run } = useAction(retry)
  const [name, setName] = useState('')
  /** The channel whose 分享图 is open for changing. */
  const [sharing, setSharing] = useState('')
  /** Pictures uploaded here, shown from the device until the list brings their URLs. */
  const [previews, setPreviews] = useState<Record<string, string>>({})

  // Orders are rewritten as 10, 20, 30 … so every channel has its own place.
  const reorder = (list: ChannelRow[]) =>
    run(async () => {
      for (const [i, c] of list.entries()) {
        if (c.order !== (i + 1) * 10) await saveChannel(saved(c, { order: (i + 1) * 10 }))
      }
    }, '栏目顺序已保存')

  const rows = data ?? []
  return (
    <Section title='栏目' testId='channels'>
      {status === 'loading' && !data ? <LoadingState rows={2} label='正在加载栏目…' /> : null}
      {status === 'error' && error ? <ErrorState message={error.message} onRetry={() => void retry()} /> : null}
      {data && data.length === 0 ? <EmptyState message='还没有栏目' /> : null}
      {rows.map((c, i) => (
        <View key={c.name} className='ca-row' data-testid='channel-row' data-name={c.name}>
          <View className='ca-line__text'>
            <Text className='sf-text'>{`${i + 1}. ${c.name}`}</Text>
            <Text className='sf-meta'>{`${c.articleCount} 篇文章 · ${c.shareImage ? '已设分享图' : '默认分享图'}`}</Text>
          </View>
          <View className='ca-row__actions'>
            <OrderButtons label={c.name} first={i === 0} last={i === rows.length - 1} busy={busy} testId={`channel-${i}`} onMove={(by) => void reorder(moved(rows, i, by))} />
            <View
              className='ui-control sf-button ca-inline-button'
              role='button'
              tabIndex={0}
              aria-expanded={sharing === c.name}
              aria-label={`${c.name}的分享图`}
              data-testid='channel-share'
              onClick={() => setSharing(sharing === c.name ? '' : c.name)}
            >
              <Text>分享图</Text>
            </View>
            {c.articleCount === 0 ? (
              <View className='ui-control sf-button ca-inline-button' role='button' tabIndex={0} aria-label={`删除栏目${c.name}`} onClick={() => !busy && void run(() => removeChannel({ name: c.name }), `已删除栏目“${c.name}”`)}>
                <Text>删除</Text>
              </View>
            ) : null}
          </View>
          {sharing === c.name ? (
            <CoverField
              cover={c.shareImage}
              words={SHARE_WORDS}
              previews={{ ...(c.shareImage && c.shareImageUrl ? { [c.shareImage]: c.shareImageUrl } : {}), ...previews }}
              pictures={[]}
              disabled={busy}
              onChange={(shareImage, preview) => {
                if (preview) setPreviews((p) => ({ ...p, [preview.fileID]: preview.url }))
                void run(() => saveChannel(saved(c, { shareImage })), shareImage ? `“${c.name}”的分享图已保存` : `已移除“${c.name}”的分享图`)
              }}
            />
          ) : null}
        </View>
      ))}
      <FormField id='channel-new' label='新栏目名称' hint='最多 20 个字'>
        <Input className='ui-input' value={name} maxlength={20} nativeProps={{ 'aria-label': '新栏目名称', 'aria-describedby': 'channel-new-hint' }} data-testid='channel-name' onInput={(e) => setName(e.detail.value)} />
        <View
          className='ui-control sf-button ca-inline-button'
          role='button'
          tabIndex={0}
          data-testid='channel-add'
          onClick={() => !busy && name.trim() && void run(() => saveChannel({ name: name.trim(), order: (rows.length + 1) * 10 }).then(() => setName('')), `已添加栏目“${name.trim()}”`)}
        >
          <Text>添加栏目</Text>
        </View>
      </FormField>
      {note ? <Text className='ca-done' role='status' data-testid='channels-done'>{note}</Text> : null}
      {failure ? <Text className='ui-field__message ui-text ui-text--meta-strong ui-tone--brand' role='alert' data-testid='channels-error'>{failure}</Text> : null}
    </Section>
  )
}
