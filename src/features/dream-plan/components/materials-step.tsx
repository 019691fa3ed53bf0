// 申请材料: for each material the policy asks for, choose a jpg/png/pdf (≤ 10 MB), watch it upload,
// see it (a thumbnail, or the PDF's name), and replace or remove it. Weapp offers a photo or a file
// from a chat; H5 a plain file input (Taro's H5 has no chooseMessageFile).
import { previewImage } from '@/lib/preview-image'
import { Button, Image, Text, View } from '@tarojs/components'
import type { MaterialKind, PolicyView } from '@contracts/dream-plan/policy'
import { toCloudError } from '@/lib/cloud'
import { choosePhoto, chooseFromChat, fromBrowserFile, type ChosenFile } from '../choose-file'
import { MATERIAL_ACCEPT, formatBytes, isImage, materialDocs } from '../form/materials'
import type { MaterialSlot } from '../hooks/use-material-uploads'
import { describedBy, FieldError } from '@/components/form-field'
import { FilePickLabel } from '@/components/file-pick-label'
import './materials-step.css'

interface MaterialsStepProps {
  policy: PolicyView
  slots: Record<MaterialKind, MaterialSlot>
  onChosen: (kind: MaterialKind, file: ChosenFile, fallbackName: string) => void
  onRemove: (kind: MaterialKind) => void
  onError: (kind: MaterialKind, message: string) => void
}

export function MaterialsStep({ policy, slots, onChosen, onRemove, onError }: MaterialsStepProps) {
  return (
    <View className='dp-materials' data-testid='section-materials'>
      <Text className='dp-materials__intro ui-text ui-text--note ui-tone--secondary'>每项上传一个文件：jpg、png 图片或 pdf，不超过 10 MB。请确保文字清晰可辨。</Text>
      {materialDocs(policy).map((doc) => (
        <MaterialCard
          key={doc.kind}
          kind={doc.kind}
          name={doc.name}
          description={doc.description}
          slot={slots[doc.kind]}
          onChosen={(file) => onChosen(doc.kind, file, doc.name)}
          onRemove={() => onRemove(doc.kind)}
          onError={(message) => onError(doc.kind, message)}
        />
      ))}
    </View>
  )
}

interface MaterialCardProps {
  kind: MaterialKind
  name: string
  description: string
  slot: MaterialSlot
  onChosen: (file: ChosenFile) => void
  onRemove: () => void
  onError: (message: string) => void
}

function MaterialCard({ kind, name, description, slot, onChosen, onRemove, onError }: MaterialCardProps) {
  const id = `dp-material-${kind}`
  const { file, uploading, progress, error, previewUrl } = slot
  const percent = Math.round(progress * 100)
  const chooseText = file ? '更换文件' : '选择文件'

  const chooseWith = (choose: () => Promise<ChosenFile | null>) => {
    choose()
      .then((chosen) => chosen && onChosen(chosen))
      .catch((err) => onError(toCloudError(err).code === 'INTERNAL' ? '没能读取所选文件，请重新选择' : toCloudError(err).message))
  }

  return (
    <View className={`dp-material card${error ? ' dp-material--invalid' : ''}`} id={id} data-testid={`material-${kind}`} role='group' aria-labelledby={`${id}-label`}>
      <Text className='dp-material__name ui-text ui-text--title ui-tone--default' id={`${id}-label`}>{name}</Text>
      {description ? (
        <Text className='dp-material__description ui-text ui-text--note ui-tone--secondary' id={`${id}-hint`}>
          {description}
        </Text>
      ) : null}

      {uploading ? (
        <View className='dp-material__progress' data-testid='material-uploading'>
          <Text className='dp-material__status ui-text ui-text--text ui-tone--default'>{`正在上传 ${percent}%`}</Text>
          <View className='dp-material__bar' role='progressbar' aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={`${name}上传进度`}>
            <View className='dp-material__bar-fill' style={{ width: `${Math.max(4, percent)}%` }} />
          </View>
        </View>
      ) : null}

      {!uploading && file ? (
        <View className='dp-material__file' data-testid='material-file'>
          {isImage(file) && previewUrl ? (
            <View
              className='dp-material__thumb-button'
              role='button'
              tabIndex={0}
              aria-label={`查看${name}大图`}
              data-testid='material-preview'
              onClick={() => void previewImage({ urls: [previewUrl], current: previewUrl }).catch(() => undefined)}
            >
              <Image className='dp-material__thumb' src={previewUrl} mode='aspectFill' nativeProps={{ alt: `${name}预览` }} />
            </View>
          ) : (
            <Text className='dp-material__badge' aria-hidden='true'>{isImage(file) ? '图片' : 'PDF'}</Text>
          )}
          <View className='dp-material__meta'>
            <Text className='dp-material__file-name' data-testid='material-file-name'>{file.name}</Text>
            <Text className='dp-material__file-size'>{`${formatBytes(file.size)} · 已上传`}</Text>
          </View>
        </View>
      ) : null}

      {error ? (
        <FieldError id={`${id}-error`} message={error} />
      ) : null}

      <View className='dp-material__actions'>
        {process.env.TARO_ENV === 'h5' ? (
          <FilePickLabel
            className={`ui-control dp-material__choose${uploading ? ' dp-material__choose--busy' : ''}`}
            testId='material-choose'
            accept={MATERIAL_ACCEPT}
            disabled={uploading}
            describedBy={describedBy(id, description, error)}
            inputTestId={`file-input-${kind}`}
            onPick={(picked) => onChosen(fromBrowserFile(picked))}
          >
            <span className='dp-material__choose-text'>
              {chooseText}
              <span className='visually-hidden'>{`：${name}`}</span>
            </span>
          </FilePickLabel>
        ) : (
          <>
            <Button className='ui-control dp-material__button' role='button' tabIndex={0} disabled={uploading} onClick={() => chooseWith(() => choosePhoto(name))}>
              {file ? '重新拍照或选图' : '拍照或从相册选'}
            </Button>
            <Button className='ui-control dp-material__button' role='button' tabIndex={0} disabled={uploading} onClick={() => chooseWith(chooseFromChat)}>
              从聊天记录选文件
            </Button>
          </>
        )}
        {file && !uploading ? (
          <Button className='ui-control dp-material__remove' role='button' tabIndex={0} aria-label={`删除${name}`} data-testid='material-remove' onClick={onRemove}>
            删除
          </Button>
        ) : null}
      </View>
    </View>
  )
}
