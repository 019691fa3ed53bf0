// 核对: every section as saved, numbers in full (it is the worker's own form), each with 修改 back
// to its step. Materials show by name.
import { Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import { ListRow } from '@/components/list-row'
import type { ApplicationForm } from '@contracts/dream-plan/application'
import type { PolicyView } from '@contracts/dream-plan/policy'
import { SECTION_FIELDS, STEP_SECTIONS, STEP_TITLES, formatCardNumber, type TextSection } from '../form/fields'
import { formatBytes, materialDocs } from '../form/materials'
import { formatIsoDay } from '@/lib/dates'
import './review-summary.css'

interface ReviewSummaryProps {
  sections: Partial<ApplicationForm>
  policy: PolicyView
  onEdit: (step: number) => void
}

function shownValue(section: TextSection, key: string, value: unknown): string {
  if (typeof value !== 'string' || !value) return '未填写'
  const field = SECTION_FIELDS[section].find((f) => f.key === key)
  if (field?.kind === 'date') return formatIsoDay(value)
  if (field?.kind === 'card') return formatCardNumber(value)
  return value
}

export function ReviewSummary({ sections, policy, onEdit }: ReviewSummaryProps) {
  return (
    <View className='dp-review' data-testid='review'>
      {STEP_SECTIONS.map((section, step) => (
        <View key={section} className='dp-review__section card' role='region' aria-label={STEP_TITLES[step]} data-testid={`review-${section}`}>
          <View className='dp-review__head'>
            <Text className='dp-review__title' role='heading' aria-level='3'>{STEP_TITLES[step]}</Text>
            <Tappable
              className='text-link dp-review__edit'
              aria-label={`修改${STEP_TITLES[step]}`}
              data-testid={`edit-${section}`}
              onClick={() => onEdit(step)}
            >
              <Text>修改</Text>
            </Tappable>
          </View>
          {section === 'materials'
            ? materialDocs(policy).map((doc) => {
                const file = sections.materials?.[doc.kind]
                return (
                  <ListRow key={doc.kind} spread label={doc.name} value={file ? `${file.name}（${formatBytes(file.size)}）` : '未上传'} />
                )
              })
            : SECTION_FIELDS[section].map((field) => {
                const value = (sections[section] as Record<string, unknown> | undefined)?.[field.key]
                if (!value && (field.key === 'memberNumber' || field.key === 'unionOrganisation')) return null
                return (
                  <ListRow key={field.key} spread label={field.label} value={shownValue(section, field.key, value)} testId={`review-${field.key}`} />
                )
              })}
        </View>
      ))}
    </View>
  )
}
