// The 圆梦计划 pages' banners: the kit's Banner, found by tests as `notice` unless named otherwise.
import type { ComponentProps } from 'react'
import { Banner, BannerText } from '@/components/banner'

export function Notice({ testId = 'notice', ...props }: ComponentProps<typeof Banner>) {
  return <Banner testId={testId} {...props} />
}

/** A paragraph inside a Notice. */
export const NoticeText = BannerText
