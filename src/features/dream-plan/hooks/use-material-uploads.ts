// The materials step's state: for each kind, the uploaded file (from the draft or just now), its
// on-device preview, upload progress and the error to show beside it. An upload is: check on the
// device → prepareUpload (the function's path for it) → upload to that path → the fileID.
import { useCallback, useRef, useState } from 'react'
import type { MaterialFile, MaterialsSection } from '@contracts/dream-plan/application'
import type { MaterialKind } from '@contracts/dream-plan/policy'
import { toCloudError } from '@/lib/cloud'
import { uploadToCloud } from '@/lib/upload'
import { prepareUpload } from '../api/prepare-upload'
import type { ChosenFile } from '../choose-file'
import { checkChosenFile, safeFileName } from '../form/materials'

/** One material's slot. */
export interface MaterialSlot {
  file?: MaterialFile
  previewUrl?: string
  uploading: boolean
  /** 0–1 while uploading. */
  progress: number
  error?: string
}

const EMPTY: MaterialSlot = { uploading: false, progress: 0 }

export function useMaterialUploads(initial: Partial<MaterialsSection> | undefined, applicationId?: string) {
  const [slots, setSlots] = useState<Record<MaterialKind, MaterialSlot>>(() => ({
    enrolmentProof: { ...EMPTY, file: initial?.enrolmentProof },
    tuitionReceipt: { ...EMPTY, file: initial?.tuitionReceipt }
  }))
  // A newer choice for the same slot wins over an upload still running.
  const tickets = useRef<Record<MaterialKind, number>>({ enrolmentProof: 0, tuitionReceipt: 0 })

  const patch = useCallback((kind: MaterialKind, change: Partial<MaterialSlot>) => {
    setSlots((s) => ({ ...s, [kind]: { ...s[kind], ...change } }))
  }, [])

  /** Checks and uploads a chosen file into `kind`'s slot (replacing what was there once it succeeds). */
  const upload = useCallback(
    async (kind: MaterialKind, chosen: ChosenFile, fallbackName: string) => {
      const mine = ++tickets.current[kind]
      const checked = checkChosenFile(chosen)
      if ('error' in checked) {
        patch(kind, { error: checked.error, uploading: false, progress: 0 })
        return
      }
      patch(kind, { uploading: true, progress: 0, error: undefined })
      try {
        const { cloudPath } = await prepareUpload({ kind, contentType: checked.contentType, size: chosen.size, ...(applicationId ? { applicationId } : {}) })
        const { fileID } = await uploadToCloud({
          cloudPath,
          source: chosen.source,
          onProgress: (progress) => {
            if (mine === tickets.current[kind]) patch(kind, { progress })
          }
        })
        if (mine !== tickets.current[kind]) return
        const file: MaterialFile = { fileID, name: safeFileName(chosen.name, fallbackName), size: chosen.size, contentType: checked.contentType }
        patch(kind, { file, previewUrl: chosen.previewUrl, uploading: false, progress: 1, error: undefined })
      } catch (error) {
        if (mine !== tickets.current[kind]) return
        patch(kind, { uploading: false, progress: 0, error: toCloudError(error).message })
      }
    },
    [applicationId, patch]
  )

  /** Empties a slot (the stored file stays until the draft no longer names it). */
  const remove = useCallback((kind: MaterialKind) => {
    tickets.current[kind]++
    setSlots((s) => ({ ...s, [kind]: { ...EMPTY } }))
  }, [])

  /** Shows an error beside a slot (from a choose failure or the server). */
  const setError = useCallback((kind: MaterialKind, error: string | undefined) => patch(kind, { error }), [patch])

  /** Replaces the slots from a freshly loaded draft. */
  const reset = useCallback((materials: Partial<MaterialsSection> | undefined) => {
    setSlots({ enrolmentProof: { ...EMPTY, file: materials?.enrolmentProof }, tuitionReceipt: { ...EMPTY, file: materials?.tuitionReceipt } })
  }, [])

  return { slots, upload, remove, setError, reset }
}
