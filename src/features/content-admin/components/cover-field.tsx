// A share card's 5:4 picture: an article's 分享封面 (without one, the card shows its channel's picture)
// and a channel's 分享图 (without one, the packaged picture). Chosen from the device or made from a
// picture already in the text, cut to 5:4 (share-cover.ts) and uploaded as a file of its own.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import { IMAGE_TYPES } from '@contracts/content-admin/words'
import { toCloudError } from '@/lib/cloud'
import { uploadContentFile } from '../api/content-uploads'
import { cropShareCover } from '../share-cover'
import { FilePickLabel } from '@/components/file-pick-label'
import './fields.css'
import './cover-field.css'

const IMAGE_ACCEPT = Object.keys(IMAGE_TYPES).join(',')

/** The article's wording; a channel's share picture passes its own. */
const ARTICLE_WORDS = { label: '分享封面（5:4，转发到微信群时显示）', none: '未设封面：转发时显示栏目图片', kept: '已设封面（保存在云端）', remove: '移除封面' }

export type CoverWords = typeof ARTICLE_WORDS

interface CoverFieldProps {
  cover?: string
  words?: CoverWords
  /** fileID → something an <Image> can show (pictures uploaded in this editing session). */
  previews: Record<string, string>
  /** The text's pictures that can be shown, first first: a cover can be made from one of them. */
  pictures: string[]
  disabled?: boolean
  onChange: (cover: string | undefined, preview?: { fileID: string; url: string }) => void
}

export function CoverField({ cover, words = ARTICLE_WORDS, previews, pictures, disabled, onChange }: CoverFieldProps) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')

  async function makeCover(source: string) {
    setBusy(true)
    setError('')
    try {
      const cut = await cropShareCover(source)
      const up = await uploadContentFile('image', cut.contentType, cut.size, cut.source)
      onChange(up.fileID, { fileID: up.fileID, url: cut.previewUrl })
    } catch (err) {
      // Closing WeChat's cropper is a change of mind, not an error.
      if (!/cancel/i.test(String((err as { errMsg?: string })?.errMsg ?? ''))) setError(toCloudError(err).message)
    } finally {
      setBusy(false)
    }
  }

  async function chooseWeapp() {
    const res = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sourceType: ['album', 'camera'] }).catch(() => null)
    const f = res?.tempFiles[0]
    if (f) await makeCover(f.tempFilePath)
  }

  const firstPicture = pictures.find((fileID) => previews[fileID])
  return (
    <View className='ca-cover' data-testid='cover-field'>
      <Text className='ca-field__label'>{words.label}</Text>
      <View className='ca-cover__frame'>
        {cover && previews[cover] ? <Image className='ca-cover__img' src={previews[cover]} mode='aspectFill' nativeProps={{ alt: words.label }} data-testid='cover-image' /> : null}
        {cover && !previews[cover] ? <Text className='sf-meta ca-cover__note' data-testid='cover-kept'>{words.kept}</Text> : null}
        {!cover ? <Text className='sf-meta ca-cover__note' data-testid='cover-none'>{words.none}</Text> : null}
      </View>
      {!disabled ? (
        <View className='ca-cover__actions'>
          {process.env.TARO_ENV === 'h5' ? (
            <FilePickLabel className='ui-control sf-button ca-inline-button' accept={IMAGE_ACCEPT} testId='cover-choose' inputTestId='cover-input' onPick={(f) => void makeCover(URL.createObjectURL(f))}>
              <span>选择图片</span>
            </FilePickLabel>
          ) : (
            <View className='ui-control sf-button ca-inline-button' role='button' tabIndex={0} data-testid='cover-choose' onClick={() => !busy && void chooseWeapp()}>
              <Text>选择图片</Text>
            </View>
          )}
          {firstPicture ? (
            <View className='ui-control sf-button ca-inline-button' role='button' tabIndex={0} data-testid='cover-from-text' onClick={() => !busy && void makeCover(previews[firstPicture])}>
              <Text>用正文中的图片</Text>
            </View>
          ) : null}
          {cover ? (
            <View className='ui-control sf-button ca-inline-button' role='button' tabIndex={0} data-testid='cover-remove' onClick={() => !busy && onChange(undefined)}>
              <Text>{words.remove}</Text>
            </View>
          ) : null}
        </View>
      ) : null}
      {busy ? <Text className='sf-meta' role='status' data-testid='cover-busy'>正在裁成 5:4 并上传…</Text> : null}
      {error ? <Text className='ca-error' role='alert' data-testid='cover-error'>{error}</Text> : null}
    </View>
  )
}
