// The queue's filters: a name or the last 4 of the ID number, 待办, status (several at once), and
// behind 更多筛选 the stage, level, street and submitted dates. A street reviewer sees only their own
// streets, so they get those streets in words instead of a street filter. Changes go to the page
// as patches; an undefined key clears that filter.
import { useMemo, useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import { Picker } from '@/components/taro-controls'
import type { ApplicationStatus } from '@contracts/dream-plan/application'
import type { QueueFilter } from '@contracts/dream-plan/review'
import { formatIsoDay, STATUS_KEYS, todayInShanghai } from '@/features/review/labels'
import { EDUCATION_LEVELS } from '@contracts/dream-plan/policy'
import { APPLICATION_STATUSES } from '@contracts/dream-plan/application'
import { STREETS } from '@contracts/services/catalog'
import { Chip } from '@/components/chip'
import '@/components/form-field/index.css'
import './queue-filters.css'

interface QueueFiltersProps {
  filter: QueueFilter
  onChange: (patch: Partial<QueueFilter>) => void
  /** The caller's own streets when they may see only those; undefined for everyone else. */
  myStreets?: string[]
}

export function QueueFilters({ filter, onChange: change, myStreets }: QueueFiltersProps) {
  const [query, setQuery] = useState('')
  const [more, setMore] = useState(false)

  const toggleStatus = (s: ApplicationStatus) => {
    const current = filter.status ?? []
    change({ status: current.includes(s) ? current.filter((x) => x !== s) : [...current, s] })
  }

  const search = () => change({ q: query.trim() || undefined })

  const activeCount = useMemo(
    () => ['stage', 'level', 'street', 'submittedFrom', 'submittedTo'].filter((k) => (filter as Record<string, unknown>)[k]).length,
    [filter]
  )

  return (
    <>
      <View className='sf-search' role='search'>
        <Text className='sf-filter-label ui-text ui-text--meta-strong ui-tone--default' id='queue-q-label'>姓名或身份证号后 4 位</Text>
        <View className='sf-search__row'>
          <Input
            className='ui-input sf-search__input'
            type='text'
            confirmType='search'
            value={query}
            maxlength={30}
            placeholder='如：张三 或 123X'
            placeholderClass='ui-placeholder'
            nativeProps={{ 'aria-label': '姓名或身份证号后 4 位', enterkeyhint: 'search' }}
            data-testid='queue-search'
            onInput={(e) => setQuery(e.detail.value)}
            onConfirm={search}
          />
          <Button className='ui-control sf-button ui-button ui-button--primary sf-search__submit' role='button' tabIndex={0} data-testid='queue-search-submit' onClick={search}>
            搜索
          </Button>
        </View>
      </View>

      <Text className='sf-filter-label ui-text ui-text--meta-strong ui-tone--default'>待办</Text>
      <View className='ui-chips' role='group' aria-label='待办'>
        <Chip label='全部' checked={!filter.awaiting} onToggle={() => change({ awaiting: undefined })} testId='awaiting-all' />
        <Chip label='待初审' checked={filter.awaiting === 'street'} onToggle={() => change({ awaiting: 'street' })} testId='awaiting-street' />
        <Chip label='待复审' checked={filter.awaiting === 'district'} onToggle={() => change({ awaiting: 'district' })} testId='awaiting-district' />
      </View>

      <Text className='sf-filter-label ui-text ui-text--meta-strong ui-tone--default'>状态（可多选）</Text>
      <View className='ui-chips' role='group' aria-label='状态'>
        {STATUS_KEYS.map((s) => (
          <Chip key={s} multi label={APPLICATION_STATUSES[s]} checked={filter.status?.includes(s) ?? false} onToggle={() => toggleStatus(s)} testId={`status-${s}`} />
        ))}
      </View>

      <View className='sf-more-toggle'>
        <View className='text-link text-link--small' role='button' tabIndex={0} aria-expanded={more ? 'true' : 'false'} data-testid='more-filters' onClick={() => setMore(!more)}>
          <Text>{more ? '收起更多筛选' : `更多筛选${activeCount ? `（已选 ${activeCount} 项）` : ''}`}</Text>
        </View>
      </View>

      {more ? (
        <View data-testid='more-filter-panel'>
          <Text className='sf-filter-label ui-text ui-text--meta-strong ui-tone--default'>审核阶段</Text>
          <View className='ui-chips' role='radiogroup' aria-label='审核阶段'>
            <Chip label='全部' checked={!filter.stage} onToggle={() => change({ stage: undefined })} />
            <Chip label='街道初审' checked={filter.stage === 'street'} onToggle={() => change({ stage: 'street' })} testId='stage-street' />
            <Chip label='区总复审' checked={filter.stage === 'district'} onToggle={() => change({ stage: 'district' })} testId='stage-district' />
          </View>

          <Text className='sf-filter-label ui-text ui-text--meta-strong ui-tone--default'>学历层次</Text>
          <View className='ui-chips' role='radiogroup' aria-label='学历层次'>
            <Chip label='全部' checked={!filter.level} onToggle={() => change({ level: undefined })} />
            {EDUCATION_LEVELS.map((l) => (
              <Chip key={l} label={l} checked={filter.level === l} onToggle={() => change({ level: l })} />
            ))}
          </View>

          {myStreets ? (
            <Text className='sf-meta' data-testid='my-streets'>{`您负责的街道：${myStreets.join('、')}（只显示这些街道的申请）`}</Text>
          ) : (
            <View>
              <Text className='sf-filter-label ui-text ui-text--meta-strong ui-tone--default'>单位所在街道</Text>
              <View className='ui-chips' role='radiogroup' aria-label='单位所在街道'>
                <Chip label='全部' checked={!filter.street} onToggle={() => change({ street: undefined })} />
                {STREETS.map((s) => (
                  <Chip key={s} label={s} checked={filter.street === s} onToggle={() => change({ street: s })} testId={`street-${s}`} />
                ))}
              </View>
            </View>
          )}

          <Text className='sf-filter-label ui-text ui-text--meta-strong ui-tone--default'>提交日期</Text>
          <View className='sf-range'>
            <View className='sf-range__part'>
              <Picker mode='date' value={filter.submittedFrom ?? todayInShanghai()} end={filter.submittedTo} onChange={(e) => change({ submittedFrom: String(e.detail.value) })}>
                <View className='ui-picker' role='button' tabIndex={0} aria-label={`开始日期：${filter.submittedFrom ? formatIsoDay(filter.submittedFrom) : '不限'}`} data-testid='date-from'>
                  <Text className={filter.submittedFrom ? '' : 'ui-picker__placeholder'}>{filter.submittedFrom ? formatIsoDay(filter.submittedFrom) : '开始日期'}</Text>
                </View>
              </Picker>
            </View>
            <Text className='sf-range__to' aria-hidden='true'>至</Text>
            <View className='sf-range__part'>
              <Picker mode='date' value={filter.submittedTo ?? todayInShanghai()} start={filter.submittedFrom} onChange={(e) => change({ submittedTo: String(e.detail.value) })}>
                <View className='ui-picker' role='button' tabIndex={0} aria-label={`结束日期：${filter.submittedTo ? formatIsoDay(filter.submittedTo) : '不限'}`} data-testid='date-to'>
                  <Text className={filter.submittedTo ? '' : 'ui-picker__placeholder'}>{filter.submittedTo ? formatIsoDay(filter.submittedTo) : '结束日期'}</Text>
                </View>
              </Picker>
            </View>
          </View>
          {filter.submittedFrom || filter.submittedTo ? (
            <View className='text-link text-link--small' role='button' tabIndex={0} onClick={() => change({ submittedFrom: undefined, submittedTo: undefined })}>
              <Text>清除日期</Text>
            </View>
          ) : null}
        </View>
      ) : null}
    </>
  )
}
