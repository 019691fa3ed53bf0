// Taro's Image drawn without its web component: the same tag, classes and inner <img> as
// @tarojs/components' taro-image-core, with its lazy loading (300px ahead, as Taro) and its
// aspectFill orientation from the picture's own shape.
import { forwardRef, useEffect, useRef, useState, type ForwardedRef, type ImgHTMLAttributes, type SyntheticEvent } from 'react'
import { hostElement, type HostProps } from './host-element'
import '@tarojs/components/dist/collection/components/image/style/index.css'

interface ImageProps extends HostProps {
  src?: string
  mode?: string
  lazyLoad?: boolean
  nativeProps?: ImgHTMLAttributes<HTMLImageElement>
  onLoad?: (event: { type: 'load'; detail: { width: number; height: number } }) => void
  onError?: (event: SyntheticEvent<HTMLImageElement>) => void
}

export const Image = forwardRef(function Image({ src, mode, lazyLoad = false, nativeProps, onLoad, onError, ...props }: ImageProps, ref: ForwardedRef<HTMLElement>) {
  const img = useRef<HTMLImageElement>(null)
  const [inView, setInView] = useState(!lazyLoad)
  const [fill, setFill] = useState<'width' | 'height'>('width')

  useEffect(() => {
    const element = img.current
    if (inView || !element) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries[entries.length - 1].isIntersecting) setInView(true)
      },
      { rootMargin: '300px 0px' }
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [inView, src])

  // mode="" means the default, as in Taro.
  const shown = mode || 'scaleToFill'
  const imgClass = `taro-img__mode-${shown.toLowerCase().replace(/\s/g, '')}${shown === 'aspectFill' ? ` taro-img__mode-aspectfill--${fill}` : ''}`
  const picture = src ? (
    <img
      ref={img}
      className={imgClass}
      src={inView ? src : undefined}
      onLoad={(event) => {
        const { width, height, naturalWidth, naturalHeight } = event.currentTarget
        setFill(naturalWidth > naturalHeight ? 'width' : 'height')
        onLoad?.({ type: 'load', detail: { width, height } })
      }}
      onError={onError}
      {...nativeProps}
    />
  ) : null
  return hostElement('taro-image-core', { ...props, children: picture }, ref, shown === 'widthFix' ? 'taro-img__widthfix' : undefined)
})
