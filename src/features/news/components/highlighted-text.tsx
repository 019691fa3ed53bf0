// Text with the search terms marked: each match is a nested Text in colour and bold.
import { Text } from '@tarojs/components'
import { splitByTerms } from '../highlight'

interface HighlightedTextProps {
  text: string
  terms?: readonly string[]
  className?: string
}

/** `text` with every occurrence of `terms` wrapped in `.highlight`. */
export function HighlightedText({ text, terms = [], className }: HighlightedTextProps) {
  const parts = splitByTerms(text, terms)
  return (
    <Text className={className}>
      {parts.map((part, index) =>
        part.match ? (
          <Text key={index} className='highlight' data-testid='highlight'>
            {part.text}
          </Text>
        ) : (
          part.text
        )
      )}
    </Text>
  )
}
