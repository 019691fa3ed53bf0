// A publisher's review of one item (staff subpackage): an article's preview as readers will see it
// (normal and 关怀), or another kind's fields, the text changes against the live revision, and the decisions the state
// allows — 退回修改 (with a reason), 发布, 定时发布, 下线 (with a reason), 置顶 (with an optional
// expiry) and 取消置顶. Four eyes is the server's: a publisher who wrote this revision is told so.
// From 768 px the preview and the decisions sit side by side.
import { useCallback, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Picker } from '@/components/taro-controls'
import { CONTENT_KIND_KEYS, CONTENT_STATES, type ArticleBody, type ContentDetail, type ContentKind, type DiffPart } from '@contracts/content-admin/words'
import { ErrorState } from '@/components/error-state'
import { LoadingState } from '@/components/loading-state'
import { formatDateTime } from '@/lib/dates'
import { useLoad } from '@/lib/use-load'
import { useAction } from '@/lib/use-action'
import { useReadingSettings } from '@/lib/use-reading-settings'
import { diffRevisions, getItem } from '@/features/content-admin/api/content-items'
import { pinItem, publishItem, returnItem, scheduleItem, unpinItem, withdrawItem } from '@/features/content-admin/api/content-decisions'
import { ArticlePreview } from '@/features/content-admin/components/article-preview'
import { KindSummary } from '@/features/content-admin/components/kind-summary'
import { PIN_DAYS, pinDaysLabel, pinExpiry, type PinDays } from '@/features/content-admin/pin-term'
import { Chip, ChipGroup } from '@/components/chip'
import { Section } from '@/components/section'
import { PageHeader as StaffHead } from '@/components/page-header'
import { ReasonDialog } from '@/components/reason-dialog'
import '@/features/review/components/frame.css'
import './index.css'

type Dialog = 'return' | 'withdraw' | null

/** Today in Shenzhen as YYYY-MM-DD. */
const shanghaiToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
/** The suggested time: the next whole hour but one, in Shenzhen ([day, HH:mm]). */
function suggestedTime(): [string, string] {
  const t = new Date(Math.ceil((Date.now() + 3600_000) / 3600_000) * 3600_000 + 8 * 3600_000).toISOString()
  return [t.slice(0, 10), t.slice(11, 16)]
}

export default function ContentReviewPage() {
  const reading = useReadingSettings()
  const { params } = useRouter()
  const id = params.id ?? ''
  const kind = CONTENT_KIND_KEYS.includes(params.kind as ContentKind) ? (params.kind as ContentKind) : 'article'
  const load = useCallback(async () => {
    // The kind lets a publisher open content that predates content management (it is adopted).
    const item = await getItem({ id, kind })
    const changes: DiffPart[] | null = item.liveRevision && item.liveRevision !== item.revision ? (await diffRevisions({ id, from: item.liveRevision, to: 0 })).parts : null
    return { item, changes }
  }, [id, kind])
  const { status, data, error, retry } = useLoad(load, { keepPrevious: true })
  const [dialog, setDialog] = useState<Dialog>(null)
  const { busy, note: message, failure, run } = useAction(retry)
  const [day, setDay] = useState(() => suggestedTime()[0])
  const [time, setTime] = useState(() => suggestedTime()[1])
  const [pinDays, setPinDays] = useState<PinDays>(0)

  async function act(work: (item: ContentDetail) => Promise<unknown>, done: string) {
    if (data && (await run(() => work(data.item), done))) setDialog(null)
  }

  const item = data?.item
  const at = { id, version: item?.version ?? 0 }
  const can = (states: string[]) => Boolean(item && states.includes(item.state))
  const live = Boolean(item && item.liveRevision !== null && item.state !== 'withdrawn')

  return (
    <View className={`page sf-page ${reading.rootClassName}`} style={reading.rootStyle} role='main' data-testid='content-review'>
      <StaffHead title='审核发布' subtitle={item ? `${CONTENT_STATES[item.state]} · 第 ${item.revision} 版` : ''} />
      {status === 'loading' && !data ? <LoadingState rows={3} label='正在打开…' /> : null}
      {status === 'error' && error ? <ErrorState message={error.message} onRetry={() => void retry()} /> : null}
      {item ? (
        <View className='sf-split'>
          <View className='sf-split__part ca-review__preview'>
            {item.kind === 'article' ? <ArticlePreview body={item.body as ArticleBody} urls={item.fileUrls} /> : <KindSummary kind={item.kind} body={item.body} title='审核内容' />}
          </View>
          <View className='sf-split__part ca-review__side'>
            <View className='ca-review__state' data-testid='review-state' data-state={item.state}>
              <Text className='sf-text'>{`状态：${CONTENT_STATES[item.state]}${live ? '（线上可见）' : ''}`}</Text>
              {item.publishAt ? <Text className='sf-meta'>{`定时发布：${formatDateTime(item.publishAt)}`}</Text> : null}
              {item.returnReason ? <Text className='sf-meta'>{`退回原因：${item.returnReason}`}</Text> : null}
              {item.withdrawReason && item.state === 'withdrawn' ? <Text className='sf-meta'>{`下线原因：${item.withdrawReason}`}</Text> : null}
            </View>
            {message ? <Text className='ca-done' role='status' data-testid='review-done'>{message}</Text> : null}
            {failure ? <Text className='ca-error' role='alert' data-testid='review-error'>{failure}</Text> : null}

            {can(['pending', 'scheduled']) ? (
              <Section title='审核' testId='decide'>
                <View className='ca-actions'>
                  <View className='ui-control sf-button ui-button ui-button--primary' role='button' tabIndex={0} data-testid='publish' onClick={() => !busy && void act(() => publishItem(at), '已发布')}>
                    <Text>立即发布</Text>
                  </View>
                  <View className='ui-control sf-button ca-secondary' role='button' tabIndex={0} data-testid='return' onClick={() => setDialog('return')}>
                    <Text>退回修改</Text>
                  </View>
                </View>
              </Section>
            ) : null}

            {can(['pending']) ? (
              <Section title='定时发布' testId='schedule'>
                <View className='ca-when'>
                  <Picker mode='date' value={day} start={shanghaiToday()} onChange={(e) => setDay(String(e.detail.value))}>
                    <View className='ca-when__field' data-testid='schedule-day'><Text>{day}</Text></View>
                  </Picker>
                  <Picker mode='time' value={time} onChange={(e) => setTime(String(e.detail.value))}>
                    <View className='ca-when__field' data-testid='schedule-time'><Text>{time}</Text></View>
                  </Picker>
                </View>
                <View className='ui-control sf-button ca-secondary' role='button' tabIndex={0} data-testid='schedule-confirm' onClick={() => !busy && void act(() => scheduleItem({ ...at, publishAt: new Date(`${day}T${time}:00+08:00`).toISOString() }), `已排期，将于 ${day} ${time} 发布`)}>
                  <Text>按此时间发布</Text>
                </View>
              </Section>
            ) : null}

            {live && item.kind !== 'article' && item.kind !== 'policy' ? (
              <Section title='下线' testId='live-actions'>
                <View className='ui-control sf-button ca-danger' role='button' tabIndex={0} data-testid='withdraw' onClick={() => setDialog('withdraw')}>
                  <Text>下线</Text>
                </View>
              </Section>
            ) : null}

            {live && item.kind === 'article' ? (
              <Section title='头条与下线' testId='live-actions'>
                <Text className='sf-meta'>{item.pin ? `已置顶（第 ${item.pin.rank + 1} 位${item.pin.expiresAt ? `，${formatDateTime(item.pin.expiresAt)} 到期` : ''}）` : '置顶到首页头条，可设到期时间'}</Text>
                <ChipGroup radio label='置顶期限'>
                  {PIN_DAYS.map((d) => (
                    <Chip key={d} label={pinDaysLabel(d)} checked={pinDays === d} onToggle={() => setPinDays(d)} testId={`pin-days-${d}`} />
                  ))}
                </ChipGroup>
                <View className='ca-actions'>
                  <View className='ui-control sf-button ca-secondary' role='button' tabIndex={0} data-testid='pin' onClick={() => !busy && void act(() => pinItem({ id, ...pinExpiry(pinDays) }), '已置顶')}>
                    <Text>置顶</Text>
                  </View>
                  {item.pin ? (
                    <View className='ui-control sf-button ca-secondary' role='button' tabIndex={0} data-testid='unpin' onClick={() => !busy && void act(() => unpinItem({ id }), '已取消置顶')}>
                      <Text>取消置顶</Text>
                    </View>
                  ) : null}
                  <View className='ui-control sf-button ca-danger' role='button' tabIndex={0} data-testid='withdraw' onClick={() => setDialog('withdraw')}>
                    <Text>下线</Text>
                  </View>
                </View>
              </Section>
            ) : null}

            {data?.changes ? (
              <Section title='与线上版本相比的修改' testId='changes'>
                <View className='ca-diff'>
                  {data.changes.map((p, i) => (
                    <Text key={i} className={`ca-diff__${p.op}`}>{p.op === 'added' ? `【增】${p.text}` : p.op === 'removed' ? `【删】${p.text}` : p.text}</Text>
                  ))}
                </View>
              </Section>
            ) : null}
          </View>
        </View>
      ) : null}

      {dialog === 'return' ? (
        <ReasonDialog
          id='return'
          title='退回修改'
          text='编辑会看到退回原因，修改后可再次提交。'
          reason={{ label: '退回原因', min: 2, max: 200 }}
          confirmText='退回'
          busy={busy}
          error={failure}
          onConfirm={(reason) => void act(() => returnItem({ ...at, reason }), '已退回修改')}
          onCancel={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'withdraw' ? (
        <ReasonDialog
          id='withdraw'
          title='下线'
          text={item?.kind === 'article' ? '下线后读者在列表、搜索和头条中都看不到这篇文章，分享的链接显示“该文章已下线”。以后可以再次发布。' : '下线后读者看不到这项内容，以后可以再次发布。'}
          reason={{ label: '下线原因', min: 2, max: 200 }}
          confirmText='下线'
          danger
          busy={busy}
          error={failure}
          onConfirm={(reason) => void act(() => withdrawItem({ ...at, reason }), '已下线')}
          onCancel={() => setDialog(null)}
        />
      ) : null}
    </View>
  )
}
