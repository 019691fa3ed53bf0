// The article's blocks as the editor builds them: paragraph, heading, quote, image (with caption and
// alt text) and attachment; each can be moved up or down and removed. Images and attachments are
// chosen on the device, scaled (images) and uploaded before they join the article.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Image, Input, Text, View } from '@tarojs/components'
import { Textarea } from '@/components/taro-controls'
import { ATTACHMENT_TYPES, IMAGE_TYPES, type EditorBlock } from '@contracts/content-admin/words'
import { toCloudError } from '@/lib/cloud'
import { uploadContentFile } from '../api/content-uploads'
import { scaleImage } from '../scale-image'
import { FilePickLabel } from '@/components/file-pick-label'
import './block-editor.css'

const LABELS: Record<EditorBlock['type'], string> = { paragraph: '段落', heading: '小标题', quote: '引文', image: '图片', attachment: '附件' }
const IMAGE_ACCEPT = Object.keys(IMAGE_TYPES).join(',')
const ATTACHMENT_ACCEPT = '.pdf,.docx,.xlsx'

interface Props {
  blocks: EditorBlock[]
  /** fileID → something an <Image> can show. */
  previews: Record<string, string>
  errors: Record<string, string>
  onChange: (blocks: EditorBlock[], preview?: { fileID: string; url: string }) => void
}

function move<T>(list: T[], from: number, to: number): T[] {
  const next = [...list]
  const [item] = next.splice(from, 1)
  next.splice(to, 0, item)
  return next
}

export function BlockEditor({ blocks, previews, errors, onChange }: Props) {
  const [busy, setBusy] = useState('')
  const [uploadError, setUploadError] = useState('')
  const set = (i: number, block: EditorBlock) => onChange(blocks.map((b, k) => (k === i ? block : b)))

  async function addImage(file: { blob?: Blob; path?: string; size: number }) {
    setBusy('正在压缩并上传图片…')
    setUploadError('')
    try {
      const scaled = await scaleImage(file)
      const up = await uploadContentFile('image', scaled.contentType, scaled.size, scaled.source)
      onChange([...blocks, { type: 'image', fileID: up.fileID, alt: '', caption: '' }], { fileID: up.fileID, url: scaled.previewUrl })
    } catch (err) {
      setUploadError(toCloudError(err).message)
    } finally {
      setBusy('')
    }
  }

  async function addAttachment(file: { blob?: Blob; path?: string; size: number; name: string; type?: string }) {
    setBusy('正在上传附件…')
    setUploadError('')
    try {
      const ext = file.name.split('.').pop()?.toLowerCase() ?? ''
      const contentType = Object.keys(ATTACHMENT_TYPES).find((t) => ATTACHMENT_TYPES[t as keyof typeof ATTACHMENT_TYPES] === ext) ?? file.type ?? ''
      const up = await uploadContentFile('attachment', contentType, file.size, file.blob ? { kind: 'blob', blob: file.blob } : { kind: 'path', path: file.path! })
      onChange([...blocks, { type: 'attachment', fileID: up.fileID, name: file.name.replace(/\.[^.]+$/, '').slice(0, 100) || '附件', size: up.size }])
    } catch (err) {
      setUploadError(toCloudError(err).message)
    } finally {
      setBusy('')
    }
  }

  async function chooseImageWeapp() {
    const res = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sourceType: ['album', 'camera'] }).catch(() => null)
    const f = res?.tempFiles[0]
    if (f) await addImage({ path: f.tempFilePath, size: f.size })
  }

  async function chooseAttachmentWeapp() {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf', 'docx', 'xlsx'] }).catch(() => null)
    const f = res?.tempFiles[0]
    if (f) await addAttachment({ path: f.path, size: f.size, name: f.name })
  }

  return (
    <View className='ca-blocks' data-testid='block-editor'>
      {blocks.map((block, i) => {
        const err = errors[`body.blocks.${i}.text`] ?? errors[`body.blocks.${i}.alt`] ?? errors[`body.blocks.${i}.fileID`]
        return (
          <View key={i} className='ca-block card' data-testid={`block-${i}`} data-type={block.type}>
            <View className='ca-block__head'>
              <Text className='ca-block__label'>{`${i + 1}. ${LABELS[block.type]}`}</Text>
              <View className='ca-block__tools'>
                <View className='ui-control ca-tool' role='button' tabIndex={0} aria-label={`上移第 ${i + 1} 块`} aria-disabled={i === 0 ? 'true' : 'false'} onClick={() => i > 0 && onChange(move(blocks, i, i - 1))}>
                  <Text>上移</Text>
                </View>
                <View className='ui-control ca-tool' role='button' tabIndex={0} aria-label={`下移第 ${i + 1} 块`} aria-disabled={i === blocks.length - 1 ? 'true' : 'false'} onClick={() => i < blocks.length - 1 && onChange(move(blocks, i, i + 1))}>
                  <Text>下移</Text>
                </View>
                <View className='ui-control ca-tool ca-tool--danger' role='button' tabIndex={0} aria-label={`删除第 ${i + 1} 块`} data-testid={`block-remove-${i}`} onClick={() => onChange(blocks.filter((_, k) => k !== i))}>
                  <Text>删除</Text>
                </View>
              </View>
            </View>
            {block.type === 'paragraph' || block.type === 'heading' || block.type === 'quote' ? (
              <Textarea
                className={`ui-textarea ui-textarea--grow${block.type === 'heading' ? ' ca-heading-input' : ''}`}
                value={block.text}
                autoHeight
                maxlength={block.type === 'heading' ? 64 : 5000}
                aria-label={`第 ${i + 1} 块${LABELS[block.type]}`}
                data-testid={`block-text-${i}`}
                onInput={(e) => set(i, { ...block, text: e.detail.value })}
              />
            ) : null}
            {block.type === 'image' ? (
              <View className='ca-image'>
                {previews[block.fileID] ? <Image className='ca-image__img' src={previews[block.fileID]} mode='widthFix' nativeProps={{ alt: block.alt || '文章配图' }} /> : <Text className='sf-meta'>图片已上传</Text>}
                <Text className='ca-field__label'>图片说明（读者可见）</Text>
                <Input className='ui-input' value={block.caption ?? ''} maxlength={200} aria-label='图片说明' data-testid={`block-caption-${i}`} onInput={(e) => set(i, { ...block, caption: e.detail.value })} />
                <Text className='ca-field__label'>替代文字（读屏软件朗读，必填）</Text>
                <Input className='ui-input' value={block.alt} maxlength={200} aria-label='替代文字' data-testid={`block-alt-${i}`} onInput={(e) => set(i, { ...block, alt: e.detail.value })} />
              </View>
            ) : null}
            {block.type === 'attachment' ? (
              <View className='ca-image'>
                <Text className='ca-field__label'>附件名称</Text>
                <Input className='ui-input' value={block.name} maxlength={100} aria-label='附件名称' onInput={(e) => set(i, { ...block, name: e.detail.value })} />
                <Text className='sf-meta'>{`${Math.ceil(block.size / 1024)} KB`}</Text>
              </View>
            ) : null}
            {err ? <Text className='ca-error' data-testid='block-error'>{err}</Text> : null}
          </View>
        )
      })}

      <View className='ca-add' role='group' aria-label='添加内容块'>
        {(['paragraph', 'heading', 'quote'] as const).map((type) => (
          <View key={type} className='ui-control ca-add__button' role='button' tabIndex={0} data-testid={`add-${type}`} onClick={() => onChange([...blocks, { type, text: '' }])}>
            <Text>{`+ ${LABELS[type]}`}</Text>
          </View>
        ))}
        {process.env.TARO_ENV === 'h5' ? (
          <>
            <FilePickLabel className='ui-control ca-add__button' accept={IMAGE_ACCEPT} testId='add-image' inputTestId='image-input' onPick={(f) => void addImage({ blob: f, size: f.size })}>
              <span>+ 图片</span>
            </FilePickLabel>
            <FilePickLabel
              className='ui-control ca-add__button'
              accept={ATTACHMENT_ACCEPT}
              testId='add-attachment'
              inputTestId='attachment-input'
              onPick={(f) => void addAttachment({ blob: f, size: f.size, name: f.name, type: f.type })}
            >
              <span>+ 附件</span>
            </FilePickLabel>
          </>
        ) : (
          <>
            <View className='ui-control ca-add__button' role='button' tabIndex={0} onClick={() => void chooseImageWeapp()}>
              <Text>+ 图片</Text>
            </View>
            <View className='ui-control ca-add__button' role='button' tabIndex={0} onClick={() => void chooseAttachmentWeapp()}>
              <Text>+ 附件</Text>
            </View>
          </>
        )}
      </View>
      {busy ? <Text className='sf-meta' role='status' data-testid='upload-busy'>{busy}</Text> : null}
      {uploadError ? <Text className='ca-error' role='alert' data-testid='upload-error'>{uploadError}</Text> : null}
    </View>
  )
}
