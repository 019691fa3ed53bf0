// listMine: the caller's applications (a worker has a handful at most), and its hook.
import { useCallback } from 'react'
import type { ApplicationSummary } from '@contracts/dream-plan/application'
import { callFunction } from '@/lib/cloud'
import { useLoad } from '@/lib/use-load'

/** Calls dreamPlan.listMine. */
export async function listMine(): Promise<ApplicationSummary[]> {
  const { items } = await callFunction('dreamPlan', 'listMine', {})
  return items
}

/** 我的申请's rows. */
export function useMyApplications() {
  const load = useCallback(() => listMine(), [])
  return useLoad(load, { keepPrevious: true })
}
