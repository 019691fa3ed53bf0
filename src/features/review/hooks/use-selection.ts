// Loads every row of a filter (公示 and 发放 choose among all of them) and keeps which are chosen.
import { useCallback, useEffect, useState } from 'react'
import type { QueueFilter } from '@contracts/dream-plan/review'
import { useLoad } from '@/lib/use-load'
import { queueAll } from '@/features/review/api/queue'

export function useSelectableRows(filter: QueueFilter) {
  const key = JSON.stringify(filter)
  const load = useCallback(() => queueAll(JSON.parse(key) as QueueFilter), [key])
  const rows = useLoad(load)
  const [selected, setSelected] = useState<Set<string>>(new Set())

  // A new list keeps only choices that are still in it.
  useEffect(() => {
    if (rows.data) setSelected((s) => new Set(rows.data!.filter((r) => s.has(r.id)).map((r) => r.id)))
  }, [rows.data])

  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  const items = rows.data ?? []
  const allChosen = items.length > 0 && items.every((r) => selected.has(r.id))
  const toggleAll = () => setSelected(allChosen ? new Set() : new Set(items.map((r) => r.id)))

  const chosen = items.filter((r) => selected.has(r.id))
  const amount = chosen.reduce((sum, r) => sum + r.amount, 0)

  return { ...rows, items, selected, chosen, amount, toggle, toggleAll, allChosen, clear: () => setSelected(new Set()) }
}

export type SelectableRows = ReturnType<typeof useSelectableRows>

