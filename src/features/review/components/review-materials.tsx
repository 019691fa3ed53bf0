// An application's materials as staff see them: the same rows as the worker's page (images open in
// the viewer, PDFs as documents), named as the review names them.
import { Text } from '@tarojs/components'
import type { ReviewDetail } from '@contracts/dream-plan/review'
import { MaterialRow } from '@/features/dream-plan'

const MATERIAL_NAMES: Record<string, string> = { enrolmentProof: '录取通知书或学籍证明', tuitionReceipt: '学费缴费凭证' }

export function ReviewMaterials({ materials }: { materials: ReviewDetail['materials'] }) {
  return (
    <>
      {materials.length === 0 ? <Text className='sf-meta'>没有材料</Text> : null}
      {materials.map((file) => (
        <MaterialRow key={file.kind} file={file} label={MATERIAL_NAMES[file.kind] ?? file.name} detail={file.name} testId='review-material' />
      ))}
    </>
  )
}
