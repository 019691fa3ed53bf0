// What every kind's form takes: the working copy, where changes go, the server's field messages
// (`body.<field>`), and whether the item is frozen (submitted or scheduled).
export interface KindFormProps<B> {
  body: B
  onChange: (next: B) => void
  errors: Record<string, string>
  disabled?: boolean
  /** A new item (fields fixed after creation, such as a policy's year, are editable). */
  isNew?: boolean
}
