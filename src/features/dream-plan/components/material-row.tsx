// One uploaded material as a row to tap: its kind (图片 / PDF), what it is and its file, and 查看 /
// 打开. The worker's application page and the staff's review show materials with it.
import { Text, View } from '@tarojs/components'
import { Tappable } from '@/components/tappable'
import { isImage } from '../form/materials'
import { openMaterial } from '../open-material'
import './material-row.css'

interface MaterialRowProps {
  file: { url: string; contentType: string; name: string }
  /** What the material is (入学证明 …). */
  label: string
  /** The line under it: the file's name, and its size where known. */
  detail: string
  testId: string
}

export function MaterialRow({ file, label, detail, testId }: MaterialRowProps) {
  const image = isImage(file)
  return (
    <Tappable className='dp-file ui-flex-row' data-testid={testId} onClick={() => void openMaterial(file)}>
      <Text className='dp-file__badge' aria-hidden='true'>{image ? '图片' : 'PDF'}</Text>
      <View className='dp-file__text'>
        <Text className='dp-file__label'>{label}</Text>
        <Text className='dp-file__name'>{detail}</Text>
      </View>
      <Text className='dp-file__action'>{image ? '查看' : '打开'}</Text>
    </Tappable>
  )
}
