// H5's way to a file on the device: a label styled as a button around an invisible
// <input type="file"> covering it, so a tap anywhere on it, or a key press once it has focus,
// opens the chooser. The input is emptied after each pick, so picking the same file again is
// still noticed. Weapp has no file input: its callers offer chooseImage/chooseMessageFile instead.
import type { ReactNode } from 'react'
import './index.css'

interface FilePickLabelProps {
  /** The caller's button look; the label also gets `file-pick` (its input's frame and focus ring). */
  className: string
  accept: string
  testId?: string
  inputTestId: string
  disabled?: boolean
  /** ids of the hint and error the input is described by, for screen readers. */
  describedBy?: string
  onPick: (file: File) => void
  children: ReactNode
}

export function FilePickLabel({ className, accept, testId, inputTestId, disabled, describedBy, onPick, children }: FilePickLabelProps) {
  return (
    <label className={`file-pick ${className}`} data-testid={testId}>
      <input
        className='file-pick__input'
        type='file'
        accept={accept}
        disabled={disabled}
        aria-describedby={describedBy}
        data-testid={inputTestId}
        onChange={(e) => {
          const input = e.currentTarget
          const picked = input.files?.[0]
          input.value = ''
          if (picked) onPick(picked)
        }}
      />
      {children}
    </label>
  )
}
