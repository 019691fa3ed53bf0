// 常见问题 by group: each question is a button that shows or hides its answer (aria-expanded says
// which, and the answer is named by aria-controls); 示例 marks sample answers.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import type { FaqGroup } from '@contracts/services/documents'
import { SampleChip } from '@/components/sample-chip'
import './faq-list.css'

interface FaqListProps {
  groups: FaqGroup[]
  /** Open every answer (a search with few hits: the answer is what was looked for). */
  expandAll?: boolean
}

/** Grouped questions with expandable answers; which are open survives a new search. */
export function FaqList({ groups, expandAll = false }: FaqListProps) {
  const [open, setOpen] = useState<Record<string, boolean>>({})
  const toggle = (id: string, now: boolean) => setOpen((s) => ({ ...s, [id]: !now }))

  return (
    <View className='faq-list' data-testid='faq-list'>
      {groups.map((group) => (
        <View key={group.group} className='faq-group' data-testid='faq-group' role='region' aria-label={group.group}>
          <Text className='faq-group__title ui-text ui-text--title-tight ui-tone--default' role='heading' aria-level='2'>{group.group}</Text>
          <View className='faq-group__items card'>
            {group.items.map((item) => {
              const expanded = open[item.id] ?? expandAll
              const answerId = `faq-answer-${item.id}`
              return (
                <View key={item.id} className='faq-item' data-testid='faq-item'>
                  <Tappable
                    className={`faq-item__question${expanded ? ' faq-item__question--open' : ''}`}
                    role='button'
                    aria-expanded={expanded ? 'true' : 'false'}
                    aria-controls={answerId}
                    data-testid='faq-question'
                    onClick={() => toggle(item.id, expanded)}
                  >
                    <Text className='faq-item__text'>{item.question}</Text>
                    <Text className='faq-item__state' aria-hidden='true'>{expanded ? '收起' : '展开'}</Text>
                  </Tappable>
                  {expanded ? (
                    <View className='faq-item__answer' id={answerId} data-testid='faq-answer'>
                      {item.sample ? (
                        <View className='faq-item__chip'>
                          <SampleChip />
                        </View>
                      ) : null}
                      <Text className='faq-item__answer-text' userSelect>{item.answer}</Text>
                    </View>
                  ) : null}
                </View>
              )
            })}
          </View>
        </View>
      ))}
    </View>
  )
}
