// An application's materials: images open in the viewer, PDFs as documents.
import { Text, View } from '@tarojs/components'
import type { ReviewDetail } from '@contracts/dream-plan/review'
import { isImage, openMaterial } from '@/features/dream-plan'
import './review-materials.css'

const MATERIAL_NAMES: Record<string, string> = { enrolmentProof: '录取通知书或学籍证明', tuitionReceipt: '学费缴费凭证' }

export function ReviewMaterials({ materials }: { materials: ReviewDetail['materials'] }) {
  return (
    <>
      {materials.length === 0 ? <Text className='sf-meta'>没有材料</Text> : null}
      {materials.map((file) => (
        <View
          key={file.kind}
          className='sf-file'
          hoverClass='sf-file--pressed'
          role='link'
          tabIndex={0}
          data-testid='review-material'
          onClick={() => void openMaterial(file)}
        >
          <Text className='sf-file__badge' aria-hidden='true'>{isImage(file) ? '图片' : 'PDF'}</Text>
          <View className='sf-file__text'>
            <Text className='sf-text'>{MATERIAL_NAMES[file.kind] ?? file.name}</Text>
            <Text className='sf-meta'>{file.name}</Text>
          </View>
          <Text className='sf-file__action'>{isImage(file) ? '查看' : '打开'}</Text>
        </View>
      ))}
    </>
  )
}
