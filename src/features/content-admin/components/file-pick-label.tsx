// H5's way to a file on the device: a label that looks like a button around an invisible
// <input type="file"> covering it (a tap anywhere on it opens the chooser). The input is emptied after
// each pick, so picking the same file again is noticed.
import './file-pick-label.css'

interface FilePickLabelProps {
  className: string
  accept: string
  testId: string
  inputTestId: string
  text: string
  onPick: (file: File) => void
}

export function FilePickLabel({ className, accept, testId, inputTestId, text, onPick }: FilePickLabelProps) {
  return (
    <label className={className} data-testid={testId}>
      <input
        className='ca-file'
        type='file'
        accept={accept}
        data-testid={inputTestId}
        onChange={(e) => {
          const f = e.currentTarget.files?.[0]
          e.currentTarget.value = ''
          if (f) onPick(f)
        }}
      />
      <span>{text}</span>
    </label>
  )
}
