// Sub-headings inside the body. The extracted text has lost <strong>/<h*>, so a heading is recognised
// by shape: a short line that does not read as a sentence.

import { charLength } from './normalize'

/** Longest line taken as a sub-heading. */
export const MAX_HEADING = 40
const SENTENCE_PUNCTUATION = /[。！？；…!?;﹔﹖﹗]/
/** A line ending in ：，、 leads into what follows (e.g. "活动安排如下："), which a heading does not. */
const LEAD_IN_ENDING = /[：:，,、]$/

/**
 * Whether a line has a heading's shape: at most 40 characters, no sentence punctuation (。！？；…)
 * anywhere, no lead-in ending. The block builder also requires a real paragraph to follow it.
 */
export function isHeadingShaped(line: string): boolean {
  return charLength(line) <= MAX_HEADING && !SENTENCE_PUNCTUATION.test(line) && !LEAD_IN_ENDING.test(line)
}
